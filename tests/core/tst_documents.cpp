// Crash-safe documents: saves are atomic and a failed save says why and leaves the existing file
// byte for byte; newer files are refused; older ones are migrated.
#include "testutil.h"

#include "core/io/planfile.h"
#include "core/presets/presets.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace headroom;

namespace {
Plan gpt2Plan()
{
    Plan p;
    p.name = QStringLiteral("Documents");
    p.architecture = *Presets::create(QStringLiteral("gpt2"));
    p.workload.microBatch = 4;
    return p;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
private slots:
    void failedSaveIntoReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = folder + QStringLiteral("/plan.headroom");
        Plan first = gpt2Plan();
        QVERIFY(PlanFile::save(path, first, nullptr));
        const QByteArray before = contents(path);
        QVERIFY(!before.isEmpty());
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0500), 0);

        // root (as in CI containers) ignores the permission bits; then use a path whose parent is
        // a regular file, which nobody can create anything under.
        QFile probe(folder + QStringLiteral("/probe"));
        const bool chmodDenies = !probe.open(QIODevice::WriteOnly);
        probe.remove();
        const QString target = chmodDenies ? path : path + QStringLiteral("/nested.headroom");

        Plan changed = gpt2Plan();
        changed.workload.microBatch = 64;
        QString error;
        QVERIFY(!PlanFile::save(target, changed, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(target)), qPrintable(error));
        const QString reason = error.mid(QStringLiteral("Cannot write %1: ").arg(target).size());
        QVERIFY2(!reason.trimmed().isEmpty(), qPrintable(error)); // the OS's reason, not just "failed"
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left
        ::chmod(QFile::encodeName(folder).constData(), 0700);
    }

    void writeFailingHalfwayKeepsTheExistingFile()
    {
        // RLIMIT_FSIZE makes every write past 1 KiB fail with EFBIG, even for root: the save
        // fails after it has started writing, which is when a non-atomic save would truncate.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.headroom"));
        QVERIFY(PlanFile::save(path, gpt2Plan(), nullptr));
        const QByteArray before = contents(path);
        QVERIFY(before.size() > 1024);

        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        Plan changed = gpt2Plan();
        changed.name = QStringLiteral("Changed");
        QString error;
        const bool saved = PlanFile::save(path, changed, &error);
        setrlimit(RLIMIT_FSIZE, &old);

        QVERIFY(!saved);
        QVERIFY2(error.startsWith(QStringLiteral("Cannot save %1: ").arg(path)), qPrintable(error));
        QVERIFY2(error.size() > QStringLiteral("Cannot save %1: ").arg(path).size(), qPrintable(error));
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void newerVersionIsRefused()
    {
        QJsonObject o = PlanFile::toJson(gpt2Plan());
        o.insert(QStringLiteral("version"), PlanFile::kFormatVersion + 1);
        Plan plan;
        QString error;
        QVERIFY(!PlanFile::fromJson(QJsonDocument(o).toJson(), plan, &error));
        QCOMPARE(error, QStringLiteral("version: the file was written by a newer Headroom (format 2; this "
                                       "version reads up to 1). Update Headroom to open it."));
    }

    void version0IsMigrated()
    {
        // Version 0 (pre-release): no "format" key and "batch" for the micro-batch.
        const Plan original = gpt2Plan();
        QJsonObject o = PlanFile::toJson(original);
        o.remove(QStringLiteral("format"));
        o.insert(QStringLiteral("version"), 0);
        QJsonObject w = o.value(QStringLiteral("workload")).toObject();
        w.insert(QStringLiteral("batch"), w.take(QStringLiteral("micro_batch")));
        o.insert(QStringLiteral("workload"), w);

        Plan read;
        QString error;
        QVERIFY2(PlanFile::fromJson(QJsonDocument(o).toJson(), read, &error), qPrintable(error));
        QVERIFY(read == original);
        QCOMPARE(read.workload.microBatch, 4);

        // Migration brings the document to the current shape; saving writes version 1.
        PlanFile::migrate(o);
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), PlanFile::kFormatVersion);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("headroom-plan"));
        QVERIFY(!o.value(QStringLiteral("workload")).toObject().contains(QStringLiteral("batch")));
        QCOMPARE(PlanFile::toJson(read).value(QStringLiteral("version")).toInt(), 1);
    }

    void version1IsLeftAlone()
    {
        const QJsonObject o = PlanFile::toJson(gpt2Plan());
        QJsonObject migrated = o;
        PlanFile::migrate(migrated);
        QCOMPARE(migrated, o);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
