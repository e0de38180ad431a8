// The PDF build report: sections and figures through pdftotext, page size and count through
// pdfinfo, no raster images through pdfimages, and the export time.
#include "core/common/units.h"
#include "core/presets/presets.h"
#include "core/results/planevaluator.h"
#include "core/results/verdict.h"
#include "report/buildreport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {
Plan gpt2(const QString &gpu, int count, int batch = 8)
{
    Plan plan;
    plan.name = QStringLiteral("GPT-2 small");
    plan.architecture = *Presets::create(QStringLiteral("gpt2"));
    plan.workload.precision = Precision::BF16_AMP;
    plan.workload.microBatch = batch;
    plan.workload.sequenceLength = 1024;
    plan.hardware.gpuId = gpu;
    plan.hardware.gpuCount = count;
    return plan;
}

QString tool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(name, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(name, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty();
}

int pageCount(const QString &info)
{
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

// pdftotext -layout spreads words with runs of spaces: compare with single spaces.
// One line of text, with the "fi" ligature pdftotext reports as U+FB01 spelled out.
QString squeeze(const QString &text)
{
    return QString(text).replace(QChar(0xFB01), QStringLiteral("fi")).simplified();
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const Plan &plan, const QString &name, QPageSize::PageSizeId page, int *pages = nullptr)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!report::BuildReport::write(plan, path, page, &error, pages))
            qWarning("%s", qPrintable(error));
        return path;
    }

    void checkCommon(const QString &pdf, const QString &text)
    {
        for (const char *section :
             {"Headroom build report", "Workload and architecture", "Verdict", "Recommended build",
              "Memory breakdown per GPU", "Batch-size sweep", "Storage and RAM costs",
              "Assumptions and sources", "What this estimate does not cover", "Page 1", "GPUs", "System RAM",
              "SSD", "PSU", "Total"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only
    }

private slots:
    void init()
    {
        // The flow layout warns when a block is taller than a page (it would be cut).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("overflow")));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages) is not installed");
    }

    void singleGpuOnA4()
    {
        const Plan plan = gpt2(QStringLiteral("rtx-4090"), 1);
        int pages = 0;
        const QString pdf = write(plan, QStringLiteral("single.pdf"), QPageSize::A4, &pages);
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("595 x 842")), qPrintable(info));
        QCOMPARE(pageCount(info), pages);
        QVERIFY(pages >= 2 && pages <= 6);
        const QString text =
            squeeze(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        checkCommon(pdf, text);
        PlanEvaluator ev;
        const PlanEvaluation e = ev.evaluate(plan);
        QVERIFY(text.contains(formatInteger(e.model.parameters)));
        QVERIFY(text.contains(formatCount(double(e.model.parameters))));
        QVERIFY2(text.contains(formatBytes(e.memory.total)), qPrintable(formatBytes(e.memory.total)));
        // The verdict is core's sentence, as the banner and the CLI show it.
        QVERIFY2(text.contains(Verdict::of(plan, e).sentence()), qPrintable(Verdict::of(plan, e).sentence()));
        QVERIFY(text.contains(
            QStringLiteral("Fits: %1 needs %2 of the %3 visible per GPU on NVIDIA GeForce RTX 4090")
                .arg(plan.architecture.name, formatBytes(e.memory.total), formatBytes(e.memory.visible))));
        QVERIFY(!text.contains(QStringLiteral("Does not fit")));
        QVERIFY(!text.contains(QStringLiteral("Scenario comparison")));
        QVERIFY(text.contains(QStringLiteral("1,260 GBP"))); // the GPU's catalog price
    }

    void multiGpuWithScenariosOnLetter()
    {
        Plan plan = gpt2(QStringLiteral("rtx-3090"), 2);
        plan.scenarios = {
            Scenario::fromPlan(gpt2(QStringLiteral("rtx-4090"), 1), QStringLiteral("One 4090")),
            Scenario::fromPlan(gpt2(QStringLiteral("rtx-3090"), 2), QStringLiteral("Two 3090s")),
            Scenario::fromPlan(gpt2(QStringLiteral("a100-80gb-pcie"), 1), QStringLiteral("One A100"))};
        int pages = 0;
        const QString pdf = write(plan, QStringLiteral("multi.pdf"), QPageSize::Letter, &pages);
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("612 x 792")), qPrintable(info));
        QCOMPARE(pageCount(info), pages);
        const QString text =
            squeeze(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        checkCommon(pdf, text);
        for (const char *s :
             {"Scenario comparison", "One 4090", "Two 3090s", "One A100", "Memory per GPU by scenario",
              "Throughput against GPU count", "Cost of the run against GPU count", "85%",
              "Host RAM and storage by scenario", "2,360 GBP", "11,850 GBP", "+1,100 GBP"})
            QVERIFY2(text.contains(QLatin1String(s)), s);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void aPlanThatDoesNotFit()
    {
        const Plan plan = gpt2(QStringLiteral("rtx-3060-12gb"), 1, 512);
        const QString pdf = write(plan, QStringLiteral("nofit.pdf"), QPageSize::A4);
        const QString text =
            squeeze(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        checkCommon(pdf, text);
        const PlanEvaluation e = PlanEvaluator().evaluate(plan);
        QVERIFY(!e.memory.fits);
        QVERIFY2(text.contains(Verdict::of(plan, e).sentence()), qPrintable(Verdict::of(plan, e).sentence()));
        QVERIFY(text.contains(QStringLiteral("Does not fit: %1 needs").arg(plan.architecture.name)));
    }

    void eightScenariosFitTheirPages()
    {
        Plan plan = gpt2(QStringLiteral("rtx-4090"), 1);
        const char *gpus[] = {"rtx-4090", "rtx-3090",  "a100-80gb-pcie", "h100-sxm",
                              "l40s",     "rtx-a6000", "a100-40gb-sxm",  "rtx-5090"};
        for (int i = 0; i < 8; ++i)
            plan.scenarios.push_back(Scenario::fromPlan(gpt2(QLatin1String(gpus[i]), 1 + i % 2),
                                                        QStringLiteral("Scenario %1").arg(i + 1)));
        int pages = 0;
        const QString pdf = write(plan, QStringLiteral("eight.pdf"), QPageSize::Letter, &pages);
        const QString text =
            squeeze(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        checkCommon(pdf, text);
        QVERIFY(text.contains(QStringLiteral("Scenario 8")));
        QCOMPARE(pageCount(tool(QStringLiteral("pdfinfo"), {pdf})), pages);
    }

    void unwritablePathFails()
    {
        QString error;
        QVERIFY(!report::BuildReport::write(gpt2(QStringLiteral("rtx-4090"), 1),
                                            QStringLiteral("/nonexistent/dir/r.pdf"), QPageSize::A4, &error));
        QVERIFY(!error.isEmpty());
    }

    void exportBenchmark()
    {
        Plan plan = gpt2(QStringLiteral("rtx-3090"), 2);
        plan.scenarios = {Scenario::fromPlan(gpt2(QStringLiteral("rtx-4090"), 1), QStringLiteral("A")),
                          Scenario::fromPlan(gpt2(QStringLiteral("rtx-3090"), 2), QStringLiteral("B"))};
        const QString path = m_dir.filePath(QStringLiteral("bench.pdf"));
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK
        {
            QVERIFY(report::BuildReport::write(plan, path, QPageSize::A4));
        }
        QVERIFY2(timer.elapsed() < 10000, "a typical report should export in well under a second per run");
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
