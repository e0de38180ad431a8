// `headroom-cli compare` and `headroom-cli report`: output, JSON and exit codes (0, 2, 3).
#include "../core/testutil.h"
#include "core/io/planfile.h"
#include "core/presets/presets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEADROOM_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCompareCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_three, m_one;

private slots:
    void initTestCase()
    {
        Plan plan = test::gpt2Plan(QStringLiteral("rtx-4090"), 1);
        plan.scenarios = {
            Scenario::fromPlan(test::gpt2Plan(QStringLiteral("rtx-4090"), 1), QStringLiteral("4090")),
            Scenario::fromPlan(test::gpt2Plan(QStringLiteral("rtx-3090"), 2), QStringLiteral("2x3090")),
            Scenario::fromPlan(test::gpt2Plan(QStringLiteral("a100-80gb-pcie"), 1), QStringLiteral("A100"))};
        m_three = m_dir.filePath(QStringLiteral("three.headroom"));
        QVERIFY(PlanFile::save(m_three, plan, nullptr));
        plan.scenarios.resize(1);
        m_one = m_dir.filePath(QStringLiteral("one.headroom"));
        QVERIFY(PlanFile::save(m_one, plan, nullptr));
    }

    void table()
    {
        const Result r = cli({QStringLiteral("compare"), m_three});
        QCOMPARE(r.code, 0);
        for (const char *s : {"4090", "2x3090", "A100", "Hardware cost (GPUs)", "1,260 GBP *", "2,360 GBP",
                              "Differences against 4090", "+1,100 GBP (+87%)", "FITS"})
            QVERIFY2(r.out.contains(QLatin1String(s)), s);
    }

    void baselineAndJson()
    {
        const Result r = cli({QStringLiteral("compare"), m_three, QStringLiteral("--baseline"),
                              QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("baseline")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("columns")).toArray().size(), 3);
        for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("hardware_cost"))
                QCOMPARE(v.toObject().value(QStringLiteral("delta_vs_baseline")).toArray().at(0).toDouble(),
                         -10590.0);
    }

    void exitCodes()
    {
        QCOMPARE(cli({QStringLiteral("compare")}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("compare"), m_three, QStringLiteral("--baseline"), QStringLiteral("4")}).code,
            2);
        QCOMPARE(
            cli({QStringLiteral("compare"), m_three, QStringLiteral("--baseline"), QStringLiteral("x")}).code,
            2);
        QCOMPARE(cli({QStringLiteral("compare"), m_one}).code, 3);
        QCOMPARE(cli({QStringLiteral("compare"), m_dir.filePath(QStringLiteral("missing.headroom"))}).code,
                 3);
    }

    void report()
    {
        if (!HEADROOM_HAS_REPORT)
            QSKIP("built without the GUI: no PDF report");
        const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        const Result r = cli({QStringLiteral("report"), m_three, QStringLiteral("-o"), pdf,
                              QStringLiteral("--page"), QStringLiteral("letter")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QCOMPARE(cli({QStringLiteral("report"), m_three, QStringLiteral("-o"), pdf, QStringLiteral("--page"),
                      QStringLiteral("legal")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("report"), m_three}).code, 2);
        QCOMPARE(cli({QStringLiteral("report"), m_dir.filePath(QStringLiteral("missing.headroom")),
                      QStringLiteral("-o"), pdf})
                     .code,
                 3);
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_comparecli.moc"
