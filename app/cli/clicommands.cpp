// The command table and the dispatcher: `headroom-cli COMMAND [options]`.
#include "app/cli/clicommands.h"

namespace headroom::cli {

namespace {
CommandFunction g_report = nullptr;

int runReport(const QStringList &args)
{
    if (g_report)
        return g_report(args);
    return fail(UsageError, Cli::tr("this build has no PDF report (built without the GUI)"));
}

void printUsage()
{
    QTextStream &o = out();
    o << Cli::tr("Usage: headroom-cli COMMAND [options]") << "\n\n"
      << Cli::tr("Plans GPU memory for deep-learning workloads.") << "\n\n"
      << Cli::tr("Commands:") << '\n';
    for (const Command &c : commands())
        o << "  " << pad(QLatin1String(c.name), 10) << Cli::tr(c.summary) << '\n';
    o << '\n'
      << Cli::tr("Options:") << '\n'
      << "  " << pad(QStringLiteral("-h, --help"), 15)
      << Cli::tr("show this help (COMMAND --help for a command's options)") << '\n'
      << "  " << pad(QStringLiteral("-v, --version"), 15) << Cli::tr("show the version") << '\n'
      << "  " << pad(QStringLiteral("--lang LANG"), 15)
      << Cli::tr("language of the human-readable output: en, de or zh_CN") << '\n'
      << "  " << pad(QString(), 15)
      << Cli::tr("(default: HEADROOM_LANG, else the locale; JSON is never translated)") << '\n';
}
} // namespace

const std::vector<Command> &commands()
{
    static const std::vector<Command> table{
        {"plan",
         QT_TRANSLATE_NOOP("Cli", "memory, speed, cost, host RAM and storage of a plan file or preset"),
         &commandPlan},
        {"recommend",
         QT_TRANSLATE_NOOP("Cli", "rank GPU types, counts and sharding strategies that fit a plan"),
         &commandRecommend},
        {"classical",
         QT_TRANSLATE_NOOP("Cli", "host RAM for a classical learner (forests, boosting, k-NN, SVM, linear)"),
         &commandClassical},
        {"presets", QT_TRANSLATE_NOOP("Cli", "list built-in architectures"), &commandPresets},
        {"gpus", QT_TRANSLATE_NOOP("Cli", "list the GPU catalog"), &commandGpus},
        {"import", QT_TRANSLATE_NOOP("Cli", "summary of a Hugging Face config.json or ONNX file"),
         &commandImport},
        {"compare", QT_TRANSLATE_NOOP("Cli", "the scenarios of a plan file side by side"), &commandCompare},
        {"launch",
         QT_TRANSLATE_NOOP("Cli", "ds_config.json, torchrun, accelerate and torchtune lines for a plan"),
         &commandLaunch},
        {"report", QT_TRANSLATE_NOOP("Cli", "write a PDF build report of a plan file"), &runReport},
    };
    return table;
}

void setReportCommand(CommandFunction f)
{
    g_report = f;
}

CommandFunction reportCommand()
{
    return g_report;
}

int run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return fail(UsageError, Cli::tr("no command given; try --help"));
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage();
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
    for (const Command &c : commands())
        if (command == QLatin1String(c.name)) {
            const int code = c.function(rest);
            out().flush();
            return code;
        }
    return fail(UsageError, Cli::tr("unknown command \"%1\"; try --help").arg(command));
}

} // namespace headroom::cli
