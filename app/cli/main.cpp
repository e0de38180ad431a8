// headroom-cli: the planner on the command line, over the same core as the desktop app.
#include "clicommands.h"
#include "comparecommand.h"

#include <QCoreApplication>
#include <memory>

#ifdef HEADROOM_CLI_REPORT
#include "reportcommand.h"

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
    return headroom::cli::run(QCoreApplication::arguments());
}
