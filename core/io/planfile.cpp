#include "core/io/planfile.h"

#include "core/io/planfilereader.h"
#include "core/model/runtimeprofile.h"
#include "core/model/techniques.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

// The plan as a whole: its workload, hardware, assumptions and scenarios, and the file itself.
// The architecture is planfilearchitecture.cpp's, older formats planfilemigration.cpp's.
namespace headroom {

using planfile::kMaxScenarios;
using planfile::Reader;

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
                         {QStringLiteral("kv_cache_precision"), precisionId(w.kvCachePrecision)},
                         {QStringLiteral("runtime_profile"), runtimeProfileId(w.runtimeProfile)}};
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

// The workload object; false with `err` set when a value is malformed or out of range.
bool readWorkload(const QJsonObject &wo, Workload &w, QString &err)
{
    Reader wr(wo, QStringLiteral("workload"), &err);
    const QString precisions = enumIdList<Precision>();
    w.mode = wr.choice(QStringLiteral("mode"), true, w.mode, &modeFromId, enumIdList<Mode>());
    w.microBatch = wr.limited(LimitId::MicroBatch, true, w.microBatch);
    w.gradientAccumulation = wr.limited(LimitId::GradientAccumulation, false, 1);
    w.sequenceLength = wr.limited(LimitId::SequenceLength, false, 0);
    w.imageSize = wr.limited(LimitId::ImageSize, false, 0);
    w.precision = wr.choice(QStringLiteral("precision"), true, w.precision, &precisionFromId, precisions);
    w.optimizer =
        wr.choice(QStringLiteral("optimizer"), false, w.optimizer, &optimizerFromId, enumIdList<Optimizer>());
    w.checkpointing = wr.choice(QStringLiteral("checkpointing"), false, w.checkpointing, &checkpointingFromId,
                                enumIdList<Checkpointing>());
    w.flashAttention = wr.boolean(QStringLiteral("flash_attention"), false);
    w.masterWeights = wr.boolean(QStringLiteral("master_weights"), true);
    w.fineTuneMethod = wr.choice(QStringLiteral("fine_tune_method"), false, w.fineTuneMethod,
                                 &fineTuneMethodFromId, enumIdList<FineTuneMethod>());
    w.loraRank = wr.limited(LimitId::LoraRank, false, w.loraRank);
    w.loraTargets = wr.choice(QStringLiteral("lora_targets"), false, w.loraTargets, &loraTargetsFromId,
                              PlanFile::tr("letters from q, k, v, o, m, or all"));
    w.loraDropout = wr.number(QStringLiteral("lora_dropout"), false, w.loraDropout, 0, 0.99, false);
    w.techniques = wr.flags(QStringLiteral("techniques"), &techniqueFromId, techniqueIdList());
    w.contextLength = wr.limited(LimitId::ContextLength, false, w.contextLength);
    w.kvCachePrecision = wr.choice(QStringLiteral("kv_cache_precision"), false, w.kvCachePrecision,
                                   &precisionFromId, precisions);
    // Absent in files from before runtime profiles: PyTorch 2.x eager, what their numbers assumed.
    w.runtimeProfile = wr.choice(QStringLiteral("runtime_profile"), false, w.runtimeProfile,
                                 &runtimeProfileFromId, enumIdList<RuntimeProfile>());
    wr.rejectUnknown();
    return err.isEmpty();
}

// The hardware object (absent keys: one GPU, nothing sharded).
bool readHardware(const QJsonObject &ho, HardwareChoice &h, QString &err)
{
    Reader hr(ho, QStringLiteral("hardware"), &err);
    h.gpuId = hr.string(QStringLiteral("gpu"), false, h.gpuId);
    h.gpuCount = hr.limited(LimitId::GpuCount, false, 1);
    Parallelism &par = h.parallelism;
    par.nodes = hr.limited(LimitId::Nodes, false, 1);
    par.zeroStage = hr.limited(LimitId::ZeroStage, false, 0);
    par.fsdp = hr.boolean(QStringLiteral("fsdp"), false);
    par.offload = hr.choice(QStringLiteral("cpu_offload"), false, CpuOffload::None, &cpuOffloadFromId,
                            enumIdList<CpuOffload>());
    par.tensorParallel = hr.limited(LimitId::TensorParallel, false, 1);
    par.sequenceParallel = hr.boolean(QStringLiteral("sequence_parallel"), false);
    par.pipelineParallel = hr.limited(LimitId::PipelineParallel, false, 1);
    par.microBatchesInFlight = hr.limited(LimitId::MicroBatchesInFlight, false, 0);
    hr.rejectUnknown();
    return err.isEmpty();
}

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

} // namespace

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
    if (!readWorkload(wv.toObject(), plan.workload, err))
        return finish(false);
    const Workload &w = plan.workload;
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
        if (!readHardware(hv.toObject(), plan.hardware, err))
            return finish(false);
        const Parallelism &par = plan.hardware.parallelism;
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
