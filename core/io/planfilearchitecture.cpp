#include "core/io/planfile.h"
#include "core/io/planfilereader.h"

#include <QJsonArray>

#include <optional>
#include <utility>

// The architecture part of a plan file: the model's input and its tree of layers.
namespace headroom {

using planfile::Reader;

namespace planfile {

bool readNode(const QJsonObject &o, const QString &path, Node &node, QString *error, int depth, int &count)
{
    if (depth > kMaxDepth) {
        *error = PlanFile::tr("%1: blocks are nested more than %2 deep").arg(path).arg(kMaxDepth);
        return false;
    }
    if (++count > kMaxNodes) {
        *error = PlanFile::tr("%1: the architecture has more than %2 layers").arg(path).arg(kMaxNodes);
        return false;
    }
    Reader r(o, path, error);
    const QString kindId = r.string(QStringLiteral("kind"), true);
    if (r.failed())
        return false;
    const auto kind = layerKindFromId(kindId);
    if (!kind) {
        r.fail(QStringLiteral("kind"), PlanFile::tr("unknown layer kind \"%1\"").arg(kindId));
        return false;
    }
    node = Node(*kind, r.string(QStringLiteral("name"), false));
    const auto &attributes = layerKindInfo(*kind).attributes;
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        const AttributeInfo &a = attributes[i];
        node.values[i] =
            r.number(QLatin1String(a.key), false, a.defaultValue, a.minimum, a.maximum, a.isInteger);
    }
    auto readList = [&](const QString &key, std::vector<Node> &out) {
        const QJsonValue v = r.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isArray()) {
            r.fail(key, PlanFile::tr("must be a list of layers"));
            return false;
        }
        if (!node.isComposite() || (key == QLatin1String("shortcut") && node.kind != LayerKind::Residual)) {
            r.fail(key, PlanFile::tr("only %1 layers have this")
                            .arg(key == QLatin1String("shortcut") ? QStringLiteral("residual")
                                                                  : QStringLiteral("block")));
            return false;
        }
        const QJsonArray list = v.toArray();
        out.resize(std::size_t(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            const QString childPath = QStringLiteral("%1[%2]").arg(r.path(key)).arg(i);
            if (!list[i].isObject()) {
                *error = PlanFile::tr("%1: must be an object").arg(childPath);
                return false;
            }
            if (!readNode(list[i].toObject(), childPath, out[std::size_t(i)], error, depth + 1, count))
                return false;
        }
        return true;
    };
    if (!readList(QStringLiteral("children"), node.children) ||
        !readList(QStringLiteral("shortcut"), node.shortcut))
        return false;
    r.rejectUnknown();
    return !r.failed();
}

} // namespace planfile

namespace {

// The input types' names in files: one table for writing and reading.
constexpr std::pair<InputSpec::Type, const char *> kInputTypes[] = {{InputSpec::Type::Image, "image"},
                                                                    {InputSpec::Type::Tokens, "tokens"},
                                                                    {InputSpec::Type::Features, "features"}};

QString inputTypeId(InputSpec::Type t)
{
    for (const auto &[type, id] : kInputTypes)
        if (type == t)
            return QLatin1String(id);
    return {};
}

std::optional<InputSpec::Type> inputTypeFromId(const QString &id)
{
    for (const auto &[type, name] : kInputTypes)
        if (id == QLatin1String(name))
            return type;
    return std::nullopt;
}

} // namespace

QJsonObject PlanFile::nodeToJson(const Node &n)
{
    QJsonObject o;
    const LayerKindInfo &info = layerKindInfo(n.kind);
    o.insert(QStringLiteral("kind"), QLatin1String(info.id));
    if (!n.name.isEmpty())
        o.insert(QStringLiteral("name"), n.name);
    for (std::size_t i = 0; i < info.attributes.size(); ++i) {
        const AttributeInfo &a = info.attributes[i];
        if (a.isBool)
            o.insert(QLatin1String(a.key), n.values[i] != 0.0);
        else
            o.insert(QLatin1String(a.key), n.values[i]);
    }
    auto writeList = [&](const char *key, const std::vector<Node> &list) {
        if (list.empty())
            return;
        QJsonArray arr;
        for (const Node &c : list)
            arr.append(nodeToJson(c));
        o.insert(QLatin1String(key), arr);
    };
    writeList("children", n.children);
    writeList("shortcut", n.shortcut);
    return o;
}

QJsonObject PlanFile::architectureToJson(const Architecture &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("family"), a.family},
                       {QStringLiteral("source"), a.source},
                       {QStringLiteral("published_parameters"), double(a.publishedParameters)},
                       {QStringLiteral("input"),
                        QJsonObject{{QStringLiteral("type"), inputTypeId(a.input.type)},
                                    {QStringLiteral("channels"), a.input.channels},
                                    {QStringLiteral("image_size"), a.input.imageSize},
                                    {QStringLiteral("sequence_length"), a.input.sequenceLength},
                                    {QStringLiteral("max_sequence_length"), a.input.maxSequenceLength}}},
                       {QStringLiteral("root"), nodeToJson(a.root)}};
}

bool PlanFile::architectureFromJson(const QJsonObject &o, Architecture &out, QString *error)
{
    QString err;
    Architecture a;
    Reader r(o, QStringLiteral("architecture"), &err);
    a.id = r.string(QStringLiteral("id"), false);
    a.name = r.string(QStringLiteral("name"), false);
    a.family = r.string(QStringLiteral("family"), false);
    a.source = r.string(QStringLiteral("source"), false);
    a.publishedParameters = qint64(r.number(QStringLiteral("published_parameters"), false, 0, 0, 1e16));
    const QJsonValue input = r.value(QStringLiteral("input"));
    if (!r.failed() && !input.isObject())
        r.fail(QStringLiteral("input"), input.isUndefined() ? tr("is missing") : tr("must be an object"));
    if (!r.failed()) {
        const QJsonObject io = input.toObject();
        Reader ir(io, QStringLiteral("architecture.input"), &err);
        const QString type = ir.string(QStringLiteral("type"), true);
        if (const auto parsed = inputTypeFromId(type))
            a.input.type = *parsed;
        else if (!ir.failed())
            ir.fail(QStringLiteral("type"), tr("\"%1\" is not one of image, tokens, features").arg(type));
        a.input.channels = int(ir.number(QStringLiteral("channels"), false, 3, 1, 1e7));
        a.input.imageSize = int(ir.number(QStringLiteral("image_size"), false, 224, 0, 16384));
        a.input.sequenceLength =
            int(ir.number(QStringLiteral("sequence_length"), false, 0, 0, kMaxSequenceLength));
        a.input.maxSequenceLength =
            int(ir.number(QStringLiteral("max_sequence_length"), false, 0, 0, kMaxSequenceLength));
        ir.rejectUnknown();
    }
    const QJsonValue root = r.value(QStringLiteral("root"));
    if (!r.failed() && !root.isObject())
        r.fail(QStringLiteral("root"), root.isUndefined() ? tr("is missing") : tr("must be an object"));
    int count = 0;
    if (!r.failed() &&
        !planfile::readNode(root.toObject(), QStringLiteral("architecture.root"), a.root, &err, 0, count))
        r.fail(QStringLiteral("root"), err);
    if (!r.failed() && a.root.kind != LayerKind::Sequence)
        r.fail(QStringLiteral("root"), tr("must be a block (kind \"sequence\")"));
    r.rejectUnknown();
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    out = std::move(a);
    return true;
}

} // namespace headroom
