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
        {QStringLiteral("gemma"), llamaLike},
        {QStringLiteral("phi"), phi},
        {QStringLiteral("gpt2"), gpt2},
        {QStringLiteral("gpt_neox"), gptNeox},
        {QStringLiteral("opt"), opt},
        {QStringLiteral("falcon"), falcon},
        {QStringLiteral("bert"), bert},
        {QStringLiteral("roberta"), bert},
        {QStringLiteral("t5"), t5},
    };
    return map;
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
    QString best;
    int bestDistance = 1 << 30;
    for (const QString &candidate : supportedModelTypes()) {
        const int d = editDistance(type.toLower(), candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
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
    const QString type = typeValue.toString().toLower();
    const auto it = builders().find(type);
    if (it == builders().end())
        return failWith(tr("model_type \"%1\" is not supported; did you mean \"%2\"? (supported: %3)")
                            .arg(typeValue.toString(), closestModelType(type),
                                 supportedModelTypes().join(QStringLiteral(", "))));

    Config config(root, type);
    Architecture arch = it->second(config);
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
    out = std::move(arch);
    if (info) {
        info->modelType = type;
        info->precision = precision;
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
