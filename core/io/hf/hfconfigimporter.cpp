// Hugging Face config.json → Architecture. Each family follows its transformers modeling file
// (modeling_llama.py, modeling_gpt2.py, ...): the modules it creates, in forward order, with the
// biases and tied weights that decide the parameter count.
#include "core/io/hf/hfconfigimporter.h"

#include "core/io/hf/hfconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace headroom {

using namespace build;

using namespace hf;

namespace {

using Builder = std::function<Architecture(Config &)>;

const std::map<QString, Builder> &builders()
{
    static const std::map<QString, Builder> map = {
        {QStringLiteral("llama"), llamaLike},
        {QStringLiteral("mistral"), llamaLike},
        {QStringLiteral("mixtral"), llamaLike},
        {QStringLiteral("qwen2"), llamaLike},
        {QStringLiteral("qwen2_moe"), llamaLike},
        {QStringLiteral("qwen3"), llamaLike},
        {QStringLiteral("qwen3_moe"), llamaLike},
        {QStringLiteral("gemma"), llamaLike},
        {QStringLiteral("gemma2"), llamaLike},
        {QStringLiteral("gemma3_text"), llamaLike},
        {QStringLiteral("granite"), llamaLike},
        {QStringLiteral("olmo2"), llamaLike},
        {QStringLiteral("olmo3"), llamaLike},
        {QStringLiteral("cohere"), llamaLike},
        {QStringLiteral("phi3"), llamaLike},
        {QStringLiteral("phi"), phi},
        {QStringLiteral("gpt2"), gpt2},
        {QStringLiteral("gpt_bigcode"), gpt2},
        {QStringLiteral("starcoder2"), starcoder2},
        {QStringLiteral("bloom"), bloom},
        {QStringLiteral("gpt_neox"), gptNeox},
        {QStringLiteral("opt"), opt},
        {QStringLiteral("falcon"), falcon},
        {QStringLiteral("bert"), bert},
        {QStringLiteral("roberta"), bert},
        {QStringLiteral("t5"), t5},
        {QStringLiteral("mt5"), t5},
        {QStringLiteral("deepseek_v2"), deepseek},
        {QStringLiteral("deepseek_v3"), deepseek},
        {QStringLiteral("mamba"), mambaLm},
        {QStringLiteral("falcon_mamba"), mambaLm},
        {QStringLiteral("gpt_oss"), gptOss},
        {QStringLiteral("llama4_text"), llama4Text},
    };
    return map;
}

// Real transformers model types Headroom does not import: never offered as a typo's fix, and
// never "corrected" into a supported name (gpt_neo is not gpt_neox).
const QStringList &otherArchitectures()
{
    static const QStringList list = {
        QStringLiteral("gpt_neo"),    QStringLiteral("gptj"),        QStringLiteral("mamba2"),
        QStringLiteral("jamba"),      QStringLiteral("mpt"),         QStringLiteral("olmo"),
        QStringLiteral("olmoe"),      QStringLiteral("phimoe"),      QStringLiteral("phi4_multimodal"),
        QStringLiteral("deepseek"),   QStringLiteral("gemma3n"),     QStringLiteral("qwen2_vl"),
        QStringLiteral("qwen2_5_vl"), QStringLiteral("llava"),       QStringLiteral("mllama"),
        QStringLiteral("cohere2"),    QStringLiteral("granitemoe"),  QStringLiteral("distilbert"),
        QStringLiteral("albert"),     QStringLiteral("electra"),     QStringLiteral("deberta"),
        QStringLiteral("deberta-v2"), QStringLiteral("bart"),        QStringLiteral("mbart"),
        QStringLiteral("whisper"),    QStringLiteral("vit"),         QStringLiteral("clip"),
        QStringLiteral("umt5"),       QStringLiteral("glm"),         QStringLiteral("chatglm"),
        QStringLiteral("internlm2"),  QStringLiteral("baichuan"),    QStringLiteral("recurrent_gemma"),
        QStringLiteral("rwkv"),       QStringLiteral("xlm-roberta"), QStringLiteral("stablelm"),
        QStringLiteral("persimmon"),  QStringLiteral("nemotron"),    QStringLiteral("dbrx"),
        QStringLiteral("arctic"),     QStringLiteral("exaone"),      QStringLiteral("minicpm"),
        QStringLiteral("qwen"),
    };
    return list;
}

// Config fields that change a weight's shape or add weights. One the family's builder did not
// read is an error: importing without it would give a silently wrong count.
const char *const kShapeFields[] = {
    "num_experts",
    "num_local_experts",
    "n_routed_experts",
    "n_shared_experts",
    "moe_intermediate_size",
    "shared_expert_intermediate_size",
    "q_lora_rank",
    "kv_lora_rank",
    "qk_rope_head_dim",
    "qk_nope_head_dim",
    "v_head_dim",
    "use_qk_norm",
    "qk_layernorm",
    "qk_norm",
    "head_dim",
    "attention_bias",
    "mlp_bias",
    "use_bias",
    "mlp_only_layers",
    "decoder_sparse_step",
    "first_k_dense_replace",
    "moe_layer_freq",
    "shared_expert_gate",
    "num_nextn_predict_layers",
    "state_size",
    "conv_kernel",
    "text_config",
    "vision_config",
    "audio_config",
    "cross_attention_layers",
    "moe_layers",
    "interleave_moe_layer_step",
};

bool meaningful(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull() || (v.isBool() && !v.toBool()) || (v.isDouble() && v.toDouble() == 0))
        return false;
    return !(v.isArray() && v.toArray().isEmpty()) && !(v.isObject() && v.toObject().isEmpty());
}

QString normalised(const QString &type)
{
    QString t = type.toLower();
    t.replace(QLatin1Char('-'), QLatin1Char('_'));
    return t;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[std::size_t(j)];
            row[std::size_t(j)] = std::min(
                {up + 1, row[std::size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

std::optional<Precision> precisionFromDtype(const QString &dtype)
{
    if (dtype == QLatin1String("float32"))
        return Precision::FP32;
    if (dtype == QLatin1String("float16"))
        return Precision::FP16_AMP;
    if (dtype == QLatin1String("bfloat16"))
        return Precision::BF16_AMP;
    return std::nullopt;
}

} // namespace

QStringList HfConfigImporter::supportedModelTypes()
{
    QStringList list;
    for (const auto &entry : builders())
        list << entry.first;
    return list;
}

QString HfConfigImporter::closestModelType(const QString &type)
{
    // Only a near typo of a supported name (at most two edits, and at most a third of the
    // name): a real but different architecture is never offered in its place.
    const QString t = normalised(type);
    if (otherArchitectures().contains(t))
        return {};
    QString best;
    int bestDistance = 1 << 30;
    for (const QString &candidate : supportedModelTypes()) {
        const int d = editDistance(t, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return bestDistance <= 2 && 3 * bestDistance <= std::max<int>(3, best.size()) ? best : QString();
}

bool HfConfigImporter::import(const QByteArray &json, Architecture &out, QString *error, HfImportInfo *info)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return failWith(
            tr("not a JSON file: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return failWith(tr("a config.json holds one JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue typeValue = root.value(QLatin1String("model_type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return failWith(tr("\"model_type\" is missing; it names the model family (supported: %1)")
                            .arg(supportedModelTypes().join(QStringLiteral(", "))));
    QString type = typeValue.toString().toLower();
    QJsonObject fields = root;
    QStringList warnings;
    if (type == QLatin1String("gemma3")) {
        // Gemma3ForConditionalGeneration: the language model is text_config (Gemma3TextConfig,
        // whose defaults fill the fields a published config leaves out); SigLIP is not imported.
        const QJsonValue text = root.value(QLatin1String("text_config"));
        if (!text.isObject())
            return failWith(tr("gemma3 config: \"text_config\" is missing; it holds the language model"));
        fields = QJsonObject{
            {QStringLiteral("vocab_size"), 262208},      {QStringLiteral("hidden_size"), 2304},
            {QStringLiteral("intermediate_size"), 9216}, {QStringLiteral("num_hidden_layers"), 26},
            {QStringLiteral("num_attention_heads"), 8},  {QStringLiteral("num_key_value_heads"), 4},
            {QStringLiteral("head_dim"), 256},           {QStringLiteral("max_position_embeddings"), 131072}};
        const QJsonObject t = text.toObject();
        for (auto f = t.begin(); f != t.end(); ++f)
            fields.insert(f.key(), f.value());
        if (root.contains(QLatin1String("torch_dtype")))
            fields.insert(QStringLiteral("torch_dtype"), root.value(QLatin1String("torch_dtype")));
        type = QStringLiteral("gemma3_text");
        if (root.contains(QLatin1String("vision_config")))
            warnings << tr("text model only: the SigLIP vision tower and its projector are not counted");
    }
    if (type == QLatin1String("llama4")) {
        // Llama4ForConditionalGeneration: the language model is text_config (Llama4TextConfig);
        // the vision encoder and its projector are not imported.
        const QJsonValue text = root.value(QLatin1String("text_config"));
        if (!text.isObject())
            return failWith(tr("llama4 config: \"text_config\" is missing; it holds the language model"));
        fields = text.toObject();
        if (root.contains(QLatin1String("torch_dtype")) && !fields.contains(QLatin1String("torch_dtype")))
            fields.insert(QStringLiteral("torch_dtype"), root.value(QLatin1String("torch_dtype")));
        type = QStringLiteral("llama4_text");
        if (root.contains(QLatin1String("vision_config")))
            warnings << tr("text model only: the vision encoder and its projector are not counted");
    }
    const auto it = builders().find(type);
    if (it == builders().end()) {
        const QString suggestion = closestModelType(type);
        return failWith(
            tr("model_type \"%1\" is not supported%2. Supported families: %3. Other ways in: build the model "
               "in the Architecture tab, or export it to ONNX and import the .onnx file.")
                .arg(typeValue.toString(),
                     suggestion.isEmpty() ? QString() : tr("; did you mean \"%1\"?").arg(suggestion),
                     supportedModelTypes().join(QStringLiteral(", "))));
    }

    Config config(fields, type);
    Architecture arch = it->second(config);
    for (const char *key : kShapeFields) {
        if (config.wasRead(key) || !meaningful(fields.value(QLatin1String(key))))
            continue;
        if (qstrcmp(key, "num_nextn_predict_layers") == 0)
            warnings << tr(
                "\"num_nextn_predict_layers\": the multi-token-prediction layers in the checkpoint "
                "are not counted (transformers does not build them)");
        else
            config.fail(tr("\"%1\" changes the model's weights and the %2 importer does not model it")
                            .arg(QLatin1String(key), type));
    }
    const char *dtypeKey = root.contains(QLatin1String("torch_dtype")) ? "torch_dtype" : "dtype";
    const QString dtype = config.string(dtypeKey);
    std::optional<Precision> precision;
    if (!dtype.isEmpty()) {
        precision = precisionFromDtype(dtype);
        config.require(precision.has_value(), tr("\"%1\" is \"%2\"; expected float32, float16 or bfloat16")
                                                  .arg(QLatin1String(dtypeKey), dtype));
    }
    if (!config.ok())
        return failWith(tr("%1 config: %2").arg(type, config.error()));

    QString name = root.value(QLatin1String("_name_or_path")).toString();
    if (name.isEmpty()) {
        const QJsonValue archs = root.value(QLatin1String("architectures"));
        name = archs.isArray() && !archs.toArray().isEmpty() ? archs.toArray().first().toString() : QString();
    }
    arch.name = name.isEmpty() ? tr("Imported %1 model").arg(type) : name;
    arch.source = tr("Hugging Face config.json (model_type %1)").arg(type);
    if (!warnings.isEmpty())
        arch.source += QStringLiteral("; ") + warnings.join(QStringLiteral("; "));
    out = std::move(arch);
    if (info) {
        info->modelType = type;
        info->precision = precision;
        info->warnings = warnings;
    }
    return true;
}

bool HfConfigImporter::importFile(const QString &path, Architecture &out, QString *error, HfImportInfo *info)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        if (error)
            *error = tr("%1: %2 bytes is too large for a config.json").arg(path).arg(file.size());
        return false;
    }
    if (import(file.readAll(), out, error, info))
        return true;
    if (error)
        *error = tr("%1: %2").arg(path, *error);
    return false;
}

} // namespace headroom
