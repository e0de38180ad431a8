// headroom-cli: the planner on the command line, over the same core as the desktop app.
#include "app/cli/clicommands.h"
#include "core/common/translations.h"

#include <QCoreApplication>
#include <memory>

#ifdef HEADROOM_CLI_REPORT
#include "app/cli/reportcommand.h"

#include <QGuiApplication>
#endif

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef HEADROOM_CLI_REPORT
    headroom::cli::setReportCommand(&headroom::cli::commandReport);
    // Only `report` draws (fonts need Qt Gui); it needs no display.
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("headroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));

    // --lang LANG / --lang=LANG (any position) beats HEADROOM_LANG, which beats the locale.
    QStringList args = QCoreApplication::arguments();
    QString language = qEnvironmentVariable("HEADROOM_LANG");
    for (int i = 1; i < args.size();) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(QLatin1String("--lang="))) {
            language = args.at(i).mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    // JSON is for programs: its keys, names and formulas stay English whatever the locale.
    if (args.contains(QLatin1String("--json")))
        language = QStringLiteral("en");
    headroom::installTranslations(*app, headroom::localeForLanguage(language));
    return headroom::cli::run(args);
}
