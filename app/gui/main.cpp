#include "core/common/translations.h"
#include "core/io/planfile.h"
#include "ui/document/autosaver.h"
#include "ui/document/preferences.h"
#include "ui/window/mainwindow.h"
#include "ui/window/recoveryprompt.h"
#include "ui/window/selftest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>
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
    const QCommandLineOption recover(
        QStringLiteral("recover"),
        QApplication::translate("main", "Recovers unsaved changes left by a crash without asking."));
    const QCommandLineOption noRecover(
        QStringLiteral("no-recover"),
        QApplication::translate("main", "Does not offer to recover unsaved changes; keeps them for later."));
    parser.addOption(recover);
    parser.addOption(noRecover);
    // Test hooks for tests/gui/tst_autosave_kill (hidden, untranslated): change the batch size once
    // the event loop runs; write the open plan to a file, print its state and exit instead of
    // running the event loop.
    QCommandLineOption testEditBatch(QStringLiteral("test-edit-batch"),
                                     QStringLiteral("Test hook: sets the batch size after startup."),
                                     QStringLiteral("N"));
    QCommandLineOption testDumpPlan(QStringLiteral("test-dump-plan"),
                                    QStringLiteral("Test hook: writes the open plan to PATH and exits."),
                                    QStringLiteral("PATH"));
    testEditBatch.setFlags(QCommandLineOption::HiddenFromHelp);
    testDumpPlan.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(testEditBatch);
    parser.addOption(testDumpPlan);
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

    if (parser.isSet(recover) && parser.isSet(noRecover)) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "--recover and --no-recover exclude each other.")
                            << Qt::endl;
        return 1;
    }

    headroom::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    window.show();
    using headroom::ui::RecoveryMode;
    const RecoveryMode mode = parser.isSet(recover)     ? RecoveryMode::RecoverAll
                              : parser.isSet(noRecover) ? RecoveryMode::Skip
                                                        : RecoveryMode::Ask;
    const int recovered = headroom::ui::offerRecovery(&window, mode, headroom::ui::autosaveDirectory());

    if (parser.isSet(testDumpPlan)) {
        const headroom::ui::PlanDocument *doc = window.document();
        QString error;
        if (!headroom::PlanFile::save(parser.value(testDumpPlan), doc->plan(), &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << "recovered=" << recovered << " batch=" << doc->plan().workload.microBatch
                            << " modified=" << (doc->isModified() ? "yes" : "no")
                            << " path=" << doc->filePath() << Qt::endl;
        return 0;
    }
    if (parser.isSet(testEditBatch)) {
        const int batch = parser.value(testEditBatch).toInt();
        QTimer::singleShot(0, &window, [&window, batch] { window.document()->setMicroBatch(batch); });
    }
    return app.exec();
}
