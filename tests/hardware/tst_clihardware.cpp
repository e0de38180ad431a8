// The CLI's hardware output: JSON keys of `plan` with parallelism flags, `recommend`, `classical`,
// and exit codes (0 ok, 2 usage, 3 invalid input). Runs the built binary.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
Result cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEADROOM_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestCliHardware : public QObject
{
    Q_OBJECT
private slots:
    void planJsonHasHardwareObjects()
    {
        const Result r =
            cli({"plan", "--preset", "llama-2-7b", "--gpu", "a100-80gb-sxm", "--seq", "2048", "--batch", "1",
                 "--precision", "bf16", "--flash-attention", "--gpus", "8", "--zero", "3", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        for (const char *key :
             {"per_gpu", "host_ram_bytes", "storage", "throughput", "cost", "breakdown", "host"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject perGpu = o.value("per_gpu").toObject();
        QCOMPARE(perGpu.value("gpus").toInt(), 8);
        QCOMPARE(perGpu.value("zero_stage").toInt(), 3);
        QCOMPARE(perGpu.value("data_parallel").toInt(), 8);
        QVERIFY(perGpu.value("gather_buffer_bytes").toDouble() > 0);
        QVERIFY(perGpu.value("fits").toBool());
        QVERIFY(o.value("host_ram_bytes").toDouble() >= 1.25 * 80 * 1024.0 * 1024 * 1024);
        const QJsonObject t = o.value("throughput").toObject();
        for (const char *key :
             {"samples_per_second", "tokens_per_second", "step_seconds", "scaling_efficiency",
              "rule_of_thumb_efficiency_8_gpus", "rule_of_thumb_label", "interconnect"})
            QVERIFY2(t.contains(QLatin1String(key)), key);
        QCOMPARE(t.value("rule_of_thumb_efficiency_8_gpus").toDouble(), 0.85);
        QVERIFY(t.value("scaling_efficiency").toDouble() > 0.5 &&
                t.value("scaling_efficiency").toDouble() <= 1.0);
        const QJsonObject cost = o.value("cost").toObject();
        for (const char *key :
             {"run_hours", "gpu_hours", "energy_kwh", "run_cost", "purchase_cost", "currency"})
            QVERIFY2(cost.contains(QLatin1String(key)), key);
        QCOMPARE(cost.value("purchase_cost").toDouble(), 8 * 11850.0);
        const QJsonObject storage = o.value("storage").toObject();
        for (const char *key :
             {"dataset_bytes", "checkpoint_bytes", "ssd_cost", "hdd_cost", "hybrid_cost", "media"})
            QVERIFY2(storage.contains(QLatin1String(key)), key);
        QVERIFY(storage.value("media").toObject().value("hdd").toObject().contains("io_bound"));
    }

    void planTableHasHardwareLines()
    {
        const Result r =
            cli({"plan", "--preset", "gpt2", "--gpu", "rtx-4090", "--gpus", "2", "--tokens", "1e9"});
        QCOMPARE(r.code, 0);
        for (const char *line : {"Per GPU:", "Speed:", "Scaling:", "rule of thumb",
                                 "Run:", "Host RAM:", "Host:", "Storage:", "Input I/O:"})
            QVERIFY2(r.out.contains(line), line);
    }

    void planFlagsRoundTripThroughSave()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.headroom"));
        Result r = cli({"plan", "--preset", "gpt2", "--gpus", "8", "--tp", "2", "--pp", "2", "--sp", "--zero",
                        "1", "--grad-accum", "4", "--save", file, "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("per_gpu").toObject().value("tensor_parallel").toInt(), 2);
        r = cli({"plan", file, "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject perGpu = r.json().value("per_gpu").toObject();
        QCOMPARE(perGpu.value("pipeline_parallel").toInt(), 2);
        QCOMPARE(perGpu.value("sequence_parallel").toBool(), true);
        QCOMPARE(perGpu.value("data_parallel").toInt(), 2);
    }

    void exitCodes()
    {
        QCOMPARE(cli({"plan", "--preset", "gpt2", "--gpus", "8", "--tp", "3"}).code, 3); // TP does not divide
        QCOMPARE(cli({"plan", "--preset", "gpt2", "--zero", "5"}).code, 3);
        QCOMPARE(cli({"plan", "--preset", "gpt2", "--offload", "disk"}).code, 3);
        QCOMPARE(cli({"plan", "--preset", "gpt2", "--gpus", "4", "--offload", "params", "--zero", "2"}).code,
                 3);
        QCOMPARE(cli({"plan", "--preset", "gpt2", "--bogus"}).code, 2);
        QCOMPARE(cli({"recommend"}).code, 2);
        QCOMPARE(cli({"recommend", "--preset", "gpt2", "--budget", "-1"}).code, 3);
        QCOMPARE(cli({"recommend", "--preset", "gpt2", "--rank", "beauty"}).code, 3);
        QCOMPARE(cli({"classical", "--algorithm", "catboost"}).code, 3);
    }

    void recommendJson()
    {
        const Result r = cli({"recommend", "--preset", "gpt2", "--flash-attention", "--budget", "2000",
                              "--top", "5", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("rank_by").toString(), QStringLiteral("cost"));
        const QJsonArray list = o.value("recommendations").toArray();
        QVERIFY(!list.isEmpty() && list.size() <= 5);
        double previous = 0;
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            for (const char *key : {"gpu", "gpus", "strategy", "per_gpu_bytes", "samples_per_second",
                                    "run_hours", "purchase_cost", "cost_per_million_samples"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(e.value("purchase_cost").toDouble() <= 2000);
            QVERIFY(e.value("purchase_cost").toDouble() >= previous);
            previous = e.value("purchase_cost").toDouble();
        }
    }

    void classicalJson()
    {
        const Result r = cli({"classical", "--algorithm", "random-forest", "--rows", "1000000", "--features",
                              "100", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("model_bytes").toDouble(), 100.0 * 1'263'999 * 80);
        QVERIFY(o.value("total_bytes").toDouble() > o.value("model_bytes").toDouble());
        QVERIFY(o.value("reasons").toArray().size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestCliHardware)
#include "tst_clihardware.moc"
