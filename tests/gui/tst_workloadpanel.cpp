// The Workload panel's runtime profile and memory techniques: choosing a profile sets its
// framework's defaults in the workload and the assumptions as one undo step; each technique is a
// checkbox that edits the plan's flags.
#include "core/model/runtimeprofile.h"
#include "core/model/techniques.h"
#include "ui/panels/workloadpanel.h"
#include "ui/window/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>
#include <QUndoStack>

using namespace headroom;
using namespace headroom::ui;

class TestWorkloadPanel : public QObject
{
    Q_OBJECT
private slots:
    void profileIsOneUndoStep()
    {
        MainWindow w;
        PlanDocument *doc = w.document();
        Plan plan = MainWindow::samplePlan();
        plan.workload.fineTuneMethod = FineTuneMethod::Full;
        doc->reset(plan);
        const Plan before = doc->plan();
        auto *combo = w.workloadPanel()->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(RuntimeProfile::PyTorch2));
        combo->setCurrentIndex(combo->findData(int(RuntimeProfile::Torchtune)));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(doc->plan().workload.runtimeProfile, RuntimeProfile::Torchtune);
        QCOMPARE(doc->plan().workload.techniques, unsigned(TechniqueChunkedCrossEntropy));
        QCOMPARE(doc->plan().assumptions.value(AssumptionId::OptimizerStepTemporary), 0.0);
        QVERIFY(combo->toolTip().contains(QStringLiteral("CEWithChunkedOutputLoss")));
        // The technique checkbox follows the profile.
        QCheckBox *chunked = nullptr;
        for (QCheckBox *box : w.workloadPanel()->findChildren<QCheckBox *>())
            if (box->text() == techniqueLabel(TechniqueChunkedCrossEntropy))
                chunked = box;
        QVERIFY(chunked);
        QVERIFY(chunked->isChecked());
        doc->undoStack()->undo();
        QVERIFY(doc->plan() == before);
        QVERIFY(!chunked->isChecked());
        QCOMPARE(combo->currentData().toInt(), int(RuntimeProfile::PyTorch2));
    }

    void techniqueCheckboxEditsThePlan()
    {
        MainWindow w;
        PlanDocument *doc = w.document();
        doc->reset(MainWindow::samplePlan());
        QCheckBox *offload = nullptr;
        for (QCheckBox *box : w.workloadPanel()->findChildren<QCheckBox *>())
            if (box->text() == techniqueLabel(TechniqueActivationOffload))
                offload = box;
        QVERIFY(offload);
        offload->setChecked(true);
        QVERIFY(doc->plan().workload.techniques & TechniqueActivationOffload);
        doc->undoStack()->undo();
        QCOMPARE(doc->plan().workload.techniques, 0u);
    }

    // With HEADROOM_SCREENSHOT_DIR set: the window with the torchtune profile chosen, to look at.
    void screenshot()
    {
        const QString shots = qEnvironmentVariable("HEADROOM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("HEADROOM_SCREENSHOT_DIR not set");
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Plan plan = MainWindow::samplePlan();
        applyRuntimeProfile(RuntimeProfile::Torchtune, plan.workload, plan.assumptions);
        plan.workload.masterWeights = true;
        w.document()->reset(plan);
        QTest::qWait(100);
        QVERIFY(w.grab().save(shots + QStringLiteral("/workload-profile.png")));
    }
};

QTEST_MAIN(TestWorkloadPanel)
#include "tst_workloadpanel.moc"
