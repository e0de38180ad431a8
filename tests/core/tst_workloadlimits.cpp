// The one table of workload and hardware limits: its ranges are what validation and the plan file
// accept, value by value at each bound. And the one id/label table of each enum.
#include "core/io/planfile.h"
#include "core/model/workloadlimits.h"

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace headroom;

namespace {
// A plan file whose workload or hardware `key` holds `value`.
QByteArray planWith(const QString &section, const QString &key, double value)
{
    QJsonObject o = PlanFile::toJson(Plan{});
    QJsonObject s = o.value(section).toObject();
    s.insert(key, value);
    o.insert(section, s);
    return QJsonDocument(o).toJson();
}

bool isHardware(LimitId id)
{
    return int(id) >= int(LimitId::GpuCount);
}
} // namespace

class TestWorkloadLimits : public QObject
{
    Q_OBJECT
private slots:
    void tableIsComplete()
    {
        QCOMPARE(workloadLimits().size(), std::size_t(LimitId::Count_));
        QSet<QString> keys;
        for (const WorkloadLimit &l : workloadLimits()) {
            QVERIFY2(l.minimum <= l.maximum, l.key);
            QVERIFY2(!keys.contains(QLatin1String(l.key)), l.key);
            keys.insert(QLatin1String(l.key));
            QVERIFY2(l.why && *l.why, l.key);
            // 0 is allowed exactly where it has a meaning.
            QCOMPARE(l.minimum == 0, l.zeroMeans != nullptr);
            QCOMPARE(&workloadLimit(l.id), &l);
        }
    }

    void boundsAreInclusive()
    {
        for (const WorkloadLimit &l : workloadLimits()) {
            QVERIFY2(WorkloadLimitText::check(l.id, l.minimum).isEmpty(), l.key);
            QVERIFY2(WorkloadLimitText::check(l.id, l.maximum).isEmpty(), l.key);
            const QString below = WorkloadLimitText::check(l.id, qint64(l.minimum) - 1);
            QVERIFY2(below.startsWith(WorkloadLimitText::label(l.id)), qPrintable(below));
            QVERIFY2(!WorkloadLimitText::check(l.id, qint64(l.maximum) + 1).isEmpty(), l.key);
        }
        QCOMPARE(WorkloadLimitText::check(LimitId::MicroBatch, 0),
                 QStringLiteral("Micro-batch size must be between 1 and 1000000 (got 0)."));
        QCOMPARE(WorkloadLimitText::check(LimitId::TensorParallel, 4097),
                 QStringLiteral("Tensor parallel must be between 1 and 4096 (got 4097)."));
    }

    void validationReportsEveryField()
    {
        Workload w;
        w.microBatch = 0;
        w.contextLength = (1 << 24) + 1;
        const QStringList problems = workloadLimitProblems(w);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[1],
                 QStringLiteral("Context length must be between 1 and 16777216 (got 16777217)."));
        QCOMPARE(validateWorkload(w), problems[0]);
        QVERIFY(workloadLimitProblems(Workload{}).isEmpty());

        HardwareChoice h;
        h.gpuCount = 100'001;
        h.parallelism.zeroStage = 4;
        QCOMPARE(hardwareLimitProblems(h),
                 QStringList({QStringLiteral("GPU count must be between 1 and 100000 (got 100001)."),
                              QStringLiteral("ZeRO stage must be between 0 and 3 (got 4).")}));
        QVERIFY(hardwareLimitProblems(HardwareChoice{}).isEmpty());
    }

    // Each enum's one table: ids read back to their value, every value has a label, and the lists
    // in messages are the ones plan files and the CLI have always printed.
    void enumTables()
    {
        auto roundTrip = [](auto parse, auto id, auto name, auto rows) {
            for (const auto &row : rows) {
                QCOMPARE(id(row.value), QLatin1String(row.id));
                QCOMPARE(parse(QString::fromLatin1(row.id)), std::optional(row.value));
                QVERIFY2(!name(row.value).isEmpty(), row.id);
            }
        };
        roundTrip(&modeFromId, &modeId, &modeName, enumNames<Mode>());
        roundTrip(&precisionFromId, &precisionId, &precisionName, enumNames<Precision>());
        roundTrip(&optimizerFromId, &optimizerId, &optimizerName, enumNames<Optimizer>());
        roundTrip(&checkpointingFromId, &checkpointingId, &checkpointingName, enumNames<Checkpointing>());
        roundTrip(&fineTuneMethodFromId, &fineTuneMethodId, &fineTuneMethodName, enumNames<FineTuneMethod>());
        roundTrip(&cpuOffloadFromId, &cpuOffloadId, &cpuOffloadName, enumNames<CpuOffload>());
        QCOMPARE(enumIdList<Precision>(),
                 QStringLiteral("fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8, int4"));
        QCOMPARE(enumIdList<Optimizer>(),
                 QStringLiteral("sgd, momentum, adam, adamw, adam8bit, adafactor, lion"));
        QCOMPARE(enumIdList<Mode>(), QStringLiteral("train, finetune, inference"));
        QCOMPARE(enumIdList<Checkpointing>(), QStringLiteral("none, full, selective"));
        QCOMPARE(enumIdList<FineTuneMethod>(), QStringLiteral("full, lora, qlora"));
        QCOMPARE(enumIdList<CpuOffload>(), QStringLiteral("none, optimizer, params"));
        QCOMPARE(modeFromId(QStringLiteral("training")), std::optional(Mode::Training)); // the old id
        QCOMPARE(precisionFromId(QStringLiteral("BF16-AMP")), std::optional(Precision::BF16_AMP));
        QCOMPARE(precisionFromId(QStringLiteral("fp6")), std::nullopt);
    }

    // The plan file refuses exactly what the table refuses, naming the field's path.
    void planFileReadsTheTable()
    {
        for (const WorkloadLimit &l : workloadLimits()) {
            const QString section =
                isHardware(l.id) ? QStringLiteral("hardware") : QStringLiteral("workload");
            const QString key = QLatin1String(l.key);
            Plan plan;
            QString error;
            QVERIFY2(!PlanFile::fromJson(planWith(section, key, double(l.maximum) + 1), plan, &error), l.key);
            QVERIFY2(error.startsWith(section + QLatin1Char('.') + key + QLatin1Char(':')),
                     qPrintable(error));
            QVERIFY2(error.contains(QString::number(l.maximum)), qPrintable(error));
            error.clear();
            QVERIFY2(!PlanFile::fromJson(planWith(section, key, double(l.minimum) - 1), plan, &error), l.key);
            QVERIFY2(error.startsWith(section + QLatin1Char('.') + key + QLatin1Char(':')),
                     qPrintable(error));
            if (!isHardware(l.id)) { // hardware bounds also have to agree with one another
                error.clear();
                const bool ok = PlanFile::fromJson(planWith(section, key, l.maximum), plan, &error);
                QVERIFY2(ok, qPrintable(error));
                QCOMPARE(limitedValue(l.id, plan.workload, plan.hardware), l.maximum);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkloadLimits)
#include "tst_workloadlimits.moc"
