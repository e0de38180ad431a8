#include "clicommands.h"

#include "gpucatalog.h"
#include "hfconfigimporter.h"
#include "modelcompiler.h"
#include "onnximporter.h"
#include "planevaluator.h"
#include "planfile.h"
#include "presets.h"
#include "units.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

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

int fail(int code, const QString &message)
{
    QTextStream err(stderr);
    err << "headroom-cli: " << message << Qt::endl;
    return code;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

int commandPresets(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Lists the built-in architectures with their published parameter counts."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (!p.parse(args))
        return fail(UsageError, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
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
    if (!p.parse(args))
        return fail(UsageError, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
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
          << pad(QStringLiteral("%1%").arg(share, 0, 'f', 1), 8)
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
                     .arg(b.headroomFraction * 100.0, 0, 'f', 1)
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
    if (!p.parse(args))
        return fail(UsageError, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
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
    p.setApplicationDescription(
        Cli::tr("Computes the GPU memory breakdown of a plan. Flags override the file."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("A .headroom plan file (optional with --preset)."),
                            QStringLiteral("[FILE.headroom]"));
    const QCommandLineOption preset(QStringLiteral("preset"), Cli::tr("Architecture preset (see 'presets')."),
                                    QStringLiteral("ID"));
    const QCommandLineOption gpu(QStringLiteral("gpu"), Cli::tr("GPU id (see 'gpus')."),
                                 QStringLiteral("ID"));
    const QCommandLineOption mode(QStringLiteral("mode"), Cli::tr("train, finetune or inference."),
                                  QStringLiteral("MODE"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   Cli::tr("Micro-batch size (inference: sequences)."), QStringLiteral("N"));
    const QCommandLineOption seq(QStringLiteral("seq"), Cli::tr("Sequence length in tokens."),
                                 QStringLiteral("N"));
    const QCommandLineOption image(QStringLiteral("image"), Cli::tr("Image height and width in pixels."),
                                   QStringLiteral("N"));
    const QCommandLineOption precision(
        QStringLiteral("precision"),
        Cli::tr("fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8 or int4."), QStringLiteral("P"));
    const QCommandLineOption optimizer(QStringLiteral("optimizer"),
                                       Cli::tr("sgd, momentum, adam, adamw, adam8bit, adafactor or lion."),
                                       QStringLiteral("O"));
    const QCommandLineOption checkpointing(QStringLiteral("checkpointing"),
                                           Cli::tr("none, full or selective."), QStringLiteral("C"));
    const QCommandLineOption flash(QStringLiteral("flash-attention"), Cli::tr("Use FlashAttention."));
    const QCommandLineOption context(
        QStringLiteral("context"), Cli::tr("Inference: KV-cache tokens per sequence."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption save(QStringLiteral("save"),
                                  Cli::tr("Also write the plan (with the flags applied) to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("Name the plan."), QStringLiteral("TEXT"));
    p.addOptions({preset, gpu, mode, batch, seq, image, precision, optimizer, checkpointing, flash, context,
                  json, save, name});
    const QCommandLineOption hfConfig(
        QStringLiteral("hf-config"),
        Cli::tr("Architecture from a Hugging Face config.json (precision from its torch_dtype)."),
        QStringLiteral("FILE"));
    p.addOption(hfConfig);
    if (!p.parse(args))
        return fail(UsageError, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() > 1)
        return fail(UsageError, Cli::tr("give at most one plan file"));
    if (files.isEmpty() && !p.isSet(preset) && !p.isSet(hfConfig))
        return fail(UsageError, Cli::tr("give a plan file, --preset ID or --hf-config FILE"));

    Plan plan;
    if (!files.isEmpty()) {
        QString error;
        if (!PlanFile::load(files.first(), plan, &error))
            return fail(InvalidInput, error);
    }
    if (p.isSet(preset)) {
        const auto arch = Presets::create(p.value(preset));
        if (!arch)
            return fail(
                InvalidInput,
                Cli::tr("unknown preset \"%1\"; 'headroom-cli presets' lists them").arg(p.value(preset)));
        plan.architecture = *arch;
        if (plan.name.isEmpty())
            plan.name = arch->name;
    }
    if (p.isSet(hfConfig)) {
        QString error;
        if (!applyHfConfig(p.value(hfConfig), plan, &error))
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
    if (!intOption(batch, w.microBatch, 1, 1'000'000) || !intOption(seq, w.sequenceLength, 1, 1 << 24) ||
        !intOption(image, w.imageSize, 1, 16384) || !intOption(context, w.contextLength, 1, 1 << 24))
        return InvalidInput;
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
    if (!choice(mode, &modeFromId, w.mode, "train, finetune, inference") ||
        !choice(precision, &precisionFromId, w.precision,
                "fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8, int4") ||
        !choice(optimizer, &optimizerFromId, w.optimizer,
                "sgd, momentum, adam, adamw, adam8bit, adafactor, lion") ||
        !choice(checkpointing, &checkpointingFromId, w.checkpointing, "none, full, selective"))
        return InvalidInput;
    if (p.isSet(flash))
        w.flashAttention = true;
    if (p.isSet(gpu)) {
        if (!GpuCatalog::builtin().find(p.value(gpu)))
            return fail(InvalidInput,
                        Cli::tr("unknown GPU \"%1\"; 'headroom-cli gpus' lists them").arg(p.value(gpu)));
        plan.hardware.gpuId = p.value(gpu);
    }

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
    if (p.isSet(json))
        printJson(PlanEvaluator::toJson(plan, e));
    else
        printPlan(plan, e);
    return Ok;
}

} // namespace

int run(const QStringList &arguments)
{
    const QString usage = Cli::tr("Usage: headroom-cli COMMAND [options]\n\n"
                                  "Plans GPU memory for deep-learning workloads.\n\n"
                                  "Commands:\n"
                                  "  plan      memory breakdown of a plan file or preset\n"
                                  "  presets   list built-in architectures\n"
                                  "  gpus      list the GPU catalog\n"
                                  "  import    summary of a Hugging Face config.json or ONNX file\n\n"
                                  "Options:\n"
                                  "  -h, --help     show this help (COMMAND --help for a command's options)\n"
                                  "  -v, --version  show the version\n");
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
    if (command == QLatin1String("presets"))
        return commandPresets(rest);
    if (command == QLatin1String("gpus"))
        return commandGpus(rest);
    return fail(UsageError, Cli::tr("unknown command \"%1\"; try --help").arg(command));
}

} // namespace headroom::cli
