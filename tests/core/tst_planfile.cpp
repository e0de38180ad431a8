// Plan files: lossless round trips and a clear message naming the field for every bad input.
#include "core/io/planfile.h"
#include "core/presets/presets.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

namespace {
Plan samplePlan(const QString &preset)
{
    Plan p;
    p.name = QStringLiteral("Round trip");
    p.architecture = *Presets::create(preset);
    p.workload.microBatch = 12;
    p.workload.precision = Precision::FP16_AMP;
    p.workload.optimizer = Optimizer::Lion;
    p.workload.checkpointing = Checkpointing::Selective;
    p.workload.loraTargets = LoraQuery | LoraMlp;
    p.hardware.gpuId = QStringLiteral("a100-80gb-sxm");
    p.assumptions.set(AssumptionId::AllocatorFragmentation, 0.25);
    p.notes = QStringLiteral("ünïcode ✓");
    return p;
}

QByteArray withChange(const Plan &p, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = PlanFile::toJson(p);
    change(o);
    return QJsonDocument(o).toJson();
}
} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT
private slots:
    void aBooleanForANumberIsRangeChecked()
    {
        // fuzz_planfile: "dim": false read as 0 where the embedding needs 1 or more, and the plan
        // Headroom then saved did not load again. It is refused now, naming the field.
        Plan plan;
        plan.architecture = *Presets::create(QStringLiteral("gpt2"));
        QJsonObject json = PlanFile::toJson(plan);
        QJsonObject arch = json[QStringLiteral("architecture")].toObject();
        QJsonObject root = arch[QStringLiteral("root")].toObject();
        QJsonArray children = root[QStringLiteral("children")].toArray();
        QJsonObject wte = children[0].toObject();
        QCOMPARE(wte[QStringLiteral("kind")].toString(), QStringLiteral("embedding"));
        wte[QStringLiteral("dim")] = false;
        children[0] = wte;
        root[QStringLiteral("children")] = children;
        arch[QStringLiteral("root")] = root;
        json[QStringLiteral("architecture")] = arch;
        Plan back;
        QString error;
        QVERIFY(!PlanFile::fromJson(QJsonDocument(json).toJson(), back, &error));
        QVERIFY2(error.contains(QStringLiteral("children[0].dim")) && error.contains(QStringLiteral("got 0")),
                 qPrintable(error));
        wte[QStringLiteral("dim")] = true; // 1: within range, and it round-trips
        children[0] = wte;
        root[QStringLiteral("children")] = children;
        arch[QStringLiteral("root")] = root;
        json[QStringLiteral("architecture")] = arch;
        QVERIFY2(PlanFile::fromJson(QJsonDocument(json).toJson(), back, &error), qPrintable(error));
        Plan again;
        QVERIFY2(PlanFile::fromJson(PlanFile::toBytes(back), again, &error), qPrintable(error));
    }

    void roundTripEveryPreset()
    {
        for (const PresetInfo &info : Presets::list()) {
            const Plan p = samplePlan(info.id);
            Plan back;
            QString error;
            QVERIFY2(PlanFile::fromJson(PlanFile::toBytes(p), back, &error), qPrintable(error));
            QVERIFY2(back == p, qPrintable(info.id));
            QCOMPARE(PlanFile::toBytes(back), PlanFile::toBytes(p)); // load → save is byte-identical
        }
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.headroom"));
        const Plan p = samplePlan(QStringLiteral("resnet50"));
        QString error;
        QVERIFY2(PlanFile::save(path, p, &error), qPrintable(error));
        Plan back;
        QVERIFY2(PlanFile::load(path, back, &error), qPrintable(error));
        QVERIFY(back == p);
    }

    void failedSaveKeepsTheExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.headroom"));
        QVERIFY(PlanFile::save(path, samplePlan(QStringLiteral("gpt2")), nullptr));
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        // A directory cannot be replaced by a file: QSaveFile fails before touching anything.
        QString error;
        QVERIFY(!PlanFile::save(dir.path(), samplePlan(QStringLiteral("gpt2")), &error));
        QVERIFY(!error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const Plan p = samplePlan(QStringLiteral("resnet18"));
        QTest::newRow("malformed") << QByteArray("{\"format\": \"headroom-plan\",")
                                   << "not valid JSON at line 1";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "must hold a JSON object";
        QTest::newRow("wrong format")
            << withChange(p, [](QJsonObject &o) { o[QStringLiteral("format")] = QStringLiteral("x"); })
            << "format: is not \"headroom-plan\"";
        QTest::newRow("newer version")
            << withChange(p, [](QJsonObject &o) { o[QStringLiteral("version")] = 99; }) << "newer Headroom";
        QTest::newRow("missing workload")
            << withChange(p, [](QJsonObject &o) { o.remove(QStringLiteral("workload")); })
            << "workload: is missing";
        QTest::newRow("unknown top-level field")
            << withChange(p, [](QJsonObject &o) { o[QStringLiteral("colour")] = 1; })
            << "colour: unknown field";
        auto layerChange = [&](const QString &key, const QJsonValue &value) {
            return withChange(p, [&](QJsonObject &o) {
                QJsonObject arch = o[QStringLiteral("architecture")].toObject();
                QJsonObject root = arch[QStringLiteral("root")].toObject();
                QJsonArray children = root[QStringLiteral("children")].toArray();
                QJsonObject first = children[0].toObject();
                first[key] = value;
                children[0] = first;
                root[QStringLiteral("children")] = children;
                arch[QStringLiteral("root")] = root;
                o[QStringLiteral("architecture")] = arch;
            });
        };
        QTest::newRow("unknown kind") << layerChange(QStringLiteral("kind"), QStringLiteral("conv9d"))
                                      << "architecture.root.children[0].kind: unknown layer kind \"conv9d\"";
        QTest::newRow("negative size") << layerChange(QStringLiteral("out_channels"), -64)
                                       << "architecture.root.children[0].out_channels: must be between 1";
        QTest::newRow("absurd size") << layerChange(QStringLiteral("out_channels"), 1e30)
                                     << "architecture.root.children[0].out_channels: must be between 1";
        QTest::newRow("fractional size") << layerChange(QStringLiteral("kernel"), 2.5)
                                         << "architecture.root.children[0].kernel: must be a whole number";
        QTest::newRow("misspelt attribute") << layerChange(QStringLiteral("kernal"), 3)
                                            << "architecture.root.children[0].kernal: unknown field";
        QTest::newRow("string size") << layerChange(QStringLiteral("stride"), QStringLiteral("two"))
                                     << "architecture.root.children[0].stride: must be a number";
        auto workloadChange = [&](const QString &key, const QJsonValue &value) {
            return withChange(p, [&](QJsonObject &o) {
                QJsonObject w = o[QStringLiteral("workload")].toObject();
                if (value.isUndefined())
                    w.remove(key);
                else
                    w[key] = value;
                o[QStringLiteral("workload")] = w;
            });
        };
        QTest::newRow("zero batch") << workloadChange(QStringLiteral("micro_batch"), 0)
                                    << "workload.micro_batch: must be between 1 and 1000000 (got 0)";
        QTest::newRow("NaN-like batch")
            << workloadChange(QStringLiteral("micro_batch"), QStringLiteral("NaN"))
            << "workload.micro_batch: must be a number";
        QTest::newRow("unknown precision")
            << workloadChange(QStringLiteral("precision"), QStringLiteral("fp12"))
            << "workload.precision: \"fp12\" is not one of";
        QTest::newRow("missing precision")
            << workloadChange(QStringLiteral("precision"), QJsonValue(QJsonValue::Undefined))
            << "workload.precision: is missing";
        QTest::newRow("int4 training") << workloadChange(QStringLiteral("precision"), QStringLiteral("int4"))
                                       << "is an inference format";
        QTest::newRow("unknown assumption") << withChange(p, [](QJsonObject &o) {
            o[QStringLiteral("assumptions")] = QJsonObject{{QStringLiteral("magic"), 1}};
        }) << "assumptions.magic: unknown assumption";
        QTest::newRow("absurd assumption")
            << withChange(p,
                          [](QJsonObject &o) {
                              o[QStringLiteral("assumptions")] =
                                  QJsonObject{{QStringLiteral("allocator_fragmentation"), -1}};
                          })
            << "assumptions.allocator_fragmentation: Allocator reserve and fragmentation must be between 0 "
               "and 2";
        QTest::newRow("gpu count") << withChange(p, [](QJsonObject &o) {
            o[QStringLiteral("hardware")] =
                QJsonObject{{QStringLiteral("gpu"), QStringLiteral("t4")}, {QStringLiteral("count"), 0}};
        }) << "hardware.count: must be between 1";
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Plan plan = samplePlan(QStringLiteral("vgg16"));
        const Plan before = plan;
        QString error;
        QVERIFY(!PlanFile::fromJson(bytes, plan, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(plan == before); // the caller's plan is untouched
    }

    void deeplyNestedFileIsRejected()
    {
        QByteArray nested = "{\"kind\":\"sequence\"}";
        for (int i = 0; i < 200; ++i)
            nested = "{\"kind\":\"sequence\",\"children\":[" + nested + "]}";
        Plan p = samplePlan(QStringLiteral("alexnet"));
        QJsonObject o = PlanFile::toJson(p);
        QByteArray bytes = QJsonDocument(o).toJson();
        const QByteArray rootKey = "\"root\": ";
        const int at = bytes.indexOf(rootKey);
        QVERIFY(at > 0);
        // Replace the root object by the nested one.
        int depth = 0, end = at + rootKey.size();
        do {
            if (bytes[end] == '{')
                ++depth;
            if (bytes[end] == '}')
                --depth;
            ++end;
        } while (depth > 0);
        bytes.replace(at + rootKey.size(), end - at - rootKey.size(), nested);
        QString error;
        QVERIFY(!PlanFile::fromJson(bytes, p, &error));
        QVERIFY2(error.contains(QStringLiteral("nested more than")), qPrintable(error));
    }

    void sampleShipsValid()
    {
        Plan p;
        QString error;
        QVERIFY2(PlanFile::load(QStringLiteral(HEADROOM_TEST_DATA "/../../resources/samples/sample.headroom"),
                                p, &error),
                 qPrintable(error));
        QCOMPARE(p.architecture.id, QStringLiteral("llama-2-7b"));
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
