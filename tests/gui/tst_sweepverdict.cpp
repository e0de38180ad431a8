// The batch-sweep tab and the verdict banner on a multi-GPU FSDP plan: both show what core
// computed with the parallel layout (the sweep used to ignore it: it started above the verdict's
// total and said "max batch 0" where the banner said 4).
#include "core/results/planevaluator.h"
#include "ui/document/plandocument.h"
#include "ui/views/sweepplot.h"
#include "ui/views/verdictbanner.h"
#include "ui/window/mainwindow.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

class TestSweepVerdict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sweepverdict"));
    }

    void sweepAndVerdictAgreeOnFsdp_data()
    {
        QTest::addColumn<int>("gpus");
        QTest::addColumn<bool>("fsdp");
        QTest::newRow("1 GPU") << 1 << false;
        QTest::newRow("2 GPUs FSDP") << 2 << true;
        QTest::newRow("4 GPUs FSDP") << 4 << true;
    }

    void sweepAndVerdictAgreeOnFsdp()
    {
        QFETCH(int, gpus);
        QFETCH(bool, fsdp);
        MainWindow w;
        w.show();
        HardwareChoice h = w.document()->plan().hardware;
        h.gpuCount = gpus;
        h.parallelism.fsdp = fsdp;
        w.document()->setHardware(h, QStringLiteral("FSDP"));
        w.resultsTabs()->setCurrentWidget(w.sweepPlot()); // the sweep redraws when shown
        const Plan &plan = w.document()->plan();
        const PlanEvaluation &e = w.document()->evaluation();
        QVERIFY(e.ok());
        QCOMPARE(e.memory.layout.gpus, gpus);
        QCOMPARE(e.memory.layout.zero, fsdp ? 3 : 0);
        const qint64 maxBatch = e.memory.maxBatch;
        QVERIFY(maxBatch >= plan.workload.microBatch);

        // The banner: the model, the GPUs and the limit.
        const QString verdict = w.verdict()->text();
        QVERIFY2(verdict.startsWith(QStringLiteral("Fits: ") + plan.architecture.name), qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("Largest micro-batch that fits: %1.").arg(maxBatch)));
        QCOMPARE(verdict.contains(QStringLiteral("%1 × NVIDIA GeForce RTX 4090").arg(gpus)), gpus > 1);

        // The sweep: the chosen GPU's line says the verdict's limit, and its curve passes
        // through the verdict's total at the plan's batch.
        const BatchSweep &s = w.sweepPlot()->sweep();
        QVERIFY(!s.references.empty());
        QVERIFY(s.references.front().chosen);
        QCOMPARE(s.references.front().maxBatch, maxBatch);
        QCustomPlot *plot = w.sweepPlot()->plot();
        QVERIFY(plot->graph(1)->name().endsWith(QStringLiteral("max batch %1").arg(maxBatch)));
        bool atPlanBatch = false;
        for (const SweepPoint &p : s.table) {
            QCOMPARE(p.fits, p.batch <= maxBatch);
            if (p.batch == plan.workload.microBatch) {
                QCOMPARE(p.total, e.memory.total);
                atPlanBatch = true;
            }
        }
        QVERIFY(atPlanBatch);
        // What is drawn: the curve's first point (batch 1) lies below the verdict's total, in
        // the plot's unit, and rises through it.
        const double unit = e.memory.total / plot->graph(plot->graphCount() - 1)->data()->at(0)->value;
        QCOMPARE(plot->graph(0)->data()->at(0)->key, 1.0);
        QVERIFY(plot->graph(0)->data()->at(0)->value * unit < e.memory.total);
        QVERIFY(plot->graph(0)->data()->at(plot->graph(0)->dataCount() - 1)->value * unit > e.memory.total);

        // Each reference GPU's limit is the plan evaluated on that GPU, same layout.
        PlanEvaluator evaluator;
        for (const SweepReference &r : s.references) {
            Plan other = plan;
            other.hardware.gpuId = r.gpu->id;
            const PlanEvaluation oe = evaluator.evaluate(other);
            QCOMPARE(r.maxBatch, oe.memory.maxBatch);
            QCOMPARE(r.visible, oe.memory.visible);
        }
    }

    // The sweep is computed once per change, while shown: an edit that arrives while the tab is
    // hidden does not compute it at all.
    void sweepFollowsEditsOnlyWhenShown()
    {
        MainWindow w;
        w.show();
        w.resultsTabs()->setCurrentWidget(w.sweepPlot());
        const qint64 before = w.sweepPlot()->sweep().references.front().maxBatch;
        w.resultsTabs()->setCurrentIndex(0);
        HardwareChoice h = w.document()->plan().hardware;
        h.gpuCount = 2;
        h.parallelism.fsdp = true;
        w.document()->setHardware(h, QStringLiteral("FSDP"));
        QCOMPARE(w.sweepPlot()->sweep().references.front().maxBatch, before); // not redrawn while hidden
        w.resultsTabs()->setCurrentWidget(w.sweepPlot());
        QCOMPARE(w.sweepPlot()->sweep().references.front().maxBatch,
                 w.document()->evaluation().memory.maxBatch);
        QVERIFY(w.document()->evaluation().memory.maxBatch > before); // FSDP shards the model states
    }
};

QTEST_MAIN(TestSweepVerdict)
#include "tst_sweepverdict.moc"
