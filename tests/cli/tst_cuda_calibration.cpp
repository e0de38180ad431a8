// Headroom's per-GPU estimate against whole training steps and generation measured on a real
// GPU (an H200, PyTorch 2.11, transformers 5.17; tools/calibration/measure_cuda.py wrote
// tests/data/calibration/cuda_h200.json, tools/calibration/measure_finetune.py (PEFT 0.21 LoRA,
// optimizer in backward, Mistral's sliding window, a 2-layer Mixtral) finetune_h200.json).
// For each case the CLI plans the same workload (its flags, then the plan-file workload keys
// the case lists, such as lora_targets or master_weights):
// - what PyTorch allocates at the peak (torch.cuda.max_memory_allocated) against Headroom's total
//   less context and allocator reserve: never more than 5% under, at most 12% over (a planner
//   may err on the safe side, a little);
// - the whole process (context + torch.cuda.max_memory_reserved) against Headroom's total: at most
//   10% under, 12% over, as for allocated memory (the allocator reserve is an assumption, 10%, where
//   the measured reserve ranged 2-28%: the chunked-loss step reserved only 4%, so its total is
//   +10.7% with its allocated figure +2.5%).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEADROOM_CLI), args);
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qWarning("headroom-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}
} // namespace

class TestCudaCalibration : public QObject
{
    Q_OBJECT
private slots:
    void wholeSteps_data()
    {
        QTest::addColumn<QJsonObject>("measured");
        const std::pair<const char *, int> files[] = {{"cuda_h200.json", 16}, {"finetune_h200.json", 11}};
        for (const auto &[file, count] : files) {
            const QJsonArray cases = readJson(QStringLiteral(HEADROOM_TEST_DATA "/calibration/") +
                                              QLatin1String(file))[QStringLiteral("cases")]
                                         .toArray();
            QCOMPARE(cases.size(), count);
            for (const QJsonValue &c : cases) {
                QJsonObject measured = c.toObject();
                // The older file names its one plan-file setting at the top level.
                if (!measured.contains(QStringLiteral("workload")) &&
                    measured.contains(QStringLiteral("master_weights")))
                    measured[QStringLiteral("workload")] = QJsonObject{
                        {QStringLiteral("master_weights"), measured[QStringLiteral("master_weights")]}};
                QTest::newRow(qPrintable(measured[QStringLiteral("name")].toString())) << measured;
            }
        }
    }

    void wholeSteps()
    {
        QFETCH(QJsonObject, measured);
        QStringList args =
            measured[QStringLiteral("headroom")].toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        args.replaceInStrings(QStringLiteral("tests/data/"), QStringLiteral(HEADROOM_TEST_DATA "/"));
        args.prepend(QStringLiteral("plan"));
        args << QStringLiteral("--gpu") << QStringLiteral("h200");
        QTemporaryDir dir;
        const QJsonObject overrides = measured[QStringLiteral("workload")].toObject();
        if (!overrides.isEmpty()) {
            // Settings the flags do not reach yet (LoRA targets, no fp32 master copy): set in the plan file.
            const QString plan = dir.filePath(QStringLiteral("p.headroom"));
            runCli(QStringList(args) << QStringLiteral("--save") << plan);
            QJsonObject doc = readJson(plan);
            QJsonObject workload = doc[QStringLiteral("workload")].toObject();
            for (auto it = overrides.begin(); it != overrides.end(); ++it)
                workload[it.key()] = it.value();
            doc[QStringLiteral("workload")] = workload;
            QFile f(plan);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(doc).toJson());
            f.close();
            args = QStringList{QStringLiteral("plan"), plan};
        }
        const QJsonObject estimate =
            QJsonDocument::fromJson(runCli(args << QStringLiteral("--json"))).object();
        const QJsonObject b = estimate[QStringLiteral("breakdown")].toObject();
        QVERIFY(!b.isEmpty());
        const double total = b[QStringLiteral("total")].toDouble();
        const double allocated =
            total - b[QStringLiteral("context")].toDouble() - b[QStringLiteral("fragmentation")].toDouble();
        const double peakAllocated = measured[QStringLiteral("peak_allocated")].toDouble();
        const double processPeak = measured[QStringLiteral("process_peak")].toDouble();
        const double allocatedError = allocated / peakAllocated - 1.0;
        const double totalError = total / processPeak - 1.0;
        qInfo("allocated %.2f GiB vs %.2f measured (%+.1f%%); total %.2f GiB vs %.2f (%+.1f%%)",
              allocated / (1 << 30), peakAllocated / (1 << 30), allocatedError * 100, total / (1 << 30),
              processPeak / (1 << 30), totalError * 100);
        QVERIFY2(allocatedError > -0.05 && allocatedError < 0.12,
                 qPrintable(QStringLiteral("allocated off by %1%").arg(allocatedError * 100)));
        QVERIFY2(totalError > -0.10 && totalError < 0.12,
                 qPrintable(QStringLiteral("total off by %1%").arg(totalError * 100)));
    }

    void contextAssumptionMatchesTheMeasurement()
    {
        // Every case's context (device memory in use minus what the allocator reserved) lies
        // within 10% of the 768 MiB default.
        const QJsonArray cases = readJson(QStringLiteral(
            HEADROOM_TEST_DATA "/calibration/cuda_h200.json"))[QStringLiteral("cases")]
                                     .toArray();
        const QJsonObject plan =
            QJsonDocument::fromJson(runCli({QStringLiteral("plan"), QStringLiteral("--preset"),
                                            QStringLiteral("gpt2"), QStringLiteral("--json")}))
                .object();
        const double context = plan[QStringLiteral("breakdown")][QStringLiteral("context")].toDouble();
        QCOMPARE(context, 768.0 * 1024 * 1024);
        for (const QJsonValue &c : cases) {
            const double measured = c[QStringLiteral("context_bytes")].toDouble();
            QVERIFY2(std::abs(measured / context - 1.0) < 0.10,
                     qPrintable(c[QStringLiteral("name")].toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCudaCalibration)
#include "tst_cuda_calibration.moc"
