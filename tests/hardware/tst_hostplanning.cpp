// Host RAM, CPU, PSU and PCIe lanes; storage and its cost; classical ML host RAM. Every number
// is worked out by hand from the formulas' comments.
#include "core/hardware/classicalml.h"
#include "core/hardware/storageplanner.h"
#include "core/hardware/systemplanner.h"
#include "core/presets/presets.h"

#include <QTest>

using namespace headroom;

namespace {
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
bool near(double a, double b, double rel = 1e-9)
{
    return qAbs(a - b) <= rel * qMax(qAbs(a), qAbs(b));
}
Plan gpt2Plan(int gpus)
{
    Plan plan;
    plan.architecture = *Presets::create(QStringLiteral("gpt2"));
    plan.workload.precision = Precision::BF16_AMP;
    plan.workload.microBatch = 8;
    plan.workload.sequenceLength = 1024;
    plan.hardware.gpuId = QStringLiteral("rtx-4090");
    plan.hardware.gpuCount = gpus;
    return plan;
}
} // namespace

class TestHostPlanning : public QObject
{
    Q_OBJECT
private slots:
    void hostRamForTwoGpus()
    {
        const Plan plan = gpt2Plan(2);
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        QVERIFY(e.ok());
        const SystemPlan s = SystemPlanner::plan(plan, e);
        const double P = double(e.model.parameters);
        QCOMPARE(s.gpusPerNode, 2);
        // Rule of thumb on the largest single GPU, not the sum: 1.25 × 24 GiB = 30 GiB.
        QCOMPARE(s.ruleOfThumbBytes, 30 * GiB);
        // Each of the 2 processes loads the AMP (fp32) weights: P × 4 × 2.
        QCOMPARE(s.checkpointLoadBytes, P * 4 * 2);
        // A batch is 8 samples × 1024 int64 ids = 65,536 bytes; 2 GPUs × 4 workers × (2 batches + 0.5 GiB).
        QCOMPARE(SystemPlanner::sampleBytes(e.model), 8192.0);
        QCOMPARE(s.dataLoaderBytes, 2 * 4 * (2 * 65536 + 0.5 * GiB));
        QCOMPARE(s.pinnedBytes, 2 * 2 * 65536.0);
        QCOMPARE(s.processBytes, 2 * 3 * GiB);
        QCOMPARE(s.offloadBytes, 0.0);
        QCOMPARE(s.neededBytes, s.checkpointLoadBytes + s.dataLoaderBytes + s.pinnedBytes + s.processBytes);
        QCOMPARE(s.recommendedBytes, 30 * GiB); // needed is about 11 GiB
        QCOMPARE(s.dimms.count, 2);
        QCOMPARE(s.dimms.sizeGiB, 16);
        QCOMPARE(s.ramCost, 32 * 3.0); // £3 per GB
        QVERIFY(s.ramReasons.size() >= 5);
        // Cores: one per GPU process plus its 4 workers.
        QCOMPARE(s.cpuCores, 10);
        // PSU: (2 × 450 W + 250 W) × 1.25 = 1437.5 W -> a 1600 W unit.
        QCOMPARE(s.psuWatts, 1437.5);
        QCOMPARE(s.psuRecommendedW, 1600);
        // 2 × x16 + x4 NVMe = 36 lanes: beyond a desktop's 20-24.
        QCOMPARE(s.pcieLanesNeeded, 36);
        QVERIFY(s.platform.startsWith(QStringLiteral("HEDT")));
        QVERIFY(SystemPlanner::plan(gpt2Plan(1), ev.evaluate(gpt2Plan(1)))
                    .platform.startsWith(QStringLiteral("desktop")));
    }

    void offloadAddsHostStates()
    {
        Plan plan = gpt2Plan(2);
        plan.workload.precision = Precision::BF16;
        plan.hardware.parallelism.zeroStage = 2;
        plan.hardware.parallelism.offload = CpuOffload::Optimizer;
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        QVERIFY2(e.ok(), qPrintable(e.error));
        const SystemPlan s = SystemPlanner::plan(plan, e);
        // ZeRO-Offload: 16 bytes/parameter (fp32 master, Adam m and v, fp32 gradients) per node.
        QCOMPARE(s.offloadBytes, 16.0 * double(e.model.parameters));
        QVERIFY(s.neededBytes > s.offloadBytes);
    }

    void dimmRounding()
    {
        auto d = [](double gib) { return SystemPlanner::roundUpToDimms(gib * GiB); };
        QCOMPARE(d(1).count, 2);
        QCOMPARE(d(1).sizeGiB, 8);
        QCOMPARE(d(40).sizeGiB, 24); // 2 × 24 GB = 48 GB
        QCOMPARE(d(100).count, 2);
        QCOMPARE(d(100).sizeGiB, 64); // 128 GB from 2 DIMMs beats 4 × 32
        QCOMPARE(d(500).count, 4);
        QCOMPARE(d(500).sizeGiB, 128);
        QCOMPARE(d(3000).count, 24); // beyond 16 × 128: as many 128 GB DIMMs as needed
    }

    void storagePlan()
    {
        const Plan plan = gpt2Plan(1);
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        const double P = double(e.model.parameters);
        StorageInputs in; // defaults: 3 checkpoints, 1 GB of logs, dataset from the run
        const StoragePlan s = StoragePlanner::plan(plan, e, in, 100.0, 1e6, QStringLiteral("GBP"));
        QCOMPARE(s.datasetBytes, 1e6 * 1024 * 2);   // uint16 token ids
        QCOMPARE(s.checkpointBytes, P * 4 + P * 8); // fp32 AMP weights + AdamW m and v
        QCOMPARE(s.totalBytes, s.datasetBytes + 3 * s.checkpointBytes + 1e9);
        QVERIFY(near(s.ssdCost, s.totalBytes / 1e9 * 0.08));
        QVERIFY(near(s.hddCost, s.totalBytes / 1e9 * 0.02));
        QVERIFY(near(s.hybridCost, (s.datasetBytes + 1e9) / 1e9 * 0.08 + 3 * s.checkpointBytes / 1e9 * 0.02));
        QVERIFY(near(s.requiredMBs, 100 * 2048 / 1e6));
        QVERIFY(!s.media[0].ioBound);

        // ImageNet-size images at 2,000 samples/s: 150,528 bytes each = 301 MB/s, beyond one
        // HDD (150 MB/s) but within SATA (500) and NVMe (3000).
        Plan vision;
        vision.architecture = *Presets::create(QStringLiteral("resnet50"));
        const PlanEvaluation ve = ev.evaluate(vision);
        QVERIFY(ve.ok());
        StorageInputs dataset;
        dataset.datasetBytes = 150e9;
        dataset.checkpointsKept = 5;
        const StoragePlan v = StoragePlanner::plan(vision, ve, dataset, 2000.0, 1e6, QStringLiteral("GBP"));
        QCOMPARE(v.datasetBytes, 150e9);
        QVERIFY(near(v.requiredMBs, 2000 * 150e9 / 1e6 / 1e6)); // 150 kB per sample from the dataset size
        QCOMPARE(v.media[0].id, QStringLiteral("hdd"));
        QVERIFY(v.media[0].ioBound);
        QVERIFY(!v.media[1].ioBound);
        QVERIFY(!v.media[2].ioBound);
        QCOMPARE(v.checkpointsKept, 5);
    }

    void classicalRandomForest()
    {
        ClassicalWorkload w;
        w.rows = 1'000'000;
        w.features = 100;
        const ClassicalEstimate e = ClassicalMl::estimate(w);
        QCOMPARE(e.inputBytes, 1e8 * 8 + 1e6 * 8);
        QCOMPARE(e.dataBytes, 1e8 * 4); // float32 copy
        // Fully grown: 2 × floor(0.632 × 1e6) - 1 = 1,263,999 nodes × (64 + 8 × 2) bytes × 100 trees.
        QCOMPARE(e.modelBytes, 100.0 * 1'263'999 * 80);
        QCOMPARE(e.workingBytes, 1e6 * 20);
        QCOMPARE(e.totalBytes, e.inputBytes + e.dataBytes + e.modelBytes + e.workingBytes);
        // max_depth 10 caps the nodes at 2^11 - 1.
        w.maxDepth = 10;
        QCOMPARE(ClassicalMl::estimate(w).modelBytes, 100.0 * 2047 * 80);
    }

    void classicalOthers()
    {
        ClassicalWorkload w;
        w.rows = 50'000;
        w.features = 20;
        w.algorithm = ClassicalAlgorithm::SVM;
        w.precomputedKernel = true;
        QCOMPARE(ClassicalMl::estimate(w).workingBytes, 50'000.0 * 50'000 * 8); // 20 GB kernel matrix
        w.precomputedKernel = false;
        QCOMPARE(ClassicalMl::estimate(w).workingBytes, 200e6); // libsvm cache_size

        w.algorithm = ClassicalAlgorithm::GradientBoosting;
        w.rows = 1'000'000;
        w.features = 50;
        w.trees = 500;
        const ClassicalEstimate x = ClassicalMl::estimate(w);
        // CSR (8 bytes per cell + row offsets) + one byte per cell of bins.
        QCOMPARE(x.dataBytes, 5e7 * 8 + 1e6 * 8 + 5e7);
        // One gradient pair per row (binary: one tree per round) + histograms for 2^6 nodes ×
        // 50 features × 256 bins × 16 bytes; 500 trees of 2^7 - 1 nodes × 40 bytes.
        QCOMPARE(x.workingBytes, 1e6 * 8 + 64.0 * 50 * 256 * 16);
        QCOMPARE(x.modelBytes, 500.0 * 127 * 40);
        w.classes = 10; // multi:softmax grows a tree per class each round
        QCOMPARE(ClassicalMl::estimate(w).modelBytes, 500.0 * 10 * 127 * 40);
        w.classes = 2;

        w.algorithm = ClassicalAlgorithm::Linear;
        QCOMPARE(ClassicalMl::estimate(w).dataBytes, 5e7 * 8);
        w.algorithm = ClassicalAlgorithm::KNearestNeighbors;
        QCOMPARE(ClassicalMl::estimate(w).workingBytes, 1024.0 * 1024 * 1024); // capped by working_memory
        QCOMPARE(classicalAlgorithmFromId(QStringLiteral("XGBoost")),
                 std::optional(ClassicalAlgorithm::GradientBoosting));
        QVERIFY(!classicalAlgorithmFromId(QStringLiteral("catboost")));
    }
};

QTEST_GUILESS_MAIN(TestHostPlanning)
#include "tst_hostplanning.moc"
