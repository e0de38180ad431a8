// The bad-input corpus (tests/data/bad, written by its generate.py): every file is refused by its
// reader with the message expected.json names, and nothing else happens — no crash, no partial
// document. Under `make test` this also runs with ASan and UBSan.
#include "testutil.h"

#include "core/hardware/gpucatalog.h"
#include "core/io/hf/hfconfigimporter.h"
#include "core/io/onnx/onnximporter.h"
#include "core/io/planfile.h"
#include "core/results/planevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace headroom;

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("accepted");
        const QJsonObject manifest =
            QJsonDocument::fromJson(test::readTestFile("bad/expected.json")).object();
        const QJsonArray cases = manifest.value(QStringLiteral("cases")).toArray();
        QVERIFY2(cases.size() >= 50, "the corpus should hold at least 50 files");
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QString file = c.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file)) << file << c.value(QStringLiteral("reader")).toString()
                                            << c.value(QStringLiteral("error")).toString()
                                            << c.value(QStringLiteral("accepted")).toInt(-1);
        }
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, reader);
        QFETCH(QString, expected);
        QFETCH(int, accepted);
        const QString path = QStringLiteral(HEADROOM_TEST_DATA "/bad/") + file;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        if (reader == QLatin1String("plan")) {
            Plan plan;
            plan.name = QStringLiteral("untouched");
            QString error;
            QVERIFY(!PlanFile::load(path, plan, &error));
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
            QCOMPARE(plan.name, QStringLiteral("untouched")); // the caller's plan is left alone
        } else if (reader == QLatin1String("plan-evaluate")) {
            Plan plan;
            QString error;
            QVERIFY2(PlanFile::load(path, plan, &error), qPrintable(error));
            PlanEvaluator evaluator;
            const PlanEvaluation e = evaluator.evaluate(plan);
            QVERIFY(!e.ok());
            QVERIFY2(e.error.contains(expected), qPrintable(e.error));
        } else if (reader == QLatin1String("catalog")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QStringList problems;
            const GpuCatalog c = GpuCatalog::fromJson(f.readAll(), file, &problems);
            const QString all = problems.join(QLatin1Char('\n'));
            QVERIFY2(all.contains(expected), qPrintable(all));
            QVERIFY2(all.startsWith(file + QLatin1Char(':')), qPrintable(all)); // "file:line: ..."
            if (accepted >= 0)
                QCOMPARE(int(c.gpus().size()), accepted);
        } else if (reader == QLatin1String("hf") || reader == QLatin1String("onnx")) {
            Architecture arch;
            arch.name = QStringLiteral("untouched");
            QString error;
            const bool ok = reader == QLatin1String("hf") ? HfConfigImporter::importFile(path, arch, &error)
                                                          : OnnxImporter::importFile(path, arch, &error);
            QVERIFY(!ok);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
            QCOMPARE(arch.name, QStringLiteral("untouched")); // the caller's model is left alone
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown reader \"%1\"").arg(reader)));
        }
    }

    void userOverrideKeepsGoodEntries()
    {
        // withUserOverrides: the bad entry is reported and skipped, the good ones are merged.
        QStringList problems;
        const GpuCatalog c = GpuCatalog::withUserOverrides(
            QStringLiteral(HEADROOM_TEST_DATA "/bad/catalog/user-override-one-bad.json"), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(c.find(QStringLiteral("my-card-a")));
        QVERIFY(!c.find(QStringLiteral("my-card-b")));
        QVERIFY(c.find(QStringLiteral("my-card-c")));
        QCOMPARE(c.gpus().size(), GpuCatalog::builtin().gpus().size() + 2);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
