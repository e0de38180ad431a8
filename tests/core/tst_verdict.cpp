// The verdict's warnings: combinations that evaluate but make no sense, headroom under the safety
// margin, and defaulted inputs, each said once in core for the window, the report and the CLI.
#include "core/presets/presets.h"
#include "core/results/planevaluator.h"
#include "core/results/verdict.h"

#include <QtTest>

using namespace headroom;

namespace {
Plan presetPlan(const QString &preset, Mode mode)
{
    Plan plan;
    plan.architecture = *Presets::create(preset);
    plan.workload.mode = mode;
    plan.workload.microBatch = 1;
    plan.workload.sequenceLength = plan.architecture.input.type == InputSpec::Type::Tokens ? 1024 : 0;
    plan.hardware.gpuId = QStringLiteral("rtx-4090");
    return plan;
}

Verdict verdictOf(const Plan &plan)
{
    return Verdict::of(plan, PlanEvaluator().evaluate(plan));
}

bool hasWarning(const Verdict &v, const char *part)
{
    for (const QString &w : v.warnings)
        if (w.contains(QLatin1String(part)))
            return true;
    return false;
}
} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT
private slots:
    void loraOnACnnTrainsNothing()
    {
        // ResNet-18 has no attention or MLP projection: PEFT's q,v targets find nothing.
        const Verdict v = verdictOf(presetPlan(QStringLiteral("resnet18"), Mode::FineTuning));
        QVERIFY(v.fits());
        QVERIFY(hasWarning(v, "0 trainable parameters"));
        // Full fine-tuning of the same model is fine.
        Plan full = presetPlan(QStringLiteral("resnet18"), Mode::FineTuning);
        full.workload.fineTuneMethod = FineTuneMethod::Full;
        QVERIFY(verdictOf(full).warnings.isEmpty());
    }

    void anEmptyModelIsNotAFit()
    {
        Plan plan = presetPlan(QStringLiteral("resnet18"), Mode::Training);
        plan.architecture.root.children.clear();
        QVERIFY(hasWarning(verdictOf(plan), "no parameters"));
    }

    void shardingTrainingStateInInferenceIsRefused()
    {
        // ZeRO/FSDP/offload shard training state: an inference plan refuses them by name rather than
        // describing a sharding its numbers do not apply.
        Plan plan = presetPlan(QStringLiteral("gpt2"), Mode::Inference);
        QVERIFY(verdictOf(plan).warnings.isEmpty());
        plan.hardware.gpuCount = 2;
        plan.hardware.parallelism.zeroStage = 3;
        const PlanEvaluation e = PlanEvaluator().evaluate(plan);
        QVERIFY(!e.ok());
        QVERIFY2(e.error.contains(QStringLiteral("ZeRO")) && e.error.contains(QStringLiteral("tensor")),
                 qPrintable(e.error));
        plan.hardware.parallelism.zeroStage = 0;
        plan.hardware.parallelism.offload = CpuOffload::Optimizer;
        QVERIFY(!PlanEvaluator().evaluate(plan).ok());
        plan.hardware.parallelism.offload = CpuOffload::None;
        plan.hardware.parallelism.tensorParallel = 2;
        QVERIFY(PlanEvaluator().evaluate(plan).ok());
    }

    void headroomUnderTheSafetyMarginIsAWarning()
    {
        // GPT-2 training grows about linearly with the batch: find the largest batch that fits and
        // check that its headroom, under 15%, is said.
        Plan plan = presetPlan(QStringLiteral("gpt2"), Mode::Training);
        plan.workload.microBatch = int(PlanEvaluator().evaluate(plan).memory.maxBatch);
        const Verdict v = verdictOf(plan);
        QVERIFY(v.fits());
        QVERIFY(v.headroomFraction < 0.15);
        QVERIFY(hasWarning(v, "safety margin"));
        plan.workload.microBatch = 1;
        QVERIFY(!hasWarning(verdictOf(plan), "safety margin"));
    }

    void aDefaultedSequenceSaysWhatItBecame()
    {
        Plan plan = presetPlan(QStringLiteral("gpt2"), Mode::Training);
        plan.workload.sequenceLength = 0;
        QVERIFY(hasWarning(verdictOf(plan), "the model's default, 1,024 tokens"));
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
