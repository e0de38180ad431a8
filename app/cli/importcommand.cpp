// `headroom-cli import FILE`: a Hugging Face config.json or ONNX file summarised.
#include "app/cli/clicommands.h"

#include "core/common/units.h"
#include "core/io/hf/hfconfigimporter.h"
#include "core/io/onnx/onnximporter.h"
#include "core/simulate/modelcompiler.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace headroom::cli {

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

} // namespace headroom::cli
