// Recommendations: only configurations under the safety margin, ranked as asked.
#include "core/hardware/recommender.h"
#include "core/presets/presets.h"

#include <QTest>

using namespace headroom;

namespace {
Plan makePlan(const char *preset, int seq, int batch, Precision precision)
{
    Plan plan;
    plan.architecture = *Presets::create(QLatin1String(preset));
    plan.workload.precision = precision;
    plan.workload.microBatch = batch;
    plan.workload.sequenceLength = seq;
    plan.workload.flashAttention = true;
    return plan;
}
} // namespace

class TestRecommender : public QObject
{
    Q_OBJECT
private slots:
    void rankedByPurchaseCost()
    {
        const Plan plan = makePlan("gpt2", 1024, 8, Precision::BF16_AMP);
        RecommendOptions o;
        QString error;
        const auto list = Recommender::recommend(plan, GpuCatalog::builtin(), o, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(list.size() > 20);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Recommendation &r = list[i];
            QVERIFY(r.perGpuBytes <= r.limitBytes);
            // The limit keeps the 15% safety margin free.
            QVERIFY(qAbs(r.limitBytes - 0.85 * (r.gpu->capacityBytes() - r.gpu->driverReserveBytes())) < 1.0);
            QCOMPARE(r.throughput.purchaseCost, r.gpuCount * r.gpu->price);
            if (r.gpuCount == 1)
                QCOMPARE(r.strategy, QStringLiteral("dp")); // nothing to shard on one GPU
            if (i > 0)
                QVERIFY(list[i - 1].throughput.purchaseCost <= r.throughput.purchaseCost);
        }
        // The cheapest card that fits comes first: the RX 7900 XTX at £790 (14.3 GiB of 24 GiB).
        // The £390 RTX 4060 Ti 16GB does not: 14.3 GiB is over 85% of its 16 GiB (an H200 run of
        // this workload peaked at 14.98 GiB, tests/data/calibration/cuda_h200.json).
        QCOMPARE(list.front().gpu->id, QStringLiteral("rx-7900-xtx"));
        QCOMPARE(list.front().gpuCount, 1);
        for (const Recommendation &r : list)
            QVERIFY(r.gpu->id != QLatin1String("rtx-4060-ti-16gb") || r.gpuCount > 1);
    }

    void rankedByTimeAndCostPerSample()
    {
        const Plan plan = makePlan("gpt2", 1024, 8, Precision::BF16_AMP);
        RecommendOptions o;
        o.rankBy = RankBy::Time;
        auto list = Recommender::recommend(plan, GpuCatalog::builtin(), o);
        QVERIFY(!list.empty());
        for (std::size_t i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1].throughput.runHours <= list[i].throughput.runHours);
        QCOMPARE(list.front().gpuCount, 8);
        o.rankBy = RankBy::CostPerSample;
        list = Recommender::recommend(plan, GpuCatalog::builtin(), o);
        for (std::size_t i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1].throughput.costPerMillionSamples <= list[i].throughput.costPerMillionSamples);
        QCOMPARE(rankByFromId(QStringLiteral("cost-per-sample")), std::optional(RankBy::CostPerSample));
    }

    void budgetAndSharding()
    {
        // Llama-2 7B in bf16 with AdamW needs 16 bytes/parameter of model states (~100 GiB):
        // only a 192 GB MI300X holds it alone; 24 GB cards need 8 of them with ZeRO-3.
        const Plan plan = makePlan("llama-2-7b", 512, 1, Precision::BF16);
        RecommendOptions o;
        o.budget = 20000;
        const auto list = Recommender::recommend(plan, GpuCatalog::builtin(), o);
        QVERIFY(!list.empty());
        bool zero3 = false;
        for (const Recommendation &r : list) {
            QVERIFY(r.throughput.purchaseCost <= 20000);
            QVERIFY(r.gpuCount > 1 || r.gpu->memoryGiB >= 100);
            if (r.gpu->memoryGiB <= 24)
                QCOMPARE(r.strategy, QStringLiteral("zero3"));
            zero3 = zero3 || r.strategy == QStringLiteral("zero3");
            QVERIFY(r.strategy != QStringLiteral("dp") || r.gpu->memoryGiB >= 100);
        }
        QVERIFY(zero3);
        QCOMPARE(Recommender::toJson(list).size(), qsizetype(list.size()));
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
