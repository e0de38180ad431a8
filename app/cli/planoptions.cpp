// The options `plan` and `recommend` share, and the plan they build.
#include "app/cli/planoptions.h"

#include "core/hardware/gpucatalog.h"
#include "core/io/hf/hfconfigimporter.h"
#include "core/io/planfile.h"
#include "core/model/runtimeprofile.h"
#include "core/model/techniques.h"
#include "core/model/workloadlimits.h"
#include "core/presets/presets.h"

#include <QCommandLineParser>

namespace headroom::cli {

QString PlanOptions::setHelp()
{
    QStringList keys;
    for (int i = 0; i < kAssumptionCount; ++i) {
        const AssumptionInfo &info = assumptionInfo(AssumptionId(i));
        keys << (*info.unit ? QStringLiteral("%1 (%2)").arg(QLatin1String(info.key), QLatin1String(info.unit))
                            : QLatin1String(info.key));
    }
    return Cli::tr("Set an assumption, repeatable: --set cuda_context_mib=512. Keys: %1.")
        .arg(keys.join(QStringLiteral(", ")));
}

QString PlanOptions::techniqueHelp()
{
    return Cli::tr("A memory technique, repeatable: %1 (see docs/cli-json.md).").arg(techniqueIdList());
}

QString PlanOptions::profileHelp()
{
    return Cli::tr("Runtime profile, the defaults of a framework: %1 (flags given with it still override "
                   "them; see docs/cli-json.md).")
        .arg(enumIdList<RuntimeProfile>());
}

namespace {
// Replaces the plan's architecture with one imported from a Hugging Face config.json and takes its
// torch_dtype as the precision (flags given later still override it).
bool applyHfConfig(const QString &file, Plan &plan, QString *error)
{
    HfImportInfo info;
    if (!HfConfigImporter::importFile(file, plan.architecture, error, &info))
        return false;
    if (info.precision)
        plan.workload.precision = *info.precision;
    if (plan.name.isEmpty())
        plan.name = plan.architecture.name;
    return true;
}
} // namespace

int buildPlan(const QCommandLineParser &p, const PlanOptions &o, bool requireSource, PlanSetup &setup)
{
    const QStringList files = p.positionalArguments();
    if (files.size() > 1)
        return fail(UsageError, Cli::tr("give at most one plan file"));
    if (requireSource && files.isEmpty() && !p.isSet(o.preset) && !p.isSet(o.hfConfig))
        return fail(UsageError, Cli::tr("give a plan file, --preset ID or --hf-config FILE"));
    Plan &plan = setup.plan;
    if (!files.isEmpty()) {
        QString error;
        if (!PlanFile::load(files.first(), plan, &error))
            return fail(InvalidInput, error);
    }
    if (p.isSet(o.preset)) {
        const auto arch = Presets::create(p.value(o.preset));
        if (!arch)
            return fail(
                InvalidInput,
                Cli::tr("unknown preset \"%1\"; 'headroom-cli presets' lists them").arg(p.value(o.preset)));
        plan.architecture = *arch;
        if (plan.name.isEmpty())
            plan.name = arch->name;
    }
    if (p.isSet(o.hfConfig)) {
        QString error;
        if (!applyHfConfig(p.value(o.hfConfig), plan, &error))
            return fail(InvalidInput, error);
    }
    Workload &w = plan.workload;
    auto intOption = [&](const QCommandLineOption &opt, int &target, int minimum, int maximum) {
        if (!p.isSet(opt))
            return true;
        bool ok = false;
        const qlonglong v = p.value(opt).toLongLong(&ok);
        if (!ok || v < minimum || v > maximum) {
            fail(InvalidInput, Cli::tr("--%1 must be a whole number from %2 to %3 (got \"%4\")")
                                   .arg(opt.names().first())
                                   .arg(minimum)
                                   .arg(maximum)
                                   .arg(p.value(opt)));
            return false;
        }
        target = int(v);
        return true;
    };
    auto numberOption = [&](const QCommandLineOption &opt, double &target) {
        if (!p.isSet(opt))
            return true;
        bool ok = false;
        const double v = p.value(opt).toDouble(&ok);
        if (!ok || !(v > 0) || v > 1e18) {
            fail(InvalidInput, Cli::tr("--%1 must be a positive number (got \"%2\")")
                                   .arg(opt.names().first(), p.value(opt)));
            return false;
        }
        target = v;
        return true;
    };
    Parallelism &par = plan.hardware.parallelism;
    // The ranges are the workload-limits table's, as the plan file and the panels read them (0 for
    // --seq, --image and --in-flight means the model's or the layout's default).
    auto limited = [&](const QCommandLineOption &opt, LimitId id, int &target) {
        const WorkloadLimit &limit = workloadLimit(id);
        return intOption(opt, target, limit.minimum, limit.maximum);
    };
    if (!limited(o.batch, LimitId::MicroBatch, w.microBatch) ||
        !limited(o.seq, LimitId::SequenceLength, w.sequenceLength) ||
        !limited(o.image, LimitId::ImageSize, w.imageSize) ||
        !limited(o.context, LimitId::ContextLength, w.contextLength) ||
        !limited(o.accumulation, LimitId::GradientAccumulation, w.gradientAccumulation) ||
        !limited(o.gpus, LimitId::GpuCount, plan.hardware.gpuCount) ||
        !limited(o.nodes, LimitId::Nodes, par.nodes) || !limited(o.zero, LimitId::ZeroStage, par.zeroStage) ||
        !limited(o.tp, LimitId::TensorParallel, par.tensorParallel) ||
        !limited(o.pp, LimitId::PipelineParallel, par.pipelineParallel) ||
        !limited(o.inFlight, LimitId::MicroBatchesInFlight, par.microBatchesInFlight) ||
        !intOption(o.checkpointsKept, setup.storage.checkpointsKept, 0, 100000) ||
        !numberOption(o.samples, setup.run.samples) || !numberOption(o.tokens, setup.run.tokens))
        return InvalidInput;
    double datasetGb = 0;
    if (!numberOption(o.datasetGb, datasetGb))
        return InvalidInput;
    setup.storage.datasetBytes = datasetGb * 1e9;
    auto choice = [&](const QCommandLineOption &opt, auto parse, auto &target, const char *valid) {
        if (!p.isSet(opt))
            return true;
        const auto v = parse(p.value(opt));
        if (!v) {
            fail(InvalidInput, Cli::tr("--%1: \"%2\" is not one of %3")
                                   .arg(opt.names().first(), p.value(opt), QLatin1String(valid)));
            return false;
        }
        target = *v;
        return true;
    };
    if (!choice(o.mode, &modeFromId, w.mode, "train, finetune, inference"))
        return InvalidInput;
    // A runtime profile sets its framework's defaults first; the flags below still override them.
    if (p.isSet(o.profile)) {
        const std::optional<RuntimeProfile> profile = runtimeProfileFromId(p.value(o.profile));
        if (!profile)
            return fail(InvalidInput, Cli::tr("--profile: \"%1\" is not one of %2")
                                          .arg(p.value(o.profile), enumIdList<RuntimeProfile>()));
        applyRuntimeProfile(*profile, w, plan.assumptions);
    }
    if (!choice(o.precision, &precisionFromId, w.precision,
                "fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8, int4") ||
        !choice(o.optimizer, &optimizerFromId, w.optimizer,
                "sgd, momentum, adam, adamw, adam8bit, adafactor, lion") ||
        !choice(o.checkpointing, &checkpointingFromId, w.checkpointing, "none, full, selective") ||
        !choice(o.offload, &cpuOffloadFromId, par.offload, "none, optimizer, params"))
        return InvalidInput;
    if (!choice(o.fineTune, &fineTuneMethodFromId, w.fineTuneMethod, "full, lora, qlora") ||
        !choice(o.loraTargets, &loraTargetsFromId, w.loraTargets, "letters from q, k, v, o, m, or all") ||
        !choice(o.kvPrecision, &precisionFromId, w.kvCachePrecision,
                "fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8, int4") ||
        !limited(o.loraRank, LimitId::LoraRank, w.loraRank))
        return InvalidInput;
    // Inference runs the checkpoint in its stored dtype with a fused attention kernel (Hugging Face
    // loads torch_dtype and uses SDPA; vLLM and llama.cpp never keep an fp32 copy): a mixed-precision
    // choice made for training becomes its pure 16-bit format unless --precision says otherwise.
    if (p.isSet(o.mode) && w.mode == Mode::Inference) {
        if (!p.isSet(o.precision) && w.precision == Precision::BF16_AMP)
            w.precision = Precision::BF16;
        if (!p.isSet(o.precision) && w.precision == Precision::FP16_AMP)
            w.precision = Precision::FP16;
        if (!p.isSet(o.eagerAttention))
            w.flashAttention = true;
    }
    if (p.isSet(o.eagerAttention) && p.isSet(o.flash))
        return fail(UsageError, Cli::tr("give --flash-attention or --eager-attention, not both"));
    if (p.isSet(o.eagerAttention))
        w.flashAttention = false;
    if (p.isSet(o.fineTune)) {
        // A fine-tuning method means fine-tuning; only an explicit other --mode contradicts it.
        if (p.isSet(o.mode) && w.mode != Mode::FineTuning)
            return fail(InvalidInput,
                        Cli::tr("--fine-tune needs --mode finetune (got --mode %1)").arg(p.value(o.mode)));
        w.mode = Mode::FineTuning;
    }
    if (p.isSet(o.noMasterWeights))
        w.masterWeights = false;
    if (p.isSet(o.loraDropout)) {
        bool ok = false;
        const double v = p.value(o.loraDropout).toDouble(&ok);
        if (!ok || !(v >= 0 && v <= 0.99))
            return fail(InvalidInput, Cli::tr("--lora-dropout must be a number from 0 to 0.99 (got \"%1\")")
                                          .arg(p.value(o.loraDropout)));
        w.loraDropout = v;
    }
    for (const QString &name : p.values(o.technique)) {
        const std::optional<Technique> t = techniqueFromId(name);
        if (!t)
            return fail(InvalidInput,
                        Cli::tr("--technique: \"%1\" is not one of %2").arg(name, techniqueIdList()));
        w.techniques |= *t;
    }
    for (const QString &setting : p.values(o.set)) {
        const qsizetype eq = setting.indexOf(QLatin1Char('='));
        const QString key = setting.left(eq).trimmed();
        if (eq <= 0)
            return fail(InvalidInput, Cli::tr("--set needs KEY=VALUE (got \"%1\")").arg(setting));
        const std::optional<AssumptionId> id = assumptionFromKey(key);
        if (!id)
            return fail(
                InvalidInput,
                Cli::tr("--set %1: unknown assumption \"%2\"; 'plan --help' lists them").arg(setting, key));
        const AssumptionId assumption = *id;
        bool ok = false;
        const double value = setting.mid(eq + 1).trimmed().toDouble(&ok);
        const QString bad = ok ? Assumptions::validate(assumption, value) : Cli::tr("must be a number");
        if (!bad.isEmpty())
            return fail(InvalidInput, Cli::tr("--set %1: %2").arg(key, bad));
        plan.assumptions.set(assumption, value);
    }
    if (p.isSet(o.name))
        plan.name = p.value(o.name);
    if (p.isSet(o.notes))
        plan.notes = p.value(o.notes);
    if (p.isSet(o.flash))
        w.flashAttention = true;
    if (p.isSet(o.fsdp))
        par.fsdp = true;
    if (p.isSet(o.sp))
        par.sequenceParallel = true;
    if (p.isSet(o.gpu)) {
        if (!GpuCatalog::builtin().find(p.value(o.gpu)))
            return fail(InvalidInput,
                        Cli::tr("unknown GPU \"%1\"; 'headroom-cli gpus' lists them").arg(p.value(o.gpu)));
        plan.hardware.gpuId = p.value(o.gpu);
    }
    if (p.isSet(o.gpus) && !p.isSet(o.nodes) && par.nodes > 1 && plan.hardware.gpuCount % par.nodes != 0)
        par.nodes = 1;
    const QString invalid = ParallelismText::validate(par, plan.hardware.gpuCount);
    if (!invalid.isEmpty())
        return fail(InvalidInput, invalid);
    return Ok;
}

} // namespace headroom::cli
