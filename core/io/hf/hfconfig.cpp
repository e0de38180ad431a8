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

std::vector<bool> slidingLayers(Config &c, qint64 layers, std::vector<bool> defaults)
{
    const QJsonValue types = c.value("layer_types");
    if (types.isUndefined() || types.isNull())
        return defaults;
    const QJsonArray list = types.toArray();
    if (!types.isArray() || list.size() != layers) {
        c.fail(
            HfConfigImporter::tr("\"layer_types\" must list one type for each of the %1 layers").arg(layers));
        return defaults;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString t = list.at(i).toString();
        if (t != QLatin1String("sliding_attention") && t != QLatin1String("full_attention")) {
            c.fail(HfConfigImporter::tr("\"layer_types\" holds \"%1\"; expected sliding_attention or "
                                        "full_attention")
                       .arg(t));
            break;
        }
        defaults[std::size_t(i)] = t == QLatin1String("sliding_attention");
    }
    return defaults;
}

std::vector<Node> layerPattern(const std::vector<int> &kinds, const std::function<Node(int)> &makeLayer)
{
    const std::size_t count = kinds.size();
    for (std::size_t p = 2; p <= 8 && 2 * p <= count; ++p) {
        const std::size_t whole = count / p * p;
        bool periodic = true;
        for (std::size_t i = p; i < count && periodic; ++i)
            periodic = kinds[i] == kinds[i % p];
        bool mixed = false; // a pattern of one kind is a plain run
        for (std::size_t i = 1; i < p; ++i)
            mixed = mixed || kinds[i] != kinds[0];
        if (!periodic || !mixed)
            continue;
        std::vector<Node> block;
        for (std::size_t i = 0; i < p; ++i)
            block.push_back(makeLayer(kinds[i]));
        std::vector<Node> out = {sequence(n("layers"), std::move(block), int(whole / p))};
        for (std::size_t i = whole; i < count; ++i)
            out.push_back(makeLayer(kinds[i]));
        return out;
    }
    std::vector<Node> runs;
    std::size_t i = 0;
    while (i < count) {
        std::size_t j = i;
        while (j < count && kinds[j] == kinds[i])
            ++j;
        Node run = makeLayer(kinds[i]);
        run.set(attr::SeqRepeat, double(j - i));
        runs.push_back(std::move(run));
        i = j;
    }
    return runs;
}

} // namespace headroom::hf
