// The built-in GPU catalog: complete, plausible, and a bad entry is reported and skipped.
#include "core/hardware/gpucatalog.h"
#include "core/hardware/interconnect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace headroom;

class TestGpuCatalog : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryHasEveryField()
    {
        QFile f(QStringLiteral(HEADROOM_CATALOG_PATH));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray gpus = root.value(QStringLiteral("gpus")).toArray();
        QVERIFY(gpus.size() >= 30);
        // Every key GpuSpec::toJson writes must be present in every entry (null where the GPU has
        // no such mode), so the catalog documents what is unknown rather than leaving it out.
        const QStringList keys = GpuSpec{}.toJson().keys();
        QVERIFY(keys.size() >= 25);
        for (const QJsonValue &v : gpus) {
            const QJsonObject g = v.toObject();
            for (const QString &k : keys)
                QVERIFY2(g.contains(k), qPrintable(g.value(QStringLiteral("id")).toString() + ": no " + k));
        }
    }

    void builtinLoadsWithoutProblems()
    {
        QFile f(QStringLiteral(HEADROOM_CATALOG_PATH));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList problems;
        const GpuCatalog c = GpuCatalog::fromJson(f.readAll(), QStringLiteral("gpus.json"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(c.gpus().size(), GpuCatalog::builtin().gpus().size());
        QVERIFY(c.gpus().size() >= 30);
        QCOMPARE(c.currency(), QStringLiteral("GBP"));
    }

    void valuesArePlausible()
    {
        QSet<QString> ids;
        for (const GpuSpec &g : GpuCatalog::builtin().gpus()) {
            const QByteArray id = g.id.toUtf8();
            QVERIFY2(!ids.contains(g.id), id.constData());
            ids.insert(g.id);
            QVERIFY2(!g.name.isEmpty() && !g.vendor.isEmpty() && !g.source.isEmpty(), id.constData());
            QVERIFY2(g.memoryGiB >= 8 && g.memoryGiB <= 256, id.constData());
            // HBM3e tops out near 8 TB/s (B200); the slowest card here (T4) has 320 GB/s.
            QVERIFY2(g.bandwidthGBs >= 200 && g.bandwidthGBs <= 10000, id.constData());
            QVERIFY2(g.fp32Tflops >= 5 && g.fp32Tflops <= 200, id.constData());
            QVERIFY2(g.fp16Tflops >= g.fp32Tflops, id.constData());
            if (g.bf16Tflops > 0)
                QVERIFY2(g.bf16Tflops >= g.fp32Tflops, id.constData());
            if (g.tf32Tflops > 0)
                QVERIFY2(g.tf32Tflops >= g.fp32Tflops && g.tf32Tflops <= g.fp16Tflops, id.constData());
            if (g.fp8Tflops > 0)
                QVERIFY2(g.fp8Tflops >= g.bf16Tflops, id.constData());
            QVERIFY2(g.fp16Tflops <= 5000, id.constData());
            QVERIFY2(g.tdpW >= 50 && g.tdpW <= 1500, id.constData());
            QVERIFY2(g.pcieGen >= 3 && g.pcieGen <= 5, id.constData());
            QVERIFY2(g.pcieLanes == 8 || g.pcieLanes == 16, id.constData());
            QVERIFY2(g.price > 0, id.constData());
            QVERIFY2(g.launchYear >= 2017 && g.launchYear <= 2026, id.constData());
            if (g.smiTotalMiB > 0) // nvidia-smi never shows more than the marketed GiB
                QVERIFY2(g.smiTotalMiB <= g.memoryGiB * 1024.0, id.constData());
        }
        QVERIFY(GpuCatalog::builtin().find(QStringLiteral("RTX-4090")) != nullptr); // case-insensitive
    }

    void nvidiaSmiTotalsMatchTheBrief()
    {
        // PRODUCT.md: nvidia-smi totals RTX 4090 24,564 MiB, H100 SXM 81,559 MiB.
        const GpuCatalog &c = GpuCatalog::builtin();
        QCOMPARE(c.find(QStringLiteral("rtx-4090"))->smiTotalMiB, 24564.0);
        QCOMPARE(c.find(QStringLiteral("h100-sxm"))->smiTotalMiB, 81559.0);
        QCOMPARE(c.find(QStringLiteral("h100-sxm"))->driverReserveBytes(), (81920.0 - 81559.0) * 1024 * 1024);
    }

    void badEntriesAreReportedWithFileAndLineAndSkipped()
    {
        const QByteArray json =
            "{\n"
            "  \"currency\": \"EUR\",\n"
            "  \"gpus\": [\n"
            "    {\"id\": \"good\", \"name\": \"Good\", \"vendor\": \"X\", \"memory_gib\": 24,\n"
            "     \"bandwidth_gbs\": 1000, \"fp32_tflops\": 80, \"fp16_tflops\": 160, \"tdp_w\": 450},\n"
            "    {\"id\": \"no-memory\", \"name\": \"Bad\", \"vendor\": \"X\",\n"
            "     \"bandwidth_gbs\": 1000, \"fp32_tflops\": 80, \"fp16_tflops\": 160, \"tdp_w\": 450},\n"
            "    {\"id\": \"negative\", \"name\": \"Bad\", \"vendor\": \"X\", \"memory_gib\": 24,\n"
            "     \"bandwidth_gbs\": -5, \"fp32_tflops\": 80, \"fp16_tflops\": 160, \"tdp_w\": 450},\n"
            "    42\n"
            "  ]\n"
            "}\n";
        QStringList problems;
        const GpuCatalog c = GpuCatalog::fromJson(json, QStringLiteral("user.json"), &problems);
        QCOMPARE(c.gpus().size(), std::size_t(1));
        QCOMPARE(c.gpus().front().id, QStringLiteral("good"));
        QCOMPARE(c.currency(), QStringLiteral("EUR"));
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].startsWith(QStringLiteral("user.json:6: ")), qPrintable(problems[0]));
        QVERIFY(problems[0].contains(QStringLiteral("memory_gib")));
        QVERIFY(problems[0].contains(QStringLiteral("skipped")));
        QVERIFY2(problems[1].startsWith(QStringLiteral("user.json:8: ")), qPrintable(problems[1]));
        QVERIFY(problems[1].contains(QStringLiteral("bandwidth_gbs")));
        QVERIFY(problems[2].startsWith(QStringLiteral("user.json:")));

        problems.clear();
        GpuCatalog::fromJson("{\n \"gpus\": [ ,\n", QStringLiteral("broken.json"), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith(QStringLiteral("broken.json:2: ")), qPrintable(problems[0]));
    }

    void pcieBandwidthPerLaneAndLink()
    {
        // PCIe 4.0 x16: 31.5 GB/s per direction for the whole link; one lane ~1.97 GB/s.
        QVERIFY(qAbs(Interconnect::pcieGBs(4, 16) - 31.5) < 0.05);
        QVERIFY(qAbs(Interconnect::pcieLaneGBs(4) - 1.97) < 0.01);
        QVERIFY(qAbs(Interconnect::pcieGBs(3, 16) - 15.75) < 0.05);
        QVERIFY(qAbs(Interconnect::pcieGBs(5, 16) - 63.0) < 0.05);
    }
};

QTEST_GUILESS_MAIN(TestGpuCatalog)
#include "tst_gpucatalog.moc"
