// Speed of the what-if path (QBENCHMARK; figures recorded in the README).
#include "core/io/hf/hfconfigimporter.h"
#include "core/memory/memorymodel.h"
#include "core/presets/presets.h"
#include "core/results/planevaluator.h"
#include "testutil.h"

#include <QFile>
#include <QtTest>

using namespace headroom;

class BenchCore : public QObject
{
    Q_OBJECT
private slots:
    void fullPlanLlama2_70b()
    {
        // Everything for one plan: shape propagation, saved tensors, per-layer rows, every
        // component, and the max-batch solve.
        Plan plan;
        plan.architecture = *Presets::create(QStringLiteral("llama-2-70b"));
        plan.workload.microBatch = 1;
        plan.hardware.gpuId = QStringLiteral("h100-sxm");
        PlanEvaluator evaluator;
        PlanEvaluation e;
        evaluator.evaluate(plan, e, true);
        QVERIFY(e.ok());
        QBENCHMARK
        {
            evaluator.evaluate(plan, e, true);
        }
        QVERIFY(e.memory.total > 0);
    }

    void whatIfBatchChangeLlama2_70b()
    {
        // A batch-size edit: the compiled model is reused.
        Plan plan;
        plan.architecture = *Presets::create(QStringLiteral("llama-2-70b"));
        plan.hardware.gpuId = QStringLiteral("h100-sxm");
        PlanEvaluator evaluator;
        PlanEvaluation e;
        evaluator.evaluate(plan, e, true);
        int batch = 1;
        QBENCHMARK
        {
            plan.workload.microBatch = 1 + (batch++ % 64);
            evaluator.evaluate(plan, e, false);
        }
    }

    void importAndPlanDeepSeekV3()
    {
        // Issue #12: importing DeepSeek-V3's config.json (61 layers, 256 experts, MLA) and planning
        // it, everything included, within 1 ms; a what-if edit within 5 µs.
        QFile f(QStringLiteral(HEADROOM_TEST_DATA "/hf/deepseek-v3.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        Plan plan;
        plan.hardware.gpuId = QStringLiteral("h100-sxm");
        plan.workload.microBatch = 1;
        PlanEvaluator evaluator;
        PlanEvaluation e;
        QBENCHMARK
        {
            QVERIFY(HfConfigImporter::import(json, plan.architecture, nullptr));
            evaluator.evaluate(plan, e, true);
        }
        QVERIFY(e.ok());
        QCOMPARE(e.model.parameters, qint64(671'026'404'352));
    }

    void whatIfBatchChangeDeepSeekV3()
    {
        Plan plan;
        QVERIFY(HfConfigImporter::importFile(QStringLiteral(HEADROOM_TEST_DATA "/hf/deepseek-v3.json"),
                                             plan.architecture, nullptr));
        plan.hardware.gpuId = QStringLiteral("h100-sxm");
        PlanEvaluator evaluator;
        PlanEvaluation e;
        evaluator.evaluate(plan, e, true);
        int batch = 1;
        QBENCHMARK
        {
            plan.workload.microBatch = 1 + (batch++ % 64);
            evaluator.evaluate(plan, e, false);
        }
    }

    void batchSweep1To4096()
    {
        Workload w;
        const CompiledModel m =
            test::compileFp32(*Presets::create(QStringLiteral("llama-2-70b")), Precision::BF16_AMP);
        const Assumptions a;
        double sink = 0;
        QBENCHMARK
        {
            for (int b = 1; b <= 4096; ++b)
                sink += MemoryModel::totalAt(m, w, a, b);
        }
        QVERIFY(sink > 0);
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
