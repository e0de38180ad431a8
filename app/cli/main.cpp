// headroom-cli: the planner on the command line, over the same core as the desktop app.
#include "clicommands.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    headroom::installTranslations(app, headroom::localeForLanguage(language));
    return headroom::cli::run(args);
}
