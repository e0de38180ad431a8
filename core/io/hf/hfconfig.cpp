// Helpers shared by the Hugging Face family builders.
#include "core/io/hf/hfconfig.h"

#include <algorithm>

namespace headroom::hf {

Architecture tokenModel(std::vector<Node> body, qint64 maxPositions, bool llm)
{
    Architecture a;
    a.family = llm ? QStringLiteral("llm") : QStringLiteral("language");
    const int maxSeq = int(std::min<qint64>(maxPositions, 1 << 30));
    a.input = InputSpec{InputSpec::Type::Tokens, 1, 0, std::min(maxSeq > 0 ? maxSeq : 512, 4096), maxSeq};
    a.root = sequence(QStringLiteral("model"), std::move(body));
    return a;
}

int headDim(Config &c, qint64 hidden, qint64 heads)
{
    const qint64 explicitDim = c.optionalInteger("head_dim", 0, 1, kMaxDim);
    if (explicitDim > 0 && explicitDim * heads != hidden)
        return int(explicitDim);
    c.require(explicitDim > 0 || hidden % heads == 0,
              HfConfigImporter::tr(
                  "\"hidden_size\" %1 is not divisible by \"num_attention_heads\" %2; set \"head_dim\"")
                  .arg(hidden)
                  .arg(heads));
    return 0;
}

qint64 kvHeads(Config &c, const char *key, qint64 heads)
{
    const qint64 kv = c.optionalInteger(key, heads, 1, kMaxCount);
    c.require(heads % kv == 0, HfConfigImporter::tr("%1 attention heads cannot be grouped over \"%2\" %3")
                                   .arg(heads)
                                   .arg(QLatin1String(key))
                                   .arg(kv));
    return kv;
}

} // namespace headroom::hf
