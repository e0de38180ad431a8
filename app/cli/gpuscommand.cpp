// `headroom-cli gpus`: the GPU catalog.
#include "app/cli/clicommands.h"

#include "core/hardware/gpucatalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace headroom::cli {

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

} // namespace headroom::cli
