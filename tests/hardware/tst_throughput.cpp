// Speed and cost, checked by hand: FLOPs per step, peak by precision, ring all-reduce over the
// right link, pipeline bubble, scaling efficiency, energy and cost of a run.
#include "../core/testutil.h"
#include "core/hardware/throughputmodel.h"
#include "core/presets/presets.h"

#include <QTest>

using namespace headroom;

namespace {
bool near(double a, double b, double rel = 1e-9)
{
    return qAbs(a - b) <= rel * qMax(qAbs(a), qAbs(b));
}
} // namespace

class TestThroughput : public QObject
{
    Q_OBJECT
private slots:
    void forwardFlopsAreTwoPerParameterPerToken()
    {
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(test::gpt2Plan(QStringLiteral("rtx-4090"), 1));
        QVERIFY(e.ok());
        // 2·P·tokens (the tied LM head does the embedding's matmul; position embeddings do none)
        // plus attention's QKᵀ and AV, 4·s²·h per layer (Kaplan et al. 2020, table 1).
        const double s = 1024, h = 768, L = 12;
        const double P = double(e.model.parameters) - 1024 * 768;
        const double expected = 2 * P * s + 4 * s * s * h * L;
        QVERIFY2(qAbs(e.model.forwardFlopsPerSample / expected - 1) < 0.01,
                 qPrintable(QString::number(e.model.forwardFlopsPerSample / expected)));
    }

    void singleGpuStep()
    {
        const Plan plan = test::gpt2Plan(QStringLiteral("rtx-4090"), 1);
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        const ThroughputEstimate t = ThroughputModel::estimate(plan, e);
        QVERIFY(t.valid);
        QCOMPARE(t.peakColumn, QStringLiteral("bf16"));
        QCOMPARE(t.peakTflops, 165.2);
        QCOMPARE(t.mfu, 0.4);
        const double F = e.model.forwardFlopsPerSample;
        QCOMPARE(t.flopsPerSample, 3 * F);
        const double step = 8 * 3 * F / (165.2e12 * 0.4);
        QVERIFY(near(t.stepSeconds, step));
        QVERIFY(near(t.samplesPerSecond, 8 / step));
        QVERIFY(near(t.tokensPerSecond, 8 / step * 1024));
        QCOMPARE(t.allReduceSeconds, 0.0);
        QVERIFY(near(t.scalingEfficiency, 1.0));
        QCOMPARE(t.ruleOfThumbEfficiency8, 0.85);

        // Full recomputation replays the forward: 4 forwards per sample.
        Plan full = plan;
        full.workload.checkpointing = Checkpointing::Full;
        const ThroughputEstimate tf = ThroughputModel::estimate(full, ev.evaluate(full));
        QCOMPARE(tf.flopsPerSample, 4 * F);
    }

    void allReduceOverPcieAndNvlink()
    {
        PlanEvaluator ev;
        // Two RTX 4090s: no NVLink, PCIe 4.0 x16 = 16 GT/s × 128/130 / 8 × 16 = 31.5 GB/s.
        const Plan two = test::gpt2Plan(QStringLiteral("rtx-4090"), 2);
        const PlanEvaluation e = ev.evaluate(two);
        const ThroughputEstimate t = ThroughputModel::estimate(two, e);
        QCOMPARE(t.link.kind, Link::Kind::Pcie);
        QVERIFY(near(t.link.gbPerSecond, 16 * 1.969));
        const double gradBytes = double(e.model.trainableParameters) * 4; // fp32 gradients under AMP
        QCOMPARE(t.gradientBytes, gradBytes);
        // Ring all-reduce: 2(N-1)/N × bytes / bandwidth.
        QVERIFY(near(t.allReduceSeconds, 2.0 * 1 / 2 * gradBytes / (16 * 1.969e9)));
        const double compute = 16 * 3 * e.model.forwardFlopsPerSample / (2 * 165.2e12 * 0.4);
        QVERIFY(near(t.stepSeconds, compute + t.allReduceSeconds));
        QVERIFY(near(t.scalingEfficiency, compute / (compute + t.allReduceSeconds)));
        QVERIFY(t.scalingEfficiency < 1 && t.scalingEfficiency > 0.5);

        // Eight A100 SXM on NVSwitch: 600 GB/s bidirectional = 300 GB/s per direction.
        const Plan eight = test::gpt2Plan(QStringLiteral("a100-80gb-sxm"), 8);
        const ThroughputEstimate t8 = ThroughputModel::estimate(eight, ev.evaluate(eight));
        QCOMPARE(t8.link.kind, Link::Kind::NvLink);
        QCOMPARE(t8.link.gbPerSecond, 300.0);
        QVERIFY(near(t8.allReduceSeconds, 2.0 * 7 / 8 * gradBytes / 300e9));
        QVERIFY(t8.scalingEfficiency > t.scalingEfficiency);

        // Two nodes of 8: the network assumption (12.5 GB/s) bounds the ring.
        Plan sixteen = test::gpt2Plan(QStringLiteral("a100-80gb-sxm"), 16);
        sixteen.hardware.parallelism.nodes = 2;
        const ThroughputEstimate t16 = ThroughputModel::estimate(sixteen, ev.evaluate(sixteen));
        QCOMPARE(t16.link.kind, Link::Kind::Network);
        QVERIFY(near(t16.allReduceSeconds, 2.0 * 15 / 16 * gradBytes / 12.5e9));

        // ZeRO-3's reduce-scatter + all-gathers move 1.5x the data (ZeRO paper, section 7).
        Plan z3 = eight;
        z3.hardware.parallelism.zeroStage = 3;
        QVERIFY(
            near(ThroughputModel::estimate(z3, ev.evaluate(z3)).allReduceSeconds, 1.5 * t8.allReduceSeconds));

        // Four PCIe A100s: NVLink bridges join pairs only, so the ring runs over PCIe.
        const Plan pcie4 = test::gpt2Plan(QStringLiteral("a100-80gb-pcie"), 4);
        QCOMPARE(ThroughputModel::estimate(pcie4, ev.evaluate(pcie4)).link.kind, Link::Kind::Pcie);
    }

    void pipelineBubble()
    {
        Plan plan = test::gpt2Plan(QStringLiteral("a100-80gb-sxm"), 4);
        plan.hardware.parallelism.pipelineParallel = 4;
        plan.workload.gradientAccumulation = 8;
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        QVERIFY2(e.ok(), qPrintable(e.error));
        const ThroughputEstimate t = ThroughputModel::estimate(plan, e);
        QCOMPARE(t.bubbleFraction, 3.0 / 11.0); // (p - 1) / (m + p - 1)
        QCOMPARE(t.globalBatch, 8.0 * 8 * 1);   // micro-batch × m × dp
        QVERIFY(near(t.stepSeconds, t.computeSeconds * 11.0 / 8.0));
    }

    void tensorParallelCommunication()
    {
        // GPT-2 on 2 A100 SXM with TP 2: per layer one all-reduce of the attention output and one
        // of the MLP output (s × h each) in the forward and again in the backward, bf16 under
        // autocast, ring volume 2(t-1)/t, over NVLink at 300 GB/s per direction.
        Plan plan = test::gpt2Plan(QStringLiteral("a100-80gb-sxm"), 2);
        plan.hardware.parallelism.tensorParallel = 2;
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.model.tensorParallelCommElementsPerSample, 12.0 * 2 * 1024 * 768);
        const ThroughputEstimate t = ThroughputModel::estimate(plan, e);
        QCOMPARE(t.tensorParallelLink.kind, Link::Kind::NvLink);
        const double volume = 2 * 12.0 * 2 * 1024 * 768 * 8 * 2 * (2.0 * 1 / 2);
        QVERIFY(near(t.tensorParallelSeconds, volume / 300e9));
        QCOMPARE(t.allReduceSeconds, 0.0); // DP 1: no gradient all-reduce
        QVERIFY(near(t.stepSeconds, t.computeSeconds + t.tensorParallelSeconds));
    }

    void peakByPrecision()
    {
        const GpuSpec &v100 = *GpuCatalog::builtin().find(QStringLiteral("v100-32gb"));
        QString column;
        QCOMPARE(ThroughputModel::peakTflops(v100, Precision::BF16_AMP, &column),
                 v100.fp32Tflops); // no bf16 units
        QCOMPARE(column, QStringLiteral("fp32"));
        QCOMPARE(ThroughputModel::peakTflops(v100, Precision::FP16_AMP, &column), 125.0);
        const GpuSpec &h100 = *GpuCatalog::builtin().find(QStringLiteral("h100-sxm"));
        QCOMPARE(ThroughputModel::peakTflops(h100, Precision::FP8, &column), 1979.0);
        QCOMPARE(ThroughputModel::peakTflops(h100, Precision::TF32, &column), 494.5);
        QCOMPARE(ThroughputModel::peakTflops(h100, Precision::FP32, &column), 67.0);
    }

    void runTimeEnergyAndCost()
    {
        Plan plan = test::gpt2Plan(QStringLiteral("rtx-4090"), 2);
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        RunLength run;
        run.tokens = 1e9; // = 1e9 / 1024 samples
        const ThroughputEstimate t = ThroughputModel::estimate(plan, e, run);
        QVERIFY(near(t.runSamples, 1e9 / 1024));
        QVERIFY(near(t.runHours, t.runSamples / t.samplesPerSecond / 3600));
        QVERIFY(near(t.gpuHours, 2 * t.runHours));
        // Energy: (2 × 450 W × 0.8 + 250 W) × hours; at £0.25/kWh.
        QVERIFY(near(t.energyKWh, (2 * 450 * 0.8 + 250) * t.runHours / 1000));
        QVERIFY(near(t.energyCost, t.energyKWh * 0.25));
        // Owned: £1,260 spread over 3 years of hours.
        QVERIFY(!t.rented);
        QVERIFY(near(t.hourlyPerGpu, 1260.0 / (3 * 365.25 * 24)));
        QVERIFY(near(t.runCost, t.gpuHours * t.hourlyPerGpu + t.energyCost));
        QCOMPARE(t.purchaseCost, 2 * 1260.0);
        QVERIFY(near(t.costPerMillionSamples, t.runCost / t.runSamples * 1e6));
        QCOMPARE(t.currency, QStringLiteral("GBP"));

        // Rented at £2 per GPU-hour: energy is in the price.
        plan.assumptions.set(AssumptionId::RentalPricePerGpuHour, 2.0);
        const ThroughputEstimate r = ThroughputModel::estimate(plan, e, run);
        QVERIFY(r.rented);
        QVERIFY(near(r.runCost, r.gpuHours * 2.0));

        // MFU is an editable assumption: halving it doubles the compute time.
        Plan slow = test::gpt2Plan(QStringLiteral("rtx-4090"), 1);
        const ThroughputEstimate base = ThroughputModel::estimate(slow, ev.evaluate(slow));
        slow.assumptions.set(AssumptionId::ModelFlopsUtilisation, 0.2);
        QVERIFY(near(ThroughputModel::estimate(slow, ev.evaluate(slow)).stepSeconds, 2 * base.stepSeconds));
    }
};

QTEST_GUILESS_MAIN(TestThroughput)
#include "tst_throughput.moc"
