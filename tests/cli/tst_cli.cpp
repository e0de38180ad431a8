// headroom-cli's commands in process: their output, JSON and exit codes.
#include "app/cli/clicommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Result
{
    int code;
    QByteArray out;
    QByteArray err;
};

// The command in process, its output captured (main() only adds --lang and the application).
Result cli(const QStringList &args)
{
    headroom::cli::OutputCapture capture;
    const int code = headroom::cli::run(QStringList{QStringLiteral("headroom-cli")} + args);
    return {code, capture.out().toUtf8(), capture.err().toUtf8()};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION)); }

    void helpAndVersion()
    {
        Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("plan"));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("headroom-cli " HEADROOM_VERSION));
        r = cli({QStringLiteral("plan"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--precision"));
    }

    void presetsAndGpus()
    {
        Result r = cli({QStringLiteral("presets"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray presets = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(presets.size(), 46); // 28 classic + 18 current (Llama-3.1/3.2, Qwen2.5/3, Gemma-3, Phi-4,
                                      // DeepSeek-V3, gpt-oss-20b/120b)
        QCOMPARE(presets[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("resnet18"));
        r = cli({QStringLiteral("gpus"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 30);
        r = cli({QStringLiteral("presets")});
        QVERIFY(r.out.contains("6,738,415,616"));
    }

    void planJson()
    {
        const Result r = cli({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("resnet50"),
                              QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--batch"),
                              QStringLiteral("32"), QStringLiteral("--precision"), QStringLiteral("fp32"),
                              QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("params")].toDouble(), 25'557'032.0);
        const QJsonObject b = o[QStringLiteral("breakdown")].toObject();
        double sum = 0;
        for (const char *key : {"weights", "gradients", "optimizer", "activations", "temporaries", "kv_cache",
                                "context", "fragmentation"}) {
            QVERIFY2(b.contains(QLatin1String(key)), key);
            sum += b[QLatin1String(key)].toDouble();
        }
        QVERIFY(std::abs(sum - b[QStringLiteral("total")].toDouble()) <= 8); // each rounded to a byte
        // fp32 weights: 25,557,032 × 4 bytes; the measured ResNet-50 activations: 2,749,316,608 at batch 32.
        QCOMPARE(b[QStringLiteral("weights")].toDouble(), 102'228'128.0);
        QCOMPARE(b[QStringLiteral("activations")].toDouble(), 2'749'316'608.0);
        QCOMPARE(o[QStringLiteral("capacity_bytes")].toDouble(), 24.0 * 1024 * 1024 * 1024);
        QVERIFY(o[QStringLiteral("usable_bytes")].toDouble() <
                o[QStringLiteral("capacity_bytes")].toDouble());
        QVERIFY(o[QStringLiteral("fits")].toBool());
        QVERIFY(o[QStringLiteral("headroom_fraction")].toDouble() > 0);
        QVERIFY(o[QStringLiteral("max_batch")].toInt() > 32);
        const QJsonArray layers = o[QStringLiteral("layers")].toArray();
        QVERIFY(layers.size() > 50);
        const QJsonObject first = layers[0].toObject();
        QCOMPARE(first[QStringLiteral("name")].toString(), QStringLiteral("conv1"));
        QCOMPARE(first[QStringLiteral("output_shape")].toString(), QStringLiteral("64×112×112"));
        QCOMPARE(first[QStringLiteral("params")].toDouble(), 9408.0);
        QCOMPARE(first[QStringLiteral("activation_bytes_per_sample")].toDouble(), 602112.0);
    }

    void planTable()
    {
        const Result r =
            cli({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("llama-2-70b"),
                 QStringLiteral("--gpu"), QStringLiteral("rtx-3060-12gb"), QStringLiteral("--batch"),
                 QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Verdict:   Does not fit: Llama-2 70B needs"));
        QVERIFY(r.out.contains("Largest micro-batch that fits: 0."));
        QVERIFY(r.out.contains("68,976,648,192"));
    }

    void saveThenLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.headroom"));
        Result r = cli({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("gpt2"),
                        QStringLiteral("--batch"), QStringLiteral("6"), QStringLiteral("--save"), path,
                        QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject saved = QJsonDocument::fromJson(r.out).object();
        r = cli({QStringLiteral("plan"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), saved);
        // Flags override the file.
        r = cli({QStringLiteral("plan"), path, QStringLiteral("--batch"), QStringLiteral("12"),
                 QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("batch")].toInt(), 12);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "no command";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("no plan") << QStringList{QStringLiteral("plan")} << 2 << "--preset";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("plan"), QStringLiteral("--colour")} << 2 << "colour";
        QTest::newRow("zero batch") << QStringList{QStringLiteral("plan"), QStringLiteral("--preset"),
                                                   QStringLiteral("gpt2"), QStringLiteral("--batch"),
                                                   QStringLiteral("0")}
                                    << 3 << "--batch must be a whole number";
        QTest::newRow("unknown preset")
            << QStringList{QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("gpt5")} << 3
            << "unknown preset";
        QTest::newRow("unknown gpu") << QStringList{QStringLiteral("plan"), QStringLiteral("--preset"),
                                                    QStringLiteral("gpt2"), QStringLiteral("--gpu"),
                                                    QStringLiteral("voodoo2")}
                                     << 3 << "unknown GPU";
        QTest::newRow("bad precision")
            << QStringList{QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("gpt2"),
                           QStringLiteral("--precision"), QStringLiteral("fp7")}
            << 3 << "not one of";
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("plan"), QStringLiteral("/nonexistent/x.headroom")} << 3
            << "Cannot open";
        QTest::newRow("too long sequence")
            << QStringList{QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("gpt2"),
                           QStringLiteral("--seq"), QStringLiteral("4096")}
            << 3 << "exceeds the model's context";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Result r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
