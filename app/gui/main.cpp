#include "mainwindow.h"
#include "preferences.h"
#include "selftest.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <cstring>

namespace {

// Options that never show a window must work without a display, so pick the offscreen
// platform before QApplication looks for one.
void preferOffscreenFor(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"--self-test", "--help", "-h", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
}

} // namespace

int main(int argc, char **argv)
{
    preferOffscreenFor(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    QApplication::setApplicationName(QStringLiteral("Headroom"));
    QApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    // The language chosen in Preferences, else HEADROOM_LANG, else the system locale.
    QString language = headroom::ui::Preferences::load().language;
    if (language.isEmpty())
        language = qEnvironmentVariable("HEADROOM_LANG");
    headroom::installTranslations(app, headroom::localeForLanguage(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plans the GPU memory of deep-learning training and inference."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QApplication::translate("main",
                                "Builds the window offscreen with the sample plan, checks it and exits."));
    parser.addOption(selfTest);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .headroom plan to open."),
                                 QStringLiteral("[FILE.headroom]"));
    parser.process(app);

    if (parser.isSet(selfTest)) {
        QString report;
        const int code = headroom::ui::runSelfTest(&report);
        QTextStream(code == 0 ? stdout : stderr) << report << Qt::endl;
        return code;
    }

    headroom::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    window.show();
    return app.exec();
}
