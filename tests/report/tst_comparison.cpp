// Scenarios in the plan file and the comparison table, checked by hand: GPT-2 (bf16 AMP, AdamW,
// micro-batch 8, 1024 tokens) on 1× RTX 4090, 2× RTX 3090 and 1× A100 80GB PCIe.
#include "../core/testutil.h"
#include "core/io/planfile.h"
#include "core/presets/presets.h"
#include "core/results/comparison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cmath>

using namespace headroom;

namespace {

std::vector<Scenario> threeGpus()
{
    return {Scenario::fromPlan(test::gpt2Plan(QStringLiteral("rtx-4090"), 1), QStringLiteral("1× RTX 4090")),
            Scenario::fromPlan(test::gpt2Plan(QStringLiteral("rtx-3090"), 2), QStringLiteral("2× RTX 3090")),
            Scenario::fromPlan(test::gpt2Plan(QStringLiteral("a100-80gb-pcie"), 1),
                               QStringLiteral("1× A100 80GB"))};
}

std::vector<bool> bests(const Comparison &c, const char *id)
{
    return c.row(QLatin1String(id))->best;
}
} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private slots:
    void scenariosRoundTrip()
    {
        Plan plan = test::gpt2Plan(QStringLiteral("rtx-4090"), 1);
        plan.scenarios = threeGpus();
        Plan resnet;
        resnet.architecture = *Presets::create(QStringLiteral("resnet50"));
        resnet.workload.microBatch = 64;
        resnet.assumptions.set(AssumptionId::PsuMargin, 0.3);
        plan.scenarios.push_back(Scenario::fromPlan(resnet, QStringLiteral("ResNet-50")));
        plan.scenarios[1].hardware.parallelism.zeroStage = 2;

        Plan back;
        QString error;
        QVERIFY2(PlanFile::fromJson(PlanFile::toBytes(plan), back, &error), qPrintable(error));
        QCOMPARE(back.scenarios.size(), size_t(4));
        QVERIFY(back == plan);
        QCOMPARE(back.scenarios[3].architecture.id, QStringLiteral("resnet50"));
        QCOMPARE(back.scenarios[1].hardware.parallelism.zeroStage, 2);
    }

    void oldFilesWithoutScenariosLoad()
    {
        const Plan plan = test::gpt2Plan(QStringLiteral("rtx-4090"), 1);
        const QJsonObject o = PlanFile::toJson(plan);
        QVERIFY(!o.contains(QStringLiteral("scenarios")));
        Plan back;
        QString error;
        QVERIFY2(PlanFile::fromJson(QJsonDocument(o).toJson(), back, &error), qPrintable(error));
        QVERIFY(back.scenarios.empty());
    }

    void badScenariosNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an array") << QByteArray("{}") << QStringLiteral("scenarios: must be an array");
        QTest::newRow("not an object")
            << QByteArray("[1]") << QStringLiteral("scenarios[0]: must be an object");
        QTest::newRow("no name") << QByteArray("[{}]") << QStringLiteral("scenarios[0].name: is missing");
        QTest::newRow("unknown field") << QByteArray("[{\"name\":\"a\",\"colour\":1}]")
                                       << QStringLiteral("scenarios[0].colour: unknown field");
        QTest::newRow("nested") << QByteArray("[{\"name\":\"a\",\"scenarios\":[]}]")
                                << QStringLiteral("scenarios[0].scenarios: unknown field");
    }
    void badScenariosNameTheirPath()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, message);
        QJsonObject o = PlanFile::toJson(test::gpt2Plan(QStringLiteral("rtx-4090"), 1));
        o.insert(QStringLiteral("scenarios"),
                 QJsonDocument::fromJson("{\"v\":" + patch + "}").object().value("v"));
        Plan back;
        QString error;
        QVERIFY(!PlanFile::fromJson(QJsonDocument(o).toJson(), back, &error));
        QCOMPARE(error, message);
    }

    void badWorkloadInsideAScenario()
    {
        Plan plan = test::gpt2Plan(QStringLiteral("rtx-4090"), 1);
        plan.scenarios = threeGpus();
        QJsonObject o = PlanFile::toJson(plan);
        QJsonArray list = o.value(QStringLiteral("scenarios")).toArray();
        QJsonObject second = list[1].toObject();
        QJsonObject w = second.value(QStringLiteral("workload")).toObject();
        w.insert(QStringLiteral("micro_batch"), QStringLiteral("eight"));
        second.insert(QStringLiteral("workload"), w);
        list[1] = second;
        o.insert(QStringLiteral("scenarios"), list);
        Plan back;
        QString error;
        QVERIFY(!PlanFile::fromJson(QJsonDocument(o).toJson(), back, &error));
        QVERIFY2(error.startsWith(QStringLiteral("scenarios[1].workload.micro_batch: ")), qPrintable(error));
    }

    void needsTwoToEightScenarios()
    {
        auto one = threeGpus();
        one.resize(1);
        QVERIFY(!ComparisonBuilder::build(one).ok());
        std::vector<Scenario> nine(9, threeGpus().front());
        QVERIFY(!ComparisonBuilder::build(nine).ok());
        QVERIFY(!ComparisonBuilder::build(threeGpus(), 3).ok());
        QVERIFY(ComparisonBuilder::build(threeGpus(), 2).ok());
    }

    void handCheckedFigures()
    {
        const Comparison c = ComparisonBuilder::build(threeGpus());
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.columns.size(), size_t(3));
        QCOMPARE(c.currency, QStringLiteral("GBP"));
        // Catalog prices: RTX 4090 £1,260; RTX 3090 £1,180 each; A100 80GB PCIe £11,850.
        QCOMPARE(c.row("hardware_cost")->values, (std::vector<double>{1260, 2360, 11850}));
        // Board power: 450 W; 2 × 350 W; 300 W.
        QCOMPARE(c.row("power")->values, (std::vector<double>{450, 700, 300}));
        // Marketed capacity 24, 24, 80 GiB: the visible memory follows.
        const auto &visible = c.row("capacity")->values;
        QVERIFY(visible[0] <= 24.0 * (1 << 30) && visible[0] > 23.0 * (1 << 30));
        QVERIFY(visible[2] > 79.0 * (1 << 30));
        // Plain data parallelism replicates everything, and DDP's buckets keep the gradients
        // (124,439,808 × 4 bytes) allocated, where one GPU frees them between steps: each 3090
        // holds what one 4090 holds plus the gradients and their allocator reserve.
        const auto &total = c.row("total")->values;
        const auto &gradients = c.row("memory.gradients")->values;
        QCOMPARE(gradients, (std::vector<double>{0, 124'439'808.0 * 4, 0}));
        QCOMPARE(total[1], total[0] + gradients[1] * 1.1);
        QCOMPARE(total[2], total[0]);
        QCOMPARE(c.row("fits")->values, (std::vector<double>{1, 1, 1}));
        // Components add up to the total.
        double sum = 0;
        for (const ComparisonRow &r : c.rows)
            if (r.id.startsWith(QStringLiteral("memory.")))
                sum += r.values[0];
        QVERIFY(std::abs(sum - total[0]) < 1.0);
        // Figures come straight from the hardware report.
        for (size_t i = 0; i < 3; ++i) {
            const ThroughputEstimate &t = c.columns[i].report.throughput;
            QCOMPARE(c.row("step_time")->values[i], t.stepSeconds);
            QCOMPARE(c.row("throughput")->values[i], t.samplesPerSecond);
            QCOMPARE(c.row("run_cost")->values[i], t.runCost);
            QCOMPARE(c.row("max_batch")->values[i], double(c.columns[i].evaluation.memory.maxBatch));
        }
        // One GPU scales perfectly; two 3090s lose some to the all-reduce over PCIe.
        const auto &eff = c.row("scaling_efficiency")->values;
        QCOMPARE(eff[0], 1.0);
        QVERIFY(eff[1] < 1.0 && eff[1] > 0.5);
        // Two GPUs process more samples per second than one 3090 would, the A100's 80 GiB
        // take the largest batch.
        QVERIFY(c.row("max_batch")->values[2] > 3 * c.row("max_batch")->values[0]);
    }

    void bestValuePerRow()
    {
        const Comparison c = ComparisonBuilder::build(threeGpus());
        QCOMPARE(bests(c, "hardware_cost"), (std::vector<bool>{true, false, false}));
        QCOMPARE(bests(c, "power"), (std::vector<bool>{false, false, true}));
        QCOMPARE(bests(c, "headroom"), (std::vector<bool>{false, false, true}));
        QCOMPARE(bests(c, "max_batch"), (std::vector<bool>{false, false, true}));
        // Equal everywhere: nothing is marked.
        QCOMPARE(bests(c, "fits"), (std::vector<bool>{false, false, false}));
        // Ties share the mark (the 3090s also hold DDP's gradients).
        QCOMPARE(bests(c, "total"), (std::vector<bool>{true, false, true}));
        QCOMPARE(bests(c, "scaling_efficiency"), (std::vector<bool>{true, false, true}));
        QCOMPARE(c.row("hardware_cost")->better, Better::Lower);
        QCOMPARE(c.row("throughput")->better, Better::Higher);
    }

    void differencesAgainstTheBaseline()
    {
        Comparison c = ComparisonBuilder::build(threeGpus(), 0);
        const ComparisonRow *cost = c.row("hardware_cost");
        QCOMPARE(cost->delta, (std::vector<double>{0, 1100, 10590}));
        QCOMPARE(cost->relative[1], 1100.0 / 1260.0);
        QCOMPARE(cost->deltaText(0, 0, c.currency), QString());
        QCOMPARE(cost->deltaText(1, 0, c.currency), QStringLiteral("+1,100 GBP (+87%)"));
        QCOMPARE(c.row("power")->deltaText(2, 0), QStringLiteral("−150 W (−33%)"));
        // 474.7 MiB of gradients × 1.1 allocator reserve; the A100 holds the same as the baseline.
        QCOMPARE(c.row("total")->deltaText(1, 0), QStringLiteral("+522 MiB (+2%)"));
        QCOMPARE(c.row("total")->deltaText(2, 0), QStringLiteral("same"));

        ComparisonBuilder::setBaseline(c, 2);
        QCOMPARE(c.baseline, 2);
        QCOMPARE(c.row("hardware_cost")->delta, (std::vector<double>{-10590, -9490, 0}));
        QCOMPARE(bests(c, "hardware_cost"), (std::vector<bool>{true, false, false}));
    }

    void aPlanThatDoesNotFit()
    {
        auto s = threeGpus();
        s[0].workload.microBatch = 256;
        const Comparison c = ComparisonBuilder::build(s);
        QCOMPARE(c.row("fits")->values[0], 0.0);
        QCOMPARE(c.row("fits")->text(0), QStringLiteral("DOES NOT FIT"));
        QCOMPARE(c.row("fits")->text(2), QStringLiteral("FITS"));
        QVERIFY(c.row("headroom")->values[0] < 0);
        QCOMPARE(bests(c, "fits"), (std::vector<bool>{false, true, true}));
    }

    void json()
    {
        const QJsonObject o = ComparisonBuilder::build(threeGpus(), 1).toJson();
        QCOMPARE(o.value(QStringLiteral("baseline")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("columns")).toArray().size(), 3);
        QVERIFY(o.value(QStringLiteral("rows")).toArray().size() >= 15);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
