// Issue #8: autosave recovery, tested by killing the real `headroom` executable mid-edit and
// starting it again. The first run opens a plan and changes its batch size (test hook
// --test-edit-batch); once the recovery copy is on disk it is killed with SIGKILL, so nothing
// gets to clean up. The second run, with --recover, must hold the edit while the plan file on
// disk still holds the old value.
#include "core/io/planfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

class TestAutosaveKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HEADROOM_AUTOSAVE_DIR"), autosaveDir());
        env.insert(QStringLiteral("HEADROOM_LANG"), QStringLiteral("en"));
        // Settings and recent files of these runs stay in the temporary folder.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        return env;
    }
    QString autosaveDir() const { return m_tmp.filePath(QStringLiteral("autosave")); }
    QStringList recoveryFiles() const
    {
        return QDir(autosaveDir()).entryList({QStringLiteral("*.headroom")}, QDir::Files);
    }

    // Runs `headroom ARGS --test-dump-plan` to the end; returns its stdout line, fills `plan`.
    QString dump(const QStringList &args, Plan &plan)
    {
        const QString out = m_tmp.filePath(QStringLiteral("dump.headroom"));
        QFile::remove(out);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(HEADROOM_GUI), args + QStringList{QStringLiteral("--test-dump-plan"), out});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("%s", p.readAllStandardError().constData());
            return QStringLiteral("headroom failed");
        }
        QString error;
        if (!PlanFile::load(out, plan, &error))
            return error;
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private slots:
    void killedMidEditThenRecovered()
    {
        QVERIFY(m_tmp.isValid());
        const QString planPath = m_tmp.filePath(QStringLiteral("plan.headroom"));
        QVERIFY(QFile::copy(QStringLiteral(HEADROOM_TEST_DATA "/../../resources/samples/sample.headroom"),
                            planPath));
        QFile original(planPath);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray originalBytes = original.readAll();
        original.close();
        Plan before;
        QString error;
        QVERIFY2(PlanFile::load(planPath, before, &error), qPrintable(error));
        QCOMPARE(before.workload.microBatch, 4);
        const int edited = 37;

        QElapsedTimer clock;
        clock.start();
        QProcess editing;
        editing.setProcessEnvironment(environment());
        editing.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editing.start(QStringLiteral(HEADROOM_GUI),
                      {planPath, QStringLiteral("--no-recover"), QStringLiteral("--test-edit-batch"),
                       QString::number(edited)});
        QVERIFY(editing.waitForStarted(10000));

        // The copy appears about Autosaver::kDebounceMs after the edit; wait until it holds the edit.
        bool written = false;
        while (!written && clock.elapsed() < 30000 && editing.state() == QProcess::Running) {
            QTest::qWait(100);
            for (const QString &name : recoveryFiles()) {
                Plan copy;
                written = written || (PlanFile::load(QDir(autosaveDir()).filePath(name), copy, nullptr) &&
                                      copy.workload.microBatch == edited);
            }
        }
        QVERIFY2(written, "no recovery copy with the edit appeared");
        const qint64 writtenAfter = clock.elapsed();

        // While the editing instance lives, a second one must not take its changes.
        Plan second;
        QCOMPARE(dump({planPath, QStringLiteral("--recover")}, second),
                 QStringLiteral("recovered=0 batch=4 modified=no path=%1").arg(planPath));
        QCOMPARE(recoveryFiles().size(), 1);

        editing.kill(); // SIGKILL: no destructor, no cleanup, the lock file stays behind
        QVERIFY(editing.waitForFinished(10000));
        QCOMPARE(editing.exitStatus(), QProcess::CrashExit);
        QCOMPARE(recoveryFiles().size(), 1);

        Plan recovered;
        QCOMPARE(dump({planPath, QStringLiteral("--recover")}, recovered),
                 QStringLiteral("recovered=1 batch=%1 modified=yes path=%2")
                     .arg(edited)
                     .arg(QFileInfo(planPath).absoluteFilePath()));
        QCOMPARE(recovered.workload.microBatch, edited);
        Plan expected = before;
        expected.workload.microBatch = edited;
        QVERIFY(recovered == expected); // the edit and nothing else

        // The plan file itself was never written: only Save does that.
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), originalBytes);

        // The recovering run quit without saving, so the changes are still kept: exactly one copy
        // (its own; the crashed run's copy was removed once this one was on disk).
        const QStringList left = recoveryFiles();
        QCOMPARE(left.size(), 1);
        Plan kept;
        QVERIFY(PlanFile::load(QDir(autosaveDir()).filePath(left.first()), kept, &error));
        QCOMPARE(kept.workload.microBatch, edited);

        // --no-recover leaves it alone.
        Plan skipped;
        QCOMPARE(dump({planPath, QStringLiteral("--no-recover")}, skipped),
                 QStringLiteral("recovered=0 batch=4 modified=no path=%1").arg(planPath));
        QCOMPARE(recoveryFiles(), left);
        qInfo("recovery copy on disk %lld ms after start; whole test %lld ms", writtenAfter, clock.elapsed());
    }

    void recoverAndNoRecoverExcludeEachOther()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(HEADROOM_GUI), {QStringLiteral("--recover"), QStringLiteral("--no-recover")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("exclude each other"));
    }
};

QTEST_GUILESS_MAIN(TestAutosaveKill)
#include "tst_autosave_kill.moc"
