#include "core/io/planfile.h"

#include "core/model/techniques.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <cmath>
#include <iterator>

namespace headroom {

namespace {

constexpr int kMaxDepth = 64;     // nesting of blocks; deeper files are rejected, not recursed into
constexpr int kMaxNodes = 100000; // layers in one architecture

QString inputTypeId(InputSpec::Type t)
{
    switch (t) {
    case InputSpec::Type::Image:
        return QStringLiteral("image");
    case InputSpec::Type::Tokens:
        return QStringLiteral("tokens");
    case InputSpec::Type::Features:
        return QStringLiteral("features");
    }
    return {};
}

// Walks a JSON object, remembering the path for error messages and which keys were read, so
// unknown keys can be reported.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error)
        : m_o(o), m_path(std::move(path)), m_error(error)
    {}

    bool failed() const { return !m_error->isEmpty(); }
    QString path(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    void fail(const QString &key, const QString &problem)
    {
        if (m_error->isEmpty())
            *m_error = PlanFile::tr("%1: %2").arg(path(key), problem);
    }
    bool has(const QString &key) const { return m_o.contains(key); }
    QJsonValue value(const QString &key)
    {
        m_read.insert(key);
        return m_o.value(key);
    }

    QString string(const QString &key, bool required, const QString &fallback = {})
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, PlanFile::tr("is missing"));
            return fallback;
        }
        if (!v.isString()) {
            fail(key, PlanFile::tr("must be a string"));
            return fallback;
        }
        return v.toString();
    }

    double number(const QString &key, bool required, double fallback, double minimum, double maximum,
                  bool integer = true)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, PlanFile::tr("is missing"));
            return fallback;
        }
        if (v.isBool())
            return v.toBool() ? 1.0 : 0.0;
        if (!v.isDouble()) {
            fail(key, PlanFile::tr("must be a number"));
            return fallback;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < minimum || d > maximum) {
            fail(key, PlanFile::tr("must be between %1 and %2 (got %3)")
                          .arg(minimum, 0, 'g', 12)
                          .arg(maximum, 0, 'g', 12)
                          .arg(d, 0, 'g', 12));
            return fallback;
        }
        if (integer && d != std::floor(d)) {
            fail(key, PlanFile::tr("must be a whole number (got %1)").arg(d, 0, 'g', 12));
            return fallback;
        }
        return d;
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(key, PlanFile::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    template<typename E>
    E choice(const QString &key, bool required, E fallback, std::optional<E> (*parse)(const QString &),
             const QString &valid)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, PlanFile::tr("is missing"));
            return fallback;
        }
        const auto parsed = v.isString() ? parse(v.toString()) : std::nullopt;
        if (!parsed) {
            fail(key, PlanFile::tr("\"%1\" is not one of %2").arg(v.toVariant().toString(), valid));
            return fallback;
        }
        return *parsed;
    }

    // An optional array of names, each parsed to a bit flag; 0 when absent.
    template<typename E>
    unsigned flags(const QString &key, std::optional<E> (*parse)(const QString &), const QString &valid)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return 0;
        if (!v.isArray()) {
            fail(key, PlanFile::tr("must be a list of names from %1").arg(valid));
            return 0;
        }
        unsigned bits = 0;
        for (const QJsonValue &item : v.toArray()) {
            const auto parsed = item.isString() ? parse(item.toString()) : std::nullopt;
            if (!parsed) {
                fail(key, PlanFile::tr("\"%1\" is not one of %2").arg(item.toVariant().toString(), valid));
                return 0;
            }
            bits |= unsigned(*parsed);
        }
        return bits;
    }

    // Reports the first key that nobody asked for.
    void rejectUnknown()
    {
        if (failed())
            return;
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!m_read.contains(it.key())) {
                fail(it.key(), PlanFile::tr("unknown field"));
                return;
            }
        }
    }

private:
    const QJsonObject &m_o;
    QString m_path;
    QString *m_error;
    QSet<QString> m_read;
};

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
        if (type == QLatin1String("image"))
            a.input.type = InputSpec::Type::Image;
        else if (type == QLatin1String("tokens"))
            a.input.type = InputSpec::Type::Tokens;
        else if (type == QLatin1String("features"))
            a.input.type = InputSpec::Type::Features;
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
        !readNode(root.toObject(), QStringLiteral("architecture.root"), a.root, &err, 0, count))
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

namespace {
// The hardware object. Parallelism keys are written only when they differ from the defaults, so
// single-GPU plans look as they always did; readers take absent keys as the defaults.
QJsonObject hardwareToJson(const HardwareChoice &h)
{
    QJsonObject o{{QStringLiteral("gpu"), h.gpuId}, {QStringLiteral("count"), h.gpuCount}};
    const Parallelism &p = h.parallelism;
    const Parallelism d;
    if (p.nodes != d.nodes)
        o.insert(QStringLiteral("nodes"), p.nodes);
    if (p.zeroStage != d.zeroStage)
        o.insert(QStringLiteral("zero_stage"), p.zeroStage);
    if (p.fsdp != d.fsdp)
        o.insert(QStringLiteral("fsdp"), p.fsdp);
    if (p.offload != d.offload)
        o.insert(QStringLiteral("cpu_offload"), cpuOffloadId(p.offload));
    if (p.tensorParallel != d.tensorParallel)
        o.insert(QStringLiteral("tensor_parallel"), p.tensorParallel);
    if (p.sequenceParallel != d.sequenceParallel)
        o.insert(QStringLiteral("sequence_parallel"), p.sequenceParallel);
    if (p.pipelineParallel != d.pipelineParallel)
        o.insert(QStringLiteral("pipeline_parallel"), p.pipelineParallel);
    if (p.microBatchesInFlight != d.microBatchesInFlight)
        o.insert(QStringLiteral("micro_batches_in_flight"), p.microBatchesInFlight);
    return o;
}
} // namespace

QJsonObject PlanFile::toJson(const Plan &plan)
{
    const Workload &w = plan.workload;
    QJsonObject workload{{QStringLiteral("mode"), modeId(w.mode)},
                         {QStringLiteral("micro_batch"), w.microBatch},
                         {QStringLiteral("gradient_accumulation"), w.gradientAccumulation},
                         {QStringLiteral("sequence_length"), w.sequenceLength},
                         {QStringLiteral("image_size"), w.imageSize},
                         {QStringLiteral("precision"), precisionId(w.precision)},
                         {QStringLiteral("optimizer"), optimizerId(w.optimizer)},
                         {QStringLiteral("checkpointing"), checkpointingId(w.checkpointing)},
                         {QStringLiteral("flash_attention"), w.flashAttention},
                         {QStringLiteral("master_weights"), w.masterWeights},
                         {QStringLiteral("fine_tune_method"), fineTuneMethodId(w.fineTuneMethod)},
                         {QStringLiteral("lora_rank"), w.loraRank},
                         {QStringLiteral("lora_targets"), loraTargetsId(w.loraTargets)},
                         {QStringLiteral("lora_dropout"), w.loraDropout},
                         {QStringLiteral("context_length"), w.contextLength},
                         {QStringLiteral("kv_cache_precision"), precisionId(w.kvCachePrecision)}};
    if (w.techniques != 0) {
        QJsonArray techniques;
        for (const TechniqueInfo &t : techniqueTable())
            if (w.techniques & t.technique)
                techniques.append(QLatin1String(t.id));
        workload.insert(QStringLiteral("techniques"), techniques);
    }
    QJsonObject assumptions;
    for (int i = 0; i < kAssumptionCount; ++i) {
        const auto id = static_cast<AssumptionId>(i);
        if (!plan.assumptions.isDefault(id))
            assumptions.insert(QLatin1String(assumptionInfo(id).key), plan.assumptions.value(id));
    }
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("headroom-plan")},
                  {QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("app_version"), QStringLiteral(HEADROOM_VERSION)},
                  {QStringLiteral("name"), plan.name},
                  {QStringLiteral("architecture"), architectureToJson(plan.architecture)},
                  {QStringLiteral("workload"), workload},
                  {QStringLiteral("hardware"), hardwareToJson(plan.hardware)},
                  {QStringLiteral("assumptions"), assumptions}};
    if (!plan.notes.isEmpty())
        o.insert(QStringLiteral("notes"), plan.notes);
    if (!plan.scenarios.empty()) {
        QJsonArray list;
        for (const Scenario &s : plan.scenarios) {
            QJsonObject so = toJson(s.toPlan());
            for (const char *key : {"format", "version", "app_version", "notes"})
                so.remove(QLatin1String(key));
            list.append(so);
        }
        o.insert(QStringLiteral("scenarios"), list);
    }
    return o;
}

namespace {
constexpr int kMaxScenarios = 64;

// One entry of the optional "scenarios" array: read as a plan of its own (same strict rules),
// with every error prefixed by the entry's path.
bool readScenario(const QJsonValue &v, int index, Scenario &out, QString &err)
{
    const QString path = QStringLiteral("scenarios[%1]").arg(index);
    if (!v.isObject()) {
        err = PlanFile::tr("%1: must be an object").arg(path);
        return false;
    }
    QJsonObject o = v.toObject();
    static const QStringList allowed{QStringLiteral("name"), QStringLiteral("architecture"),
                                     QStringLiteral("workload"), QStringLiteral("hardware"),
                                     QStringLiteral("assumptions")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            err = PlanFile::tr("%1.%2: unknown field").arg(path, it.key());
            return false;
        }
    }
    if (!o.value(QStringLiteral("name")).isString()) {
        err = PlanFile::tr("%1.name: %2")
                  .arg(path, o.contains(QStringLiteral("name")) ? PlanFile::tr("must be a string")
                                                                : PlanFile::tr("is missing"));
        return false;
    }
    o.insert(QStringLiteral("format"), QStringLiteral("headroom-plan"));
    o.insert(QStringLiteral("version"), PlanFile::kFormatVersion);
    Plan plan;
    QString sub;
    if (!PlanFile::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact), plan, &sub)) {
        err = path + QLatin1Char('.') + sub;
        return false;
    }
    out = Scenario::fromPlan(plan, plan.name);
    return true;
}

// Version 0: the pre-release plan files (Headroom 0.0.x) had no "format" key and called the
// micro-batch "batch". Everything else reads as version 1.
void migrate0To1(QJsonObject &o)
{
    if (!o.contains(QStringLiteral("format")))
        o.insert(QStringLiteral("format"), QStringLiteral("headroom-plan"));
    QJsonObject w = o.value(QStringLiteral("workload")).toObject();
    if (w.contains(QStringLiteral("batch")) && !w.contains(QStringLiteral("micro_batch"))) {
        w.insert(QStringLiteral("micro_batch"), w.take(QStringLiteral("batch")));
        o.insert(QStringLiteral("workload"), w);
    }
    o.insert(QStringLiteral("version"), 1);
}

} // namespace

void PlanFile::migrate(QJsonObject &o)
{
    // One step per format version, applied in order; the strict reader then sees the current shape.
    // A file whose version is not a number is left alone for the reader to report.
    using Step = void (*)(QJsonObject &);
    static constexpr Step steps[] = {&migrate0To1}; // steps[v] turns version v into v + 1
    static_assert(std::size(steps) == kFormatVersion, "one migration step per older format version");
    const QJsonValue v = o.value(QStringLiteral("version"));
    if (!v.isDouble())
        return;
    for (double version = v.toDouble(); version >= 0 && version < kFormatVersion; ++version) {
        if (version != std::floor(version))
            return;
        steps[std::size_t(version)](o);
    }
}

QByteArray PlanFile::toBytes(const Plan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

bool PlanFile::fromJson(const QByteArray &bytes, Plan &out, QString *error)
{
    QString err;
    auto finish = [&](bool ok) {
        if (!ok && error)
            *error = err;
        return ok;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        err = tr("not valid JSON at line %1: %2").arg(line).arg(parseError.errorString());
        return finish(false);
    }
    if (!doc.isObject()) {
        err = tr("a plan file must hold a JSON object");
        return finish(false);
    }
    QJsonObject o = doc.object();
    migrate(o);
    Reader r(o, {}, &err);
    if (r.string(QStringLiteral("format"), true) != QLatin1String("headroom-plan") && !r.failed())
        r.fail(QStringLiteral("format"), tr("is not \"headroom-plan\": this is not a Headroom plan"));
    const int version = int(r.number(QStringLiteral("version"), true, 0, 0, 1e6));
    if (!r.failed() && version > kFormatVersion)
        r.fail(QStringLiteral("version"),
               tr("the file was written by a newer Headroom (format %1; this version reads up to %2). Update "
                  "Headroom to open it.")
                   .arg(version)
                   .arg(kFormatVersion));
    if (!r.failed() && version < 1)
        r.fail(QStringLiteral("version"), tr("must be at least 1"));
    r.string(QStringLiteral("app_version"), false);
    if (r.failed())
        return finish(false);

    Plan plan;
    plan.name = r.string(QStringLiteral("name"), false);
    plan.notes = r.string(QStringLiteral("notes"), false);
    const QJsonValue arch = r.value(QStringLiteral("architecture"));
    if (!arch.isObject()) {
        r.fail(QStringLiteral("architecture"),
               arch.isUndefined() ? tr("is missing") : tr("must be an object"));
        return finish(false);
    }
    if (!architectureFromJson(arch.toObject(), plan.architecture, &err))
        return finish(false);

    const QJsonValue wv = r.value(QStringLiteral("workload"));
    if (!wv.isObject()) {
        r.fail(QStringLiteral("workload"), wv.isUndefined() ? tr("is missing") : tr("must be an object"));
        return finish(false);
    }
    const QJsonObject wo = wv.toObject();
    Reader wr(wo, QStringLiteral("workload"), &err);
    Workload &w = plan.workload;
    const QString precisions = QStringLiteral("fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8, int4");
    w.mode = wr.choice(QStringLiteral("mode"), true, w.mode, &modeFromId,
                       QStringLiteral("train, finetune, inference"));
    w.microBatch = int(wr.number(QStringLiteral("micro_batch"), true, w.microBatch, 1, 1e6));
    w.gradientAccumulation = int(wr.number(QStringLiteral("gradient_accumulation"), false, 1, 1, 1e6));
    w.sequenceLength = int(wr.number(QStringLiteral("sequence_length"), false, 0, 0, kMaxSequenceLength));
    w.imageSize = int(wr.number(QStringLiteral("image_size"), false, 0, 0, 16384));
    w.precision = wr.choice(QStringLiteral("precision"), true, w.precision, &precisionFromId, precisions);
    w.optimizer = wr.choice(QStringLiteral("optimizer"), false, w.optimizer, &optimizerFromId,
                            QStringLiteral("sgd, momentum, adam, adamw, adam8bit, adafactor, lion"));
    w.checkpointing = wr.choice(QStringLiteral("checkpointing"), false, w.checkpointing, &checkpointingFromId,
                                QStringLiteral("none, full, selective"));
    w.flashAttention = wr.boolean(QStringLiteral("flash_attention"), false);
    w.masterWeights = wr.boolean(QStringLiteral("master_weights"), true);
    w.fineTuneMethod = wr.choice(QStringLiteral("fine_tune_method"), false, w.fineTuneMethod,
                                 &fineTuneMethodFromId, QStringLiteral("full, lora, qlora"));
    w.loraRank = int(wr.number(QStringLiteral("lora_rank"), false, w.loraRank, 1, 65536));
    w.loraTargets = wr.choice(QStringLiteral("lora_targets"), false, w.loraTargets, &loraTargetsFromId,
                              tr("letters from q, k, v, o, m, or all"));
    w.loraDropout = wr.number(QStringLiteral("lora_dropout"), false, w.loraDropout, 0, 0.99, false);
    w.techniques = wr.flags(QStringLiteral("techniques"), &techniqueFromId, techniqueIdList());
    w.contextLength =
        int(wr.number(QStringLiteral("context_length"), false, w.contextLength, 1, kMaxSequenceLength));
    w.kvCachePrecision = wr.choice(QStringLiteral("kv_cache_precision"), false, w.kvCachePrecision,
                                   &precisionFromId, precisions);
    wr.rejectUnknown();
    if (!err.isEmpty())
        return finish(false);
    const QString invalid = validateWorkload(w);
    if (!invalid.isEmpty()) {
        err = tr("workload: %1").arg(invalid);
        return finish(false);
    }

    const QJsonValue hv = r.value(QStringLiteral("hardware"));
    if (!hv.isUndefined()) {
        if (!hv.isObject()) {
            r.fail(QStringLiteral("hardware"), tr("must be an object"));
            return finish(false);
        }
        const QJsonObject ho = hv.toObject();
        Reader hr(ho, QStringLiteral("hardware"), &err);
        plan.hardware.gpuId = hr.string(QStringLiteral("gpu"), false, plan.hardware.gpuId);
        plan.hardware.gpuCount = int(hr.number(QStringLiteral("count"), false, 1, 1, 100000));
        Parallelism &par = plan.hardware.parallelism;
        par.nodes = int(hr.number(QStringLiteral("nodes"), false, 1, 1, 100000));
        par.zeroStage = int(hr.number(QStringLiteral("zero_stage"), false, 0, 0, 3));
        par.fsdp = hr.boolean(QStringLiteral("fsdp"), false);
        par.offload = hr.choice(QStringLiteral("cpu_offload"), false, CpuOffload::None, &cpuOffloadFromId,
                                QStringLiteral("none, optimizer, params"));
        par.tensorParallel = int(hr.number(QStringLiteral("tensor_parallel"), false, 1, 1, 4096));
        par.sequenceParallel = hr.boolean(QStringLiteral("sequence_parallel"), false);
        par.pipelineParallel = int(hr.number(QStringLiteral("pipeline_parallel"), false, 1, 1, 4096));
        par.microBatchesInFlight =
            int(hr.number(QStringLiteral("micro_batches_in_flight"), false, 0, 0, 1e6));
        hr.rejectUnknown();
        if (!err.isEmpty())
            return finish(false);
        const QString invalidLayout = ParallelismText::validate(par, plan.hardware.gpuCount);
        if (!invalidLayout.isEmpty()) {
            err = tr("hardware: %1").arg(invalidLayout);
            return finish(false);
        }
    }

    const QJsonValue av = r.value(QStringLiteral("assumptions"));
    if (!av.isUndefined()) {
        if (!av.isObject()) {
            r.fail(QStringLiteral("assumptions"), tr("must be an object"));
            return finish(false);
        }
        const QJsonObject ao = av.toObject();
        for (auto it = ao.begin(); it != ao.end(); ++it) {
            const auto id = assumptionFromKey(it.key());
            if (!id) {
                err = tr("assumptions.%1: unknown assumption").arg(it.key());
                return finish(false);
            }
            if (!it.value().isDouble()) {
                err = tr("assumptions.%1: must be a number").arg(it.key());
                return finish(false);
            }
            const QString bad = Assumptions::validate(*id, it.value().toDouble());
            if (!bad.isEmpty()) {
                err = tr("assumptions.%1: %2").arg(it.key(), bad);
                return finish(false);
            }
            plan.assumptions.set(*id, it.value().toDouble());
        }
    }

    const QJsonValue sv = r.value(QStringLiteral("scenarios"));
    if (!sv.isUndefined()) {
        if (!sv.isArray()) {
            r.fail(QStringLiteral("scenarios"), tr("must be an array"));
            return finish(false);
        }
        const QJsonArray list = sv.toArray();
        if (list.size() > kMaxScenarios) {
            r.fail(QStringLiteral("scenarios"), tr("holds more than %1 scenarios").arg(kMaxScenarios));
            return finish(false);
        }
        for (int i = 0; i < list.size(); ++i) {
            Scenario s;
            if (!readScenario(list.at(i), i, s, err))
                return finish(false);
            plan.scenarios.push_back(std::move(s));
        }
    }
    r.rejectUnknown();
    if (!err.isEmpty())
        return finish(false);
    out = std::move(plan);
    return true;
}

bool PlanFile::save(const QString &path, const Plan &plan, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = toBytes(plan);
    // flush() before commit(): Qt 6.4's QSaveFile does not notice a failing write of its buffer
    // during commit() (disk full, EFBIG) and would replace the existing file with a truncated one.
    if (file.write(bytes) != bytes.size() || !file.flush() || file.error() != QFileDevice::NoError ||
        !file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool PlanFile::load(const QString &path, Plan &plan, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    constexpr qint64 kMaxSize = 64 * 1024 * 1024;
    if (file.size() > kMaxSize) {
        if (error)
            *error = tr("%1 is larger than 64 MiB; it is not a plan file.").arg(path);
        return false;
    }
    QString err;
    if (!fromJson(file.readAll(), plan, &err)) {
        if (error)
            *error = tr("%1: %2").arg(path, err);
        return false;
    }
    return true;
}

} // namespace headroom
