#include "ui/window/selftest.h"

#include "ui/views/verdictbanner.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTabWidget>

namespace headroom::ui {

int runSelfTest(QString *report)
{
    MainWindow window;
    window.show();
    QApplication::processEvents();
    const PlanEvaluation &e = window.document()->evaluation();
    QStringList problems;
    if (!e.ok())
        problems << QStringLiteral("sample plan does not evaluate: ") + e.error;
    if (e.memory.total <= 0)
        problems << QStringLiteral("sample plan has no memory total");
    for (int i = 0; i < window.resultsTabs()->count(); ++i) {
        window.resultsTabs()->setCurrentIndex(i);
        QApplication::processEvents();
        if (window.grab().isNull())
            problems << QStringLiteral("grab of results tab %1 is empty").arg(i);
    }
    if (window.verdict()->text().isEmpty())
        problems << QStringLiteral("verdict is empty");
    window.document()->setMicroBatch(window.document()->plan().workload.microBatch + 1);
    window.document()->undoStack()->undo();
    *report = problems.isEmpty() ? QStringLiteral("self-test passed: %1, total %2, fits %3")
                                       .arg(window.document()->plan().name, formatBytes(e.memory.total))
                                       .arg(e.memory.fits ? QStringLiteral("yes") : QStringLiteral("no"))
                                 : problems.join(QLatin1Char('\n'));
    window.document()->undoStack()->setClean(); // nothing to save on close
    window.close();
    return problems.isEmpty() ? 0 : 1;
}

} // namespace headroom::ui
