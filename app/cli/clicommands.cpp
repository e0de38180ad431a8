#include "app/cli/clicommands.h"

#include "app/cli/comparecommand.h"

#include "core/common/units.h"
#include "core/hardware/classicalml.h"
#include "core/hardware/gpucatalog.h"
#include "core/hardware/recommender.h"
#include "core/hardware/storageplanner.h"
#include "core/hardware/systemplanner.h"
#include "core/hardware/throughputmodel.h"
#include "core/io/hf/hfconfigimporter.h"
#include "core/io/onnx/onnximporter.h"
#include "core/io/planfile.h"
#include "core/presets/presets.h"
#include "core/results/hardwarereport.h"
#include "core/results/planevaluator.h"
#include "core/simulate/modelcompiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace headroom::cli {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

// A number in the locale's format (decimal comma in German); the C locale gives QString::number's.
QString num(double value, char format, int precision)
{
    return QLocale().toString(value, format, precision);
}

// Terminal columns a string takes: CJK ideographs, kana, Hangul and full-width forms take two.
int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

// Left-justifies to a column width, counting double-width characters twice (Chinese headers).
QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}

int commandPresets(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Lists the built-in architectures with their published parameter counts."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const PresetInfo &info : Presets::list())
            list.append(
                QJsonObject{{QStringLiteral("id"), info.id},
                            {QStringLiteral("name"), info.name},
                            {QStringLiteral("family"), info.family},
                            {QStringLiteral("published_parameters"), double(info.publishedParameters)}});
        printJson(list);
        return Ok;
    }
    out() << pad(Cli::tr("ID"), 18) << pad(Cli::tr("Name"), 24) << pad(Cli::tr("Family"), 10)
          << Cli::tr("Parameters") << '\n';
    for (const PresetInfo &info : Presets::list())
        out() << pad(info.id, 18) << pad(info.name, 24) << pad(info.family, 10)
              << formatInteger(info.publishedParameters) << '\n';
    out().flush();
    return Ok;
}

int commandGpus(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Lists the GPU catalog."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    const GpuCatalog &catalog = GpuCatalog::builtin();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const GpuSpec &g : catalog.gpus())
            list.append(g.toJson());
        printJson(list);
        return Ok;
    }
    out() << pad(Cli::tr("ID"), 18) << pad(Cli::tr("Name"), 36) << pad(Cli::tr("Memory"), 10)
          << pad(Cli::tr("BF16/FP16 TFLOPS"), 18) << Cli::tr("Price (%1)").arg(catalog.currency()) << '\n';
    for (const GpuSpec &g : catalog.gpus())
        out() << pad(g.id, 18) << pad(g.name, 36) << pad(QStringLiteral("%1 GiB").arg(g.memoryGiB), 10)
              << pad(QString::number(g.bf16Tflops > 0 ? g.bf16Tflops : g.fp16Tflops), 18) << g.price << '\n';
    out().flush();
    return Ok;
}

void printPlan(const Plan &plan, const PlanEvaluation &e)
{
    const CompiledModel &m = e.model;
    const MemoryBreakdown &b = e.memory;
    const Workload &w = plan.workload;
    QTextStream &o = out();
    o << Cli::tr("Model:     %1 (%2 parameters, input %3)")
             .arg(plan.architecture.name, formatInteger(m.parameters), m.input.toString())
      << '\n';
    o << Cli::tr("Workload:  %1, %2 %3, %4, %5, checkpointing %6")
             .arg(modeName(w.mode))
             .arg(w.mode == Mode::Inference ? Cli::tr("sequences") : Cli::tr("micro-batch"))
             .arg(w.microBatch)
             .arg(precisionName(w.precision),
                  w.mode == Mode::Inference ? Cli::tr("context %1").arg(w.contextLength)
                                            : optimizerName(w.optimizer),
                  checkpointingName(w.checkpointing))
      << '\n';
    if (e.gpu)
        o << Cli::tr("GPU:       %1 (%2 GiB)").arg(e.gpu->name).arg(e.gpu->memoryGiB) << '\n';
    else
        o << Cli::tr("GPU:       %1 is not in the catalog").arg(plan.hardware.gpuId) << '\n';
    o << '\n'
      << pad(Cli::tr("Component"), 26) << pad(Cli::tr("Memory"), 13) << pad(Cli::tr("Share"), 8)
      << Cli::tr("Formula") << '\n';
    for (int i = 0; i < kComponentCount; ++i) {
        const auto c = Component(i);
        const double share = b.total > 0 ? b.component[i] / b.total * 100.0 : 0;
        o << pad(componentName(c), 26) << pad(formatBytes(b.component[i]), 13)
          << pad(QStringLiteral("%1%").arg(num(share, 'f', 1)), 8)
          << MemoryModel::formula(c, b, m, w, plan.assumptions) << '\n';
    }
    o << pad(Cli::tr("Total"), 26) << formatBytes(b.total) << '\n' << '\n';
    if (e.gpu) {
        o << Cli::tr("GPU memory %1, driver reserve %2, visible %3, usable after the CUDA context %4")
                 .arg(formatBytes(b.capacity), formatBytes(b.driverReserve), formatBytes(b.visible),
                      formatBytes(b.usable))
          << '\n';
        if (b.fits)
            o << Cli::tr("Verdict:   FITS with %1 headroom (%2%); largest micro-batch that fits: %3")
                     .arg(formatBytes(b.headroomBytes))
                     .arg(QLocale().toString(b.headroomFraction * 100.0, 'f', 1))
                     .arg(b.maxBatch)
              << '\n';
        else
            o << Cli::tr("Verdict:   DOES NOT FIT: %1 over; largest micro-batch that fits: %2")
                     .arg(formatBytes(-b.headroomBytes))
                     .arg(b.maxBatch)
              << '\n';
    }
    o.flush();
}

// The options `plan` and `recommend` share: what to run, on what, and how.
struct PlanOptions
{
    QCommandLineOption preset{QStringLiteral("preset"), Cli::tr("Architecture preset (see 'presets')."),
                              QStringLiteral("ID")};
    QCommandLineOption gpu{QStringLiteral("gpu"), Cli::tr("GPU id (see 'gpus')."), QStringLiteral("ID")};
    QCommandLineOption mode{QStringLiteral("mode"), Cli::tr("train, finetune or inference."),
                            QStringLiteral("MODE")};
    QCommandLineOption batch{QStringLiteral("batch"), Cli::tr("Micro-batch size (inference: sequences)."),
                             QStringLiteral("N")};
    QCommandLineOption accumulation{QStringLiteral("grad-accum"),
                                    Cli::tr("Gradient accumulation steps (pipeline micro-batches per step)."),
                                    QStringLiteral("N")};
    QCommandLineOption seq{QStringLiteral("seq"), Cli::tr("Sequence length in tokens."), QStringLiteral("N")};
    QCommandLineOption image{QStringLiteral("image"), Cli::tr("Image height and width in pixels."),
                             QStringLiteral("N")};
    QCommandLineOption precision{QStringLiteral("precision"),
                                 Cli::tr("fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8 or int4."),
                                 QStringLiteral("P")};
    QCommandLineOption optimizer{QStringLiteral("optimizer"),
                                 Cli::tr("sgd, momentum, adam, adamw, adam8bit, adafactor or lion."),
                                 QStringLiteral("O")};
    QCommandLineOption checkpointing{QStringLiteral("checkpointing"), Cli::tr("none, full or selective."),
                                     QStringLiteral("C")};
    QCommandLineOption flash{QStringLiteral("flash-attention"), Cli::tr("Use FlashAttention.")};
    QCommandLineOption context{QStringLiteral("context"), Cli::tr("Inference: KV-cache tokens per sequence."),
                               QStringLiteral("N")};
    QCommandLineOption gpus{QStringLiteral("gpus"), Cli::tr("Number of GPUs, all nodes together."),
                            QStringLiteral("N")};
    QCommandLineOption nodes{QStringLiteral("nodes"), Cli::tr("Number of machines."), QStringLiteral("M")};
    QCommandLineOption zero{QStringLiteral("zero"), Cli::tr("DeepSpeed ZeRO stage 0, 1, 2 or 3."),
                            QStringLiteral("S")};
    QCommandLineOption fsdp{QStringLiteral("fsdp"),
                            Cli::tr("PyTorch FSDP full sharding (ZeRO-3 semantics).")};
    QCommandLineOption offload{QStringLiteral("offload"), Cli::tr("CPU offload: optimizer or params."),
                               QStringLiteral("WHAT")};
    QCommandLineOption tp{QStringLiteral("tp"), Cli::tr("Tensor-parallel size."), QStringLiteral("N")};
    QCommandLineOption sp{QStringLiteral("sp"), Cli::tr("Sequence parallelism (with --tp).")};
    QCommandLineOption pp{QStringLiteral("pp"), Cli::tr("Pipeline-parallel stages."), QStringLiteral("N")};
    QCommandLineOption inFlight{QStringLiteral("in-flight"),
                                Cli::tr("Micro-batches the first pipeline stage holds (default: --pp)."),
                                QStringLiteral("N")};
    QCommandLineOption samples{QStringLiteral("samples"),
                               Cli::tr("Samples the run trains on (default 1,000,000)."),
                               QStringLiteral("N")};
    QCommandLineOption tokens{QStringLiteral("tokens"),
                              Cli::tr("Tokens the run trains on (instead of --samples)."),
                              QStringLiteral("N")};
    QCommandLineOption datasetGb{QStringLiteral("dataset-gb"),
                                 Cli::tr("Dataset size on disk in GB (default: estimated from the run)."),
                                 QStringLiteral("GB")};
    QCommandLineOption checkpointsKept{QStringLiteral("checkpoints-kept"),
                                       Cli::tr("Checkpoints kept on disk (default 3)."), QStringLiteral("N")};
    QCommandLineOption json{QStringLiteral("json"), Cli::tr("Print JSON.")};
    QCommandLineOption hfConfig{
        QStringLiteral("hf-config"),
        Cli::tr("Architecture from a Hugging Face config.json (precision from its torch_dtype)."),
        QStringLiteral("FILE")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({preset,   gpu,     mode,      batch,     accumulation,
                      seq,      image,   precision, optimizer, checkpointing,
                      flash,    context, gpus,      nodes,     zero,
                      fsdp,     offload, tp,        sp,        pp,
                      inFlight, samples, tokens,    datasetGb, checkpointsKept,
                      json,     hfConfig});
    }
};

struct PlanSetup
{
    Plan plan;
    RunLength run;
    StorageInputs storage;
};

bool applyHfConfig(const QString &file, Plan &plan, QString *error);

// Builds the plan from an optional file and the flags. Returns Ok or the exit code, having
// printed the error.
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
    if (!intOption(o.batch, w.microBatch, 1, 1'000'000) || !intOption(o.seq, w.sequenceLength, 1, 1 << 24) ||
        !intOption(o.image, w.imageSize, 1, 16384) || !intOption(o.context, w.contextLength, 1, 1 << 24) ||
        !intOption(o.accumulation, w.gradientAccumulation, 1, 1'000'000) ||
        !intOption(o.gpus, plan.hardware.gpuCount, 1, 100000) || !intOption(o.nodes, par.nodes, 1, 100000) ||
        !intOption(o.zero, par.zeroStage, 0, 3) || !intOption(o.tp, par.tensorParallel, 1, 4096) ||
        !intOption(o.pp, par.pipelineParallel, 1, 4096) ||
        !intOption(o.inFlight, par.microBatchesInFlight, 1, 1'000'000) ||
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
    if (!choice(o.mode, &modeFromId, w.mode, "train, finetune, inference") ||
        !choice(o.precision, &precisionFromId, w.precision,
                "fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8, int4") ||
        !choice(o.optimizer, &optimizerFromId, w.optimizer,
                "sgd, momentum, adam, adamw, adam8bit, adafactor, lion") ||
        !choice(o.checkpointing, &checkpointingFromId, w.checkpointing, "none, full, selective") ||
        !choice(o.offload, &cpuOffloadFromId, par.offload, "none, optimizer, params"))
        return InvalidInput;
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

void printHardware(const PlanEvaluation &e, const HardwareReport &r)
{
    QTextStream &o = out();
    const QString parallel = MemoryModel::parallelismFormula(e.memory, e.model);
    if (!parallel.isEmpty())
        o << Cli::tr("Per GPU:   %1").arg(parallel) << '\n';
    const ThroughputEstimate &t = r.throughput;
    if (t.valid) {
        o << Cli::tr("Speed:     %1 samples/s%2 (step %3 s; %4 TFLOPS %5 peak × %6 MFU%7%8)")
                 .arg(num(t.samplesPerSecond, 'g', 4))
                 .arg(t.tokensPerSecond > 0 ? Cli::tr(", %1 tokens/s").arg(num(t.tokensPerSecond, 'g', 4))
                                            : QString())
                 .arg(num(t.stepSeconds, 'g', 4))
                 .arg(num(t.peakTflops, 'g', 6))
                 .arg(t.peakColumn)
                 .arg(num(t.mfu, 'g', 6))
                 .arg(t.allReduceSeconds > 0 ? Cli::tr("; all-reduce %1 s over %2")
                                                   .arg(num(t.allReduceSeconds, 'g', 3))
                                                   .arg(t.link.label)
                                             : QString())
                 .arg(t.bubbleFraction > 0
                          ? Cli::tr("; pipeline bubble %1%").arg(num(t.bubbleFraction * 100, 'f', 1))
                          : QString())
          << '\n';
        if (e.memory.layout.gpus > 1)
            o << Cli::tr("Scaling:   %1% efficiency vs one GPU (computed); rule of thumb from the article: "
                         "~85% at 8 "
                         "GPUs")
                     .arg(num(t.scalingEfficiency * 100, 'f', 1))
              << '\n';
        o << Cli::tr("Run:       %1 samples in %2 h (%3 GPU-hours), %4 kWh; cost %5 %6 (%7), %8 per million "
                     "samples; "
                     "GPUs cost %9 to buy")
                 .arg(num(t.runSamples, 'f', 0))
                 .arg(num(t.runHours, 'g', 4))
                 .arg(num(t.gpuHours, 'g', 4))
                 .arg(num(t.energyKWh, 'g', 4))
                 .arg(num(t.runCost, 'f', 2))
                 .arg(t.currency)
                 .arg(t.rented ? Cli::tr("rented") : Cli::tr("owned: amortised + energy"))
                 .arg(num(t.costPerMillionSamples, 'f', 2))
                 .arg(num(t.purchaseCost, 'f', 0))
          << '\n';
    }
    const SystemPlan &s = r.system;
    o << Cli::tr("Host RAM:  %1 per node as %2 × %3 GB DIMMs (%4 %5); plan needs %6, rule of thumb %7")
             .arg(formatBytes(s.recommendedBytes))
             .arg(s.dimms.count)
             .arg(s.dimms.sizeGiB)
             .arg(num(s.ramCost, 'f', 0))
             .arg(r.throughput.currency, formatBytes(s.neededBytes), formatBytes(s.ruleOfThumbBytes))
      << '\n';
    o << Cli::tr("Host:      %1 CPU cores, PSU %2 (%3 W needed), %4 PCIe lanes: %5")
             .arg(s.cpuCores)
             .arg(s.psuRecommendedW > 0 ? Cli::tr("%1 W").arg(s.psuRecommendedW)
                                        : Cli::tr("of several supplies"))
             .arg(num(s.psuWatts, 'f', 0))
             .arg(s.pcieLanesNeeded)
             .arg(s.platform)
      << '\n';
    const StoragePlan &st = r.storage;
    o << Cli::tr("Storage:   %1 (dataset %2 + %3 × checkpoint %4 + logs %5): SSD %6, HDD %7, hybrid %8 %9")
             .arg(formatBytes(st.totalBytes, ByteUnits::Decimal),
                  formatBytes(st.datasetBytes, ByteUnits::Decimal))
             .arg(st.checkpointsKept)
             .arg(formatBytes(st.checkpointBytes, ByteUnits::Decimal),
                  formatBytes(st.logBytes, ByteUnits::Decimal))
             .arg(num(st.ssdCost, 'f', 2))
             .arg(num(st.hddCost, 'f', 2))
             .arg(num(st.hybridCost, 'f', 2))
             .arg(st.currency)
      << '\n';
    o << Cli::tr("Input I/O: %1 MB/s needed; HDD %2, SATA SSD %3, NVMe %4")
             .arg(num(st.requiredMBs, 'g', 4))
             .arg(st.media[0].ioBound ? Cli::tr("I/O-bound") : Cli::tr("keeps up"))
             .arg(st.media[1].ioBound ? Cli::tr("I/O-bound") : Cli::tr("keeps up"))
             .arg(st.media[2].ioBound ? Cli::tr("I/O-bound") : Cli::tr("keeps up"))
      << '\n';
    o.flush();
}

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

int commandImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Imports a model description (a Hugging Face config.json or an ONNX "
                                        "file) and prints its summary."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("config.json of a Hugging Face model, or a .onnx file."),
                            QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    p.addOption(json);
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return fail(UsageError, Cli::tr("give one file to import"));
    const QString file = p.positionalArguments().first();
    Architecture arch;
    QString error;
    HfImportInfo info;
    OnnxImportInfo onnx;
    const bool isOnnx = file.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive);
    if (isOnnx ? !OnnxImporter::importFile(file, arch, &error, &onnx)
               : !HfConfigImporter::importFile(file, arch, &error, &info))
        return fail(InvalidInput, error);
    if (isOnnx)
        info.modelType = QStringLiteral("onnx");
    ModelCompiler compiler;
    const CompiledModel m = compiler.compile(arch, CompileOptions{});
    if (!m.ok())
        return fail(InvalidInput, Cli::tr("%1: %2").arg(file, m.error));
    qint64 layers = 0;
    for (const LayerRow &row : m.rows)
        if (row.node && !row.node->isComposite())
            layers += row.instances;
    const QString precision = info.precision ? precisionId(*info.precision) : QString();
    if (p.isSet(json)) {
        printJson(
            QJsonObject{{QStringLiteral("name"), arch.name},
                        {QStringLiteral("source"), arch.source},
                        {QStringLiteral("model_type"), info.modelType},
                        {QStringLiteral("parameters"), double(m.parameters)},
                        {QStringLiteral("active_parameters"), double(m.activeParameters)},
                        {QStringLiteral("layers"), double(layers)},
                        {QStringLiteral("attention_layers"), m.attentionLayers},
                        {QStringLiteral("max_sequence_length"), arch.input.maxSequenceLength},
                        {QStringLiteral("suggested_precision"),
                         precision.isEmpty() ? QJsonValue() : QJsonValue(precision)},
                        {QStringLiteral("unmapped_ops"), QJsonArray::fromStringList(onnx.unmappedOps)}});
        return Ok;
    }
    out() << Cli::tr("Model:       %1 (%2)").arg(arch.name, arch.source) << '\n'
          << Cli::tr("Parameters:  %1 (active per token %2)")
                 .arg(formatInteger(m.parameters), formatInteger(m.activeParameters))
          << '\n'
          << Cli::tr("Layers:      %1 (%2 attention)").arg(layers).arg(m.attentionLayers) << '\n'
          << Cli::tr("Precision:   %1")
                 .arg(info.precision ? precisionName(*info.precision) : Cli::tr("not given"))
          << '\n';
    if (isOnnx)
        out() << Cli::tr("ONNX:        %1 of %2 nodes mapped; kept as generic ops: %3")
                     .arg(onnx.mappedNodes)
                     .arg(onnx.nodes)
                     .arg(onnx.unmappedOps.isEmpty() ? Cli::tr("none")
                                                     : onnx.unmappedOps.join(QStringLiteral(", ")))
              << '\n';
    out().flush();
    return Ok;
}

int commandPlan(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr(
        "Computes the per-GPU memory breakdown, speed, cost, host RAM and storage of a plan. Flags override "
        "the file."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("A .headroom plan file (optional with --preset)."),
                            QStringLiteral("[FILE.headroom]"));
    const PlanOptions o;
    o.addTo(p);
    const QCommandLineOption save(QStringLiteral("save"),
                                  Cli::tr("Also write the plan (with the flags applied) to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("Name the plan."), QStringLiteral("TEXT"));
    p.addOptions({save, name});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    PlanSetup setup;
    if (const int rc = buildPlan(p, o, true, setup); rc != Ok)
        return rc;
    Plan &plan = setup.plan;
    if (p.isSet(name))
        plan.name = p.value(name);

    PlanEvaluator evaluator;
    const PlanEvaluation e = evaluator.evaluate(plan);
    if (!e.ok())
        return fail(InvalidInput, e.error);
    if (p.isSet(save)) {
        QString error;
        if (!PlanFile::save(p.value(save), plan, &error))
            return fail(InvalidInput, error);
    }
    const HardwareReport r = HardwareReport::build(plan, e, setup.run, setup.storage);
    if (p.isSet(o.json)) {
        QJsonObject j = PlanEvaluator::toJson(plan, e);
        r.addTo(j, e);
        printJson(j);
    } else {
        printPlan(plan, e);
        printHardware(e, r);
    }
    return Ok;
}

int commandRecommend(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Ranks GPU type × count (1, 2, 4, 8) × data parallel, ZeRO-2 and ZeRO-3 "
                "configurations that fit the plan with the safety margin."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("A .headroom plan file (optional with --preset)."),
                            QStringLiteral("[FILE.headroom]"));
    const PlanOptions o;
    o.addTo(p);
    const QCommandLineOption budget(QStringLiteral("budget"), Cli::tr("Most the GPUs may cost to buy."),
                                    QStringLiteral("X"));
    const QCommandLineOption rank(QStringLiteral("rank"),
                                  Cli::tr("cost (purchase), time or cost-per-sample."), QStringLiteral("BY"));
    const QCommandLineOption top(QStringLiteral("top"), Cli::tr("Show the best N (default 10)."),
                                 QStringLiteral("N"));
    p.addOptions({budget, rank, top});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    PlanSetup setup;
    if (const int rc = buildPlan(p, o, true, setup); rc != Ok)
        return rc;
    RecommendOptions options;
    options.run = setup.run;
    if (p.isSet(budget)) {
        bool ok = false;
        options.budget = p.value(budget).toDouble(&ok);
        if (!ok || !(options.budget > 0))
            return fail(InvalidInput,
                        Cli::tr("--budget must be a positive number (got \"%1\")").arg(p.value(budget)));
    }
    if (p.isSet(rank)) {
        const auto r = rankByFromId(p.value(rank));
        if (!r)
            return fail(
                InvalidInput,
                Cli::tr("--rank: \"%1\" is not one of cost, time, cost-per-sample").arg(p.value(rank)));
        options.rankBy = *r;
    }
    int topN = 10;
    if (p.isSet(top)) {
        bool ok = false;
        topN = p.value(top).toInt(&ok);
        if (!ok || topN < 1)
            return fail(InvalidInput, Cli::tr("--top must be a whole number of at least 1"));
    }
    QString error;
    std::vector<Recommendation> list =
        Recommender::recommend(setup.plan, GpuCatalog::builtin(), options, &error);
    if (!error.isEmpty())
        return fail(InvalidInput, error);
    if (int(list.size()) > topN)
        list.resize(std::size_t(topN));
    if (p.isSet(o.json)) {
        printJson(QJsonObject{{QStringLiteral("plan"), setup.plan.name},
                              {QStringLiteral("rank_by"), rankById(options.rankBy)},
                              {QStringLiteral("budget"), options.budget},
                              {QStringLiteral("currency"), GpuCatalog::builtin().currency()},
                              {QStringLiteral("recommendations"), Recommender::toJson(list)}});
        return Ok;
    }
    QTextStream &os = out();
    if (list.empty()) {
        os << Cli::tr("No configuration of up to 8 GPUs fits this plan with the safety margin.") << '\n';
        os.flush();
        return Ok;
    }
    os << pad(Cli::tr("GPU"), 34) << pad(Cli::tr("N"), 4) << pad(Cli::tr("Strategy"), 10)
       << pad(Cli::tr("Per GPU"), 12) << pad(Cli::tr("Samples/s"), 12) << pad(Cli::tr("Run (h)"), 10)
       << pad(Cli::tr("Buy (%1)").arg(GpuCatalog::builtin().currency()), 12) << Cli::tr("Per 1M samples")
       << '\n';
    for (const Recommendation &r : list)
        os << pad(r.gpu->name, 34) << pad(QString::number(r.gpuCount), 4) << pad(r.strategy, 10)
           << pad(formatBytes(r.perGpuBytes), 12) << pad(num(r.throughput.samplesPerSecond, 'g', 4), 12)
           << pad(num(r.throughput.runHours, 'g', 4), 10) << pad(num(r.throughput.purchaseCost, 'f', 0), 12)
           << num(r.throughput.costPerMillionSamples, 'f', 2) << '\n';
    os.flush();
    return Ok;
}

int commandClassical(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Host RAM for a classical (CPU) learner."));
    p.addHelpOption();
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       Cli::tr("random-forest, xgboost, knn, svm or linear."),
                                       QStringLiteral("A"));
    const QCommandLineOption rows(QStringLiteral("rows"), Cli::tr("Training rows."), QStringLiteral("N"));
    const QCommandLineOption features(QStringLiteral("features"), Cli::tr("Features per row."),
                                      QStringLiteral("N"));
    const QCommandLineOption classes(QStringLiteral("classes"), Cli::tr("Classes (1 for regression)."),
                                     QStringLiteral("N"));
    const QCommandLineOption trees(QStringLiteral("trees"), Cli::tr("Trees or boosting rounds."),
                                   QStringLiteral("N"));
    const QCommandLineOption depth(QStringLiteral("depth"), Cli::tr("Maximum tree depth (0: unlimited)."),
                                   QStringLiteral("N"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Cli::tr("Parallel jobs (n_jobs)."),
                                  QStringLiteral("N"));
    const QCommandLineOption kernel(QStringLiteral("precomputed-kernel"),
                                    Cli::tr("SVM with a precomputed kernel matrix."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    p.addOptions({algorithm, rows, features, classes, trees, depth, jobs, kernel, json});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    ClassicalWorkload w;
    if (p.isSet(algorithm)) {
        const auto a = classicalAlgorithmFromId(p.value(algorithm));
        if (!a)
            return fail(InvalidInput,
                        Cli::tr("--algorithm: \"%1\" is not one of random-forest, xgboost, knn, svm, linear")
                            .arg(p.value(algorithm)));
        w.algorithm = *a;
    }
    auto integer = [&](const QCommandLineOption &opt, auto &target, qint64 minimum) {
        if (!p.isSet(opt))
            return true;
        bool ok = false;
        const qint64 v = p.value(opt).toLongLong(&ok);
        if (!ok || v < minimum || v > (qint64(1) << 40)) {
            fail(InvalidInput,
                 Cli::tr("--%1 must be a whole number of at least %2").arg(opt.names().first()).arg(minimum));
            return false;
        }
        target = decltype(target + 0)(v);
        return true;
    };
    if (!integer(rows, w.rows, 1) || !integer(features, w.features, 1) || !integer(classes, w.classes, 1) ||
        !integer(trees, w.trees, 1) || !integer(depth, w.maxDepth, 0) || !integer(jobs, w.jobs, 1))
        return InvalidInput;
    w.precomputedKernel = p.isSet(kernel);
    const ClassicalEstimate e = ClassicalMl::estimate(w);
    if (p.isSet(json)) {
        QJsonObject j = ClassicalMl::toJson(e);
        j.insert(QStringLiteral("algorithm"), classicalAlgorithmId(w.algorithm));
        j.insert(QStringLiteral("recommended_dimms"),
                 QStringLiteral("%1x%2GB")
                     .arg(SystemPlanner::roundUpToDimms(e.totalBytes).count)
                     .arg(SystemPlanner::roundUpToDimms(e.totalBytes).sizeGiB));
        printJson(j);
        return Ok;
    }
    for (const QString &line : e.reasons)
        out() << line << '\n';
    const DimmConfig d = SystemPlanner::roundUpToDimms(e.totalBytes);
    out() << Cli::tr("Host RAM: %1; buy %2 × %3 GB DIMMs")
                 .arg(formatBytes(e.totalBytes))
                 .arg(d.count)
                 .arg(d.sizeGiB)
          << '\n';
    out().flush();
    return Ok;
}

} // namespace

int fail(int code, const QString &message)
{
    QTextStream err(stderr);
    err << "headroom-cli: " << message << Qt::endl;
    return code;
}

std::optional<int> parseArguments(QCommandLineParser &p, const QStringList &args)
{
    if (!p.parse(args))
        return fail(UsageError, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        out().flush();
        return Ok;
    }
    return std::nullopt;
}

int run(const QStringList &arguments)
{
    const QString usage =
        Cli::tr("Usage: headroom-cli COMMAND [options]\n\n"
                "Plans GPU memory for deep-learning workloads.\n\n"
                "Commands:\n"
                "  plan      memory, speed, cost, host RAM and storage of a plan file or preset\n"
                "  recommend rank GPU types, counts and sharding strategies that fit a plan\n"
                "  classical host RAM for a classical learner (forests, boosting, k-NN, SVM, linear)\n"
                "  presets   list built-in architectures\n"
                "  gpus      list the GPU catalog\n"
                "  import    summary of a Hugging Face config.json or ONNX file\n"
                "  compare   the scenarios of a plan file side by side\n"
                "  report    write a PDF build report of a plan file\n\n"
                "Options:\n"
                "  -h, --help     show this help (COMMAND --help for a command's options)\n"
                "  -v, --version  show the version\n"
                "  --lang LANG    language of the human-readable output: en, de or zh_CN\n"
                "                 (default: HEADROOM_LANG, else the locale; JSON is never translated)\n");
    if (arguments.size() < 2)
        return fail(UsageError, Cli::tr("no command given; try --help"));
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << usage;
        out().flush();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "headroom-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return Ok;
    }
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command; // the program name shown in a command's help
    if (command == QLatin1String("plan"))
        return commandPlan(rest);
    if (command == QLatin1String("import"))
        return commandImport(rest);
    if (command == QLatin1String("recommend"))
        return commandRecommend(rest);
    if (command == QLatin1String("classical"))
        return commandClassical(rest);
    if (command == QLatin1String("presets"))
        return commandPresets(rest);
    if (command == QLatin1String("gpus"))
        return commandGpus(rest);
    if (command == QLatin1String("compare"))
        return commandCompare(rest);
    if (command == QLatin1String("report")) {
        if (CommandFunction report = reportCommand())
            return report(rest);
        return fail(UsageError, Cli::tr("this build has no PDF report (built without the GUI)"));
    }
    return fail(UsageError, Cli::tr("unknown command \"%1\"; try --help").arg(command));
}

} // namespace headroom::cli
