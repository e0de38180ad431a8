// The Comparison tab and the scenario actions: pin (undoable), from recommendations, rename,
// remove, baseline, best-value highlighting, and File → Export PDF report.
#include "ui/views/comparisonmodel.h"
#include "ui/views/comparisonview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/scenarioactions.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

class TestComparisonUi : public QObject
{
    Q_OBJECT
private slots:
    void pinCompareUndo()
    {
        MainWindow w;
        w.show();
        PlanDocument *doc = w.document();
        ComparisonView *view = w.comparisonView();
        w.resultsTabs()->setCurrentWidget(view);
        QCOMPARE(view->model()->columnCount(), 0);

        HardwareChoice h = doc->plan().hardware;
        h.gpuId = QStringLiteral("rtx-4090");
        h.gpuCount = 1;
        doc->setHardware(h, QStringLiteral("GPU"));
        ScenarioActions::pin(doc, QStringLiteral("4090"));
        h.gpuId = QStringLiteral("a100-80gb-pcie");
        doc->setHardware(h, QStringLiteral("GPU"));
        ScenarioActions::pin(doc, QStringLiteral("A100"));
        QCOMPARE(doc->plan().scenarios.size(), size_t(2));
        QCOMPARE(view->model()->columnCount(), 2);
        QVERIFY(view->model()->rowCount() > 10);
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("1: 4090 (baseline)"));

        // The cheaper GPU is the best hardware cost, shaded and bold.
        const Comparison &c = view->model()->comparison();
        int costRow = -1;
        for (int r = 0; r < int(c.rows.size()); ++r)
            if (c.rows[size_t(r)].id == QLatin1String("hardware_cost"))
                costRow = r;
        QVERIFY(costRow >= 0);
        QVERIFY(view->model()->data(view->model()->index(costRow, 0), Qt::UserRole).toBool());
        QVERIFY(view->model()->data(view->model()->index(costRow, 0), Qt::BackgroundRole).isValid());
        QVERIFY(!view->model()->data(view->model()->index(costRow, 1), Qt::UserRole).toBool());
        QVERIFY(view->model()->data(view->model()->index(costRow, 1)).toString().contains(QLatin1Char('+')));

        // Baseline switch.
        view->model()->setBaseline(1);
        QCOMPARE(view->model()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("2: A100 (baseline)"));
        QVERIFY(
            view->model()->data(view->model()->index(costRow, 0)).toString().contains(QStringLiteral("−")));

        // Charts: one graph per scenario plus its rule-of-thumb line, and the dashed key.
        QCOMPARE(view->scalingPlot()->graphCount(), 5);
        QCOMPARE(view->scalingPlot()->graph(0)->dataCount(), 4);

        view->renameScenario(0, QStringLiteral("Consumer"));
        QCOMPARE(doc->plan().scenarios[0].name, QStringLiteral("Consumer"));
        doc->undoStack()->undo();
        QCOMPARE(doc->plan().scenarios[0].name, QStringLiteral("4090"));
        view->removeScenario(1);
        QCOMPARE(doc->plan().scenarios.size(), size_t(1));
        QCOMPARE(view->model()->columnCount(), 0);
        doc->undoStack()->undo();
        QCOMPARE(view->model()->columnCount(), 2);
        doc->undoStack()->undo(); // the second pin
        QCOMPARE(doc->plan().scenarios.size(), size_t(1));
    }

    // HEADROOM_SCREENSHOT=path.png saves the Comparison tab with three scenarios (README image).
    void screenshot()
    {
        const QString path = qEnvironmentVariable("HEADROOM_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set HEADROOM_SCREENSHOT to save a screenshot");
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        PlanDocument *doc = w.document();
        HardwareChoice h = doc->plan().hardware;
        const char *gpus[] = {"rtx-4090", "rtx-3090", "a100-80gb-pcie"};
        for (int i = 0; i < 3; ++i) {
            h.gpuId = QLatin1String(gpus[i]);
            h.gpuCount = i == 1 ? 2 : 1;
            doc->setHardware(h, QStringLiteral("GPU"));
            ScenarioActions::pin(doc, ScenarioActions::defaultName(doc->plan()));
        }
        w.resultsTabs()->setCurrentWidget(w.comparisonView());
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);
        QVERIFY(w.grab().save(path));
    }

    void fromRecommendationsAndExport()
    {
        MainWindow w;
        PlanDocument *doc = w.document();
        QString error;
        QCOMPARE(ScenarioActions::pinRecommendations(doc, 3, &error), 3);
        QCOMPARE(doc->plan().scenarios.size(), size_t(3));
        doc->undoStack()->undo();
        QVERIFY(doc->plan().scenarios.empty());
        doc->undoStack()->redo();

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(w.exportReport(pdf, QPageSize::A4));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestComparisonUi)
#include "tst_comparisonui.moc"
