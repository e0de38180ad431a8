// The memory techniques of today's trainers (core/model/techniques.h) and PEFT's LoRA saves,
// each held against its formula: what the implementation it follows allocates, computed by hand
// for Llama-3.2-1B (hidden 2,048, 16 layers, vocabulary 128,256) at micro-batch 4 × 2,048 tokens.
#include "core/hardware/systemplanner.h"
#include "core/io/hf/hfconfigimporter.h"
#include "core/io/planfile.h"
#include "core/memory/losstemporary.h"
#include "core/memory/memorymodel.h"
#include "core/model/techniques.h"
#include "core/results/planevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace headroom;

namespace {
constexpr double kTokens = 4.0 * 2048; // micro-batch 4 × 2,048 tokens
constexpr double kVocab = 128256;
constexpr double kHidden = 2048;
constexpr double kLogits = kTokens * kVocab;

// Llama-3.2-1B, pure bf16 without a master copy (torchtune's full fine-tune), one H200.
Plan llamaPlan(Mode mode = Mode::Training)
{
    Plan plan;
    QString error;
    if (!HfConfigImporter::importFile(QStringLiteral(HEADROOM_TEST_DATA "/hf/llama-3.2-1b.json"),
                                      plan.architecture, &error))
        qFatal("%s", qPrintable(error));
    plan.workload.mode = mode;
    plan.workload.precision = Precision::BF16;
    plan.workload.masterWeights = false;
    plan.workload.microBatch = 4;
    plan.workload.sequenceLength = 2048;
    plan.workload.flashAttention = true;
    plan.hardware.gpuId = QStringLiteral("h200");
    return plan;
}

PlanEvaluation evaluate(const Plan &plan)
{
    return PlanEvaluator().evaluate(plan);
}
} // namespace

class TestTechniques : public QObject
{
    Q_OBJECT
private slots:
    void plainCrossEntropyIsTwelveBytesPerLogit()
    {
        // bf16 logits + their fp32 copy + the saved fp32 log-softmax forward; in backward that output
        // and two fp32 gradients: max(2 + 4 + 4, 3 × 4) = 12 bytes per logit, + int64 targets.
        const PlanEvaluation e = evaluate(llamaPlan());
        QVERIFY(e.ok());
        QCOMPARE(e.model.outputHeadInputFeatures, kHidden);
        QCOMPARE(e.memory.lossTemporary, kLogits * 12.0 + kTokens * 8.0);
    }

    void chunkedCrossEntropyKeepsOneChunkUpcast()
    {
        // torchtune: every chunk's bf16 logits (2) and saved fp32 log-softmax (4) stay; one chunk
        // at a time has its gradients, 2 × 4 + 2 bytes per logit, over 8 chunks.
        Plan plan = llamaPlan();
        plan.workload.techniques = TechniqueChunkedCrossEntropy;
        const PlanEvaluation e = evaluate(plan);
        QCOMPARE(e.memory.lossTemporary, kLogits * (2.0 + 4.0 + 10.0 / 8.0) + kTokens * 8.0);
        const PlanEvaluation plain = evaluate(llamaPlan());
        // It saves 4.75 bytes per logit, 4.65 GiB here (measured on an H200: 5.33 GiB less at the peak).
        QCOMPARE(plain.memory.total - e.memory.total,
                 kLogits * 4.75 * (1.0 + plan.assumptions.value(AssumptionId::AllocatorFragmentation)));
        QVERIFY(
            MemoryModel::formula(Component::Temporaries, e.memory, e.model, plan.workload, plan.assumptions)
                .contains(QStringLiteral("Chunked cross-entropy: 8 chunks")));
    }

    void fusedCrossEntropyFollowsLigersChunking()
    {
        // Liger: inc_factor = ceil(128256 / 2048) = 63, chunk = next_power_of_2(ceil(8192 / 63) = 131)
        // = 256 rows, 32 chunks. Allocated in the forward: grad_input (8192 × 2048 bf16), the head's
        // weight gradient (128256 × 2048 bf16, full fine-tune), one chunk's logits in bf16 + fp32.
        Plan plan = llamaPlan();
        plan.workload.techniques = TechniqueFusedCrossEntropy;
        const PlanEvaluation e = evaluate(plan);
        memory::LossShape l;
        l.rows = kTokens;
        l.classes = kVocab;
        l.headInput = kHidden;
        QCOMPARE(memory::fusedCrossEntropyChunks(l), 32.0);
        const double expected =
            kTokens * kHidden * 2.0 + kVocab * kHidden * 2.0 + 256.0 * kVocab * 6.0 + kTokens * 8.0;
        QCOMPARE(e.memory.lossTemporary, expected);
        // Under LoRA the head is frozen: no weight gradient.
        plan.workload.mode = Mode::FineTuning;
        plan.workload.fineTuneMethod = FineTuneMethod::LoRA;
        QCOMPARE(evaluate(plan).memory.lossTemporary, expected - kVocab * kHidden * 2.0);
    }

    void optimizerInBackwardRemovesTheStepPeak()
    {
        // A short sequence makes the optimizer step the peak: gradients (2 B) + foreach scratch (2 B)
        // per parameter. Stepping in backward removes that phase.
        Plan plan = llamaPlan();
        plan.workload.microBatch = 1;
        plan.workload.sequenceLength = 64;
        const PlanEvaluation plain = evaluate(plan);
        QVERIFY(plain.memory.optimizerStepIsPeak);
        plan.workload.techniques = TechniqueOptimizerInBackward;
        const PlanEvaluation e = evaluate(plan);
        QVERIFY(!e.memory.optimizerStepIsPeak);
        QCOMPARE(e.memory[Component::Gradients], 0.0);
        QVERIFY(e.memory.total < plain.memory.total);
        // With accumulation the gradients stay resident unless stepped in backward, which
        // torchtune refuses.
        plan.workload.gradientAccumulation = 4;
        QVERIFY(validateWorkload(plan.workload).contains(QStringLiteral("gradient accumulation 1")));
    }

    void activationOffloadKeepsTwoBlocks()
    {
        Plan plan = llamaPlan(Mode::FineTuning);
        plan.workload.fineTuneMethod = FineTuneMethod::LoRA;
        const PlanEvaluation plain = evaluate(plan);
        plan.workload.techniques = TechniqueActivationOffload;
        const PlanEvaluation e = evaluate(plan);
        const double kept = 2.0 * 4 * e.model.largestUnitPerSample;
        QCOMPARE(e.memory.activationsStored, kept);
        QCOMPARE(e.memory.hostPinnedActivations, plain.memory.activationsStored - kept);
        QCOMPARE(SystemPlanner::plan(plan, e).offloadBytes, e.memory.hostPinnedActivations);
        QVERIFY(e.memory.total < plain.memory.total);
        // On two data-parallel GPUs of one node each keeps its two blocks; the node pins both
        // GPUs' rest.
        plan.hardware.gpuCount = 2;
        const PlanEvaluation two = evaluate(plan);
        QCOMPARE(two.memory.activationsStored, kept);
        QCOMPARE(two.memory[Component::Activations], kept + two.memory.activationsRecompute);
        QCOMPARE(two.memory.hostPinnedActivations, 2 * (plain.memory.activationsStored - kept));
    }

    void loraDropoutAddsOneMaskPerAdapter()
    {
        // PEFT saves a 1-byte dropout mask per input element and adapter: q and v of 16 layers,
        // 32 adapters × 2,048 tokens × 2,048 features per sample.
        Plan plan = llamaPlan(Mode::FineTuning);
        plan.workload.fineTuneMethod = FineTuneMethod::LoRA;
        plan.workload.loraDropout = 0.0;
        const double without = evaluate(plan).model.savedPerSample;
        plan.workload.loraDropout = 0.1;
        const double with = evaluate(plan).model.savedPerSample;
        QCOMPARE(with - without, 32.0 * 2048 * 2048);
        // Each adapter also keeps its fp32 input copy and its rank-16 fp32 output: 4 + 16 × 4 / 2048
        // bytes per input element on top of a frozen base that saves nothing for its weight.
        plan.workload.loraTargets = LoraQuery;
        const double qOnly = evaluate(plan).model.savedPerSample;
        QCOMPARE(with - qOnly, 16.0 * 2048 * (2048 * (1 + 4) + 16 * 4));
    }

    void techniquesRoundTripAndBadInput()
    {
        Plan plan = llamaPlan();
        plan.workload.techniques = TechniqueChunkedCrossEntropy | TechniqueOptimizerInBackward;
        plan.workload.loraDropout = 0.1;
        const QJsonObject json = PlanFile::toJson(plan);
        QCOMPARE(json[QStringLiteral("workload")][QStringLiteral("techniques")].toArray(),
                 (QJsonArray{QStringLiteral("chunked_ce"), QStringLiteral("optimizer_in_backward")}));
        Plan back;
        QString error;
        QVERIFY2(PlanFile::fromJson(QJsonDocument(json).toJson(), back, &error), qPrintable(error));
        QCOMPARE(back.workload.techniques, plan.workload.techniques);
        QCOMPARE(back.workload.loraDropout, 0.1);

        QJsonObject bad = json;
        QJsonObject workload = bad[QStringLiteral("workload")].toObject();
        workload[QStringLiteral("techniques")] = QJsonArray{QStringLiteral("flash_loss")};
        bad[QStringLiteral("workload")] = workload;
        QVERIFY(!PlanFile::fromJson(QJsonDocument(bad).toJson(), back, &error));
        QVERIFY2(error.contains(QStringLiteral("workload.techniques")) &&
                     error.contains(QStringLiteral("flash_loss")) &&
                     error.contains(QStringLiteral("chunked_ce")),
                 qPrintable(error));

        plan.workload.techniques = TechniqueChunkedCrossEntropy | TechniqueFusedCrossEntropy;
        QVERIFY(validateWorkload(plan.workload).contains(QStringLiteral("either chunked or fused")));
        Plan inference = llamaPlan(Mode::Inference);
        inference.workload.techniques = TechniqueActivationOffload;
        QVERIFY(validateWorkload(inference.workload).contains(QStringLiteral("not to inference")));
    }
};

QTEST_GUILESS_MAIN(TestTechniques)
#include "tst_techniques.moc"
