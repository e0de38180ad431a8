// `headroom-cli launch`: the launch configurations that run a training plan as planned.
#include "app/cli/clicommands.h"

#include "app/cli/planoptions.h"
#include "core/results/launchconfig.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace headroom::cli {

int commandLaunch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Prints the launch configurations that run a training plan as planned: DeepSpeed's "
                "ds_config.json, torchrun and accelerate lines, Trainer arguments and torchtune overrides."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("A .headroom plan file (optional with --preset)."),
                            QStringLiteral("[FILE.headroom]"));
    const PlanOptions o;
    o.addTo(p);
    const QCommandLineOption format(
        QStringLiteral("format"),
        Cli::tr("Only one of them: deepspeed (the ds_config.json itself), torchrun, accelerate, trainer or "
                "torchtune."),
        QStringLiteral("WHICH"));
    p.addOption(format);
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    PlanSetup setup;
    if (const int rc = buildPlan(p, o, true, setup); rc != Ok)
        return rc;
    const LaunchConfigs c = LaunchConfigs::of(setup.plan);
    if (p.isSet(o.json)) {
        printJson(c.toJson());
        return Ok;
    }
    QTextStream &s = out();
    if (!c.training) {
        for (const QString &note : c.notes)
            s << note << '\n';
        s.flush();
        return Ok;
    }
    const QString deepspeed =
        QString::fromUtf8(QJsonDocument(c.deepspeedConfig).toJson(QJsonDocument::Indented));
    const std::pair<const char *, QString> parts[] = {{"deepspeed", deepspeed},
                                                      {"torchrun", c.torchrun},
                                                      {"accelerate", c.accelerate},
                                                      {"trainer", c.trainerArguments},
                                                      {"torchtune", c.torchtune}};
    if (p.isSet(format)) {
        for (const auto &[id, text] : parts)
            if (p.value(format) == QLatin1String(id)) {
                s << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
                s.flush();
                return Ok;
            }
        return fail(UsageError,
                    Cli::tr("--format: \"%1\" is not one of deepspeed, torchrun, accelerate, trainer, "
                            "torchtune")
                        .arg(p.value(format)));
    }
    s << Cli::tr("ds_config.json (DeepSpeed):") << '\n' << deepspeed;
    s << Cli::tr("torchrun:   %1").arg(c.torchrun) << '\n';
    s << Cli::tr("accelerate: %1").arg(c.accelerate) << '\n';
    s << Cli::tr("Trainer:    %1").arg(c.trainerArguments) << '\n';
    s << Cli::tr("torchtune:  %1").arg(c.torchtune) << '\n';
    for (const QString &note : c.notes)
        s << Cli::tr("Note:       %1").arg(note) << '\n';
    s.flush();
    return Ok;
}

} // namespace headroom::cli
