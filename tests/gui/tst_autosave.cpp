// Autosaver and AutosaveRecovery in one process: when the recovery copy appears, what it holds,
// when it goes away, and what a damaged or unwritable copy does.
#include "core/io/planfile.h"
#include "ui/document/autosaver.h"
#include "ui/document/autosaverecovery.h"
#include "ui/document/plandocument.h"
#include "ui/window/mainwindow.h"
#include "ui/window/recoveryprompt.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;

class TestAutosave : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir; // this test's HEADROOM_AUTOSAVE_DIR

    QStringList recoveryFiles() const
    {
        return QDir(m_dir).entryList({QStringLiteral("*.headroom")}, QDir::Files);
    }

    // A document opened from a real file, so "saved" has a meaning.
    QString writePlan(const QString &name, Plan *plan)
    {
        *plan = MainWindow::samplePlan();
        const QString path = m_tmp.filePath(name);
        QString error;
        if (!PlanFile::save(path, *plan, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    // Leaves an orphaned copy of `path` with the batch size changed to `batch`.
    void crashWithEdit(const QString &path, int batch)
    {
        PlanDocument doc;
        QString error;
        QVERIFY(doc.load(path, &error));
        Autosaver autosaver(&doc);
        doc.setMicroBatch(batch);
        QVERIFY(autosaver.writeNow());
    }

    // Answers the recovery question with the button labelled `button`; keeps its text in `asked`.
    void answerWith(const QString &button, QString *asked)
    {
        QTimer::singleShot(0, this, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
    }

private slots:
    void init()
    {
        static int n = 0;
        m_dir = m_tmp.filePath(QStringLiteral("autosave%1").arg(++n));
        qputenv("HEADROOM_AUTOSAVE_DIR", m_dir.toUtf8());
    }

    void defaultDebounceIsTwoSeconds()
    {
        QCOMPARE(Autosaver::kDebounceMs, 2000);
        QVERIFY(Autosaver::kMaxDelayMs > Autosaver::kDebounceMs);
        QCOMPARE(autosaveDirectory(), m_dir);
    }

    void editIsWrittenAfterTheDebounceAndLoadsBack()
    {
        Plan original;
        const QString path = writePlan(QStringLiteral("a.headroom"), &original);
        PlanDocument doc;
        QString error;
        QVERIFY(doc.load(path, &error));
        Autosaver autosaver(&doc);
        autosaver.setDebounce(300);
        QSignalSpy written(&autosaver, &Autosaver::written);

        doc.setMicroBatch(original.workload.microBatch + 5);
        QVERIFY(!QFile::exists(autosaver.recoveryFilePath())); // not before the quiet time
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 5000);
        QVERIFY(autosaver.hasRecoveryFile());

        Plan recovered;
        QVERIFY2(PlanFile::load(autosaver.recoveryFilePath(), recovered, &error), qPrintable(error));
        QVERIFY(recovered == doc.plan());
        QCOMPARE(recovered.workload.microBatch, original.workload.microBatch + 5);

        QFile sidecar(QString(autosaver.recoveryFilePath())
                          .replace(QLatin1String(".headroom"), QLatin1String(".json")));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject meta = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(meta.value(QStringLiteral("originalPath")).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(meta.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());

        // The user's own file is untouched by autosave.
        Plan onDisk;
        QVERIFY(PlanFile::load(path, onDisk, &error));
        QVERIFY(onDisk == original);
    }

    void continuousEditingIsStillWritten()
    {
        PlanDocument doc;
        doc.reset(MainWindow::samplePlan());
        Autosaver autosaver(&doc);
        autosaver.setDebounce(300);
        autosaver.setMaxDelay(600);
        QSignalSpy written(&autosaver, &Autosaver::written);
        QElapsedTimer clock;
        clock.start();
        // An edit every 50 ms never leaves 300 ms of quiet; the copy must appear anyway.
        for (int batch = 10; clock.elapsed() < 1500; ++batch) {
            doc.setMicroBatch(batch);
            QTest::qWait(50);
        }
        QVERIFY2(written.count() >= 2, qPrintable(QString::number(written.count())));
    }

    void saveRemovesTheRecoveryFile()
    {
        Plan original;
        const QString path = writePlan(QStringLiteral("b.headroom"), &original);
        PlanDocument doc;
        QString error;
        QVERIFY(doc.load(path, &error));
        Autosaver autosaver(&doc);
        doc.setMicroBatch(7);
        QVERIFY(autosaver.writeNow());
        QCOMPARE(recoveryFiles().size(), 1);
        QVERIFY(doc.save(path, &error));
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(!autosaver.hasRecoveryFile());
    }

    void undoToTheSavedStateRemovesIt()
    {
        PlanDocument doc;
        doc.reset(MainWindow::samplePlan());
        Autosaver autosaver(&doc);
        doc.setMicroBatch(9);
        QVERIFY(autosaver.writeNow());
        doc.undoStack()->undo();
        QVERIFY(recoveryFiles().isEmpty());
    }

    void aLiveSessionIsNotOrphaned()
    {
        PlanDocument doc;
        doc.reset(MainWindow::samplePlan());
        Autosaver autosaver(&doc);
        doc.setMicroBatch(9);
        QVERIFY(autosaver.writeNow());
        QVERIFY(AutosaveRecovery::findOrphans(m_dir).empty()); // its lock is held: not offered
        QCOMPARE(recoveryFiles().size(), 1);
    }

    void unsavedChangesOutliveTheAutosaverAndAreRecovered()
    {
        Plan original;
        const QString path = writePlan(QStringLiteral("c.headroom"), &original);
        {
            PlanDocument doc;
            QString error;
            QVERIFY(doc.load(path, &error));
            Autosaver autosaver(&doc);
            doc.setMicroBatch(13);
            QVERIFY(autosaver.writeNow());
        } // no decision by the user: the copy stays, unlocked
        std::vector<RecoveryFile> orphans = AutosaveRecovery::findOrphans(m_dir);
        QCOMPARE(orphans.size(), std::size_t(1));
        QCOMPARE(orphans[0].originalPath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(orphans[0].displayName(), QStringLiteral("c.headroom"));
        QVERIFY(orphans[0].savedAt.isValid());
        // Claimed: a second look (another instance starting now) does not offer it again.
        QVERIFY(AutosaveRecovery::findOrphans(m_dir).empty());

        Plan plan;
        QString error;
        QVERIFY2(AutosaveRecovery::load(orphans[0], plan, &error), qPrintable(error));
        QCOMPARE(plan.workload.microBatch, 13);

        PlanDocument restored;
        restored.restore(plan, orphans[0].originalPath);
        QVERIFY(restored.isModified());
        QCOMPARE(restored.filePath(), QFileInfo(path).absoluteFilePath());
        AutosaveRecovery::remove(orphans[0]);
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(QDir(m_dir).entryList(QDir::Files).isEmpty()); // sidecar and lock gone too
    }

    void keepForLaterReleasesTheClaim()
    {
        {
            PlanDocument doc;
            doc.reset(MainWindow::samplePlan());
            Autosaver autosaver(&doc);
            doc.setMicroBatch(3);
            QVERIFY(autosaver.writeNow());
        }
        QCOMPARE(AutosaveRecovery::findOrphans(m_dir).size(), std::size_t(1)); // claimed, then dropped
        QCOMPARE(AutosaveRecovery::findOrphans(m_dir).size(), std::size_t(1)); // offered again
    }

    void discardRemovesTheRecoveryFile()
    {
        PlanDocument doc;
        doc.reset(MainWindow::samplePlan());
        Autosaver autosaver(&doc);
        doc.setMicroBatch(5);
        QVERIFY(autosaver.writeNow());
        autosaver.discard();
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(doc.isModified()); // the open document itself is untouched
    }

    void aDamagedCopyIsKeptAsideNotDeleted()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QFile bad(m_dir + QStringLiteral("/dead-1.headroom"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"headroom-plan\", trunc");
        bad.close();
        std::vector<RecoveryFile> orphans = AutosaveRecovery::findOrphans(m_dir);
        QCOMPARE(orphans.size(), std::size_t(1));
        Plan plan;
        QString error;
        QVERIFY(!AutosaveRecovery::load(orphans[0], plan, &error));
        QVERIFY2(error.contains(QLatin1String("dead-1.headroom.corrupt")), qPrintable(error));
        QVERIFY(QFile::exists(m_dir + QStringLiteral("/dead-1.headroom.corrupt")));
        QVERIFY(recoveryFiles().isEmpty()); // never offered again
    }

    void anUnwritableFolderIsReportedAndTheDocumentKept()
    {
        // A folder below a plain file cannot be created, even by root.
        QFile blocker(m_tmp.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("HEADROOM_AUTOSAVE_DIR", (blocker.fileName() + QStringLiteral("/autosave")).toUtf8());
        PlanDocument doc;
        doc.reset(MainWindow::samplePlan());
        Autosaver autosaver(&doc);
        autosaver.setDebounce(10);
        QSignalSpy failed(&autosaver, &Autosaver::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Autosave failed")));
        doc.setMicroBatch(6);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("blocker")));
        doc.setMicroBatch(8); // the same failure again is not repeated on every edit
        QTest::qWait(100);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(doc.plan().workload.microBatch, 8);
        QVERIFY(doc.isModified());
    }

    void aFailedWriteIsReportedWithItsPath()
    {
        PlanDocument doc;
        doc.reset(MainWindow::samplePlan());
        Autosaver autosaver(&doc);
        QVERIFY(QDir().mkpath(autosaver.recoveryFilePath())); // a folder where the copy should go
        QSignalSpy failed(&autosaver, &Autosaver::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Autosave failed")));
        doc.setMicroBatch(6);
        QVERIFY(!autosaver.writeNow());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(autosaver.recoveryFilePath()),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.plan().workload.microBatch, 6);
    }

    void theStartupQuestionRecovers()
    {
        Plan original;
        const QString path = writePlan(QStringLiteral("d.headroom"), &original);
        crashWithEdit(path, 17);
        MainWindow window;
        QString asked;
        answerWith(QStringLiteral("&Recover"), &asked);
        QCOMPARE(offerRecovery(&window, RecoveryMode::Ask, m_dir), 1);
        QVERIFY2(asked.startsWith(QLatin1String(
                     "Headroom quit unexpectedly. Recover the unsaved changes to d.headroom from ")),
                 qPrintable(asked));
        QCOMPARE(window.document()->plan().workload.microBatch, 17);
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.windowTitle(), original.name + QStringLiteral("[*] — Headroom"));
        QVERIFY(window.isWindowModified());
        QCOMPARE(recoveryFiles(), QStringList{QFileInfo(window.autosaver()->recoveryFilePath()).fileName()});
        window.document()->undoStack()->setClean();
    }

    void twoCrashedPlansOpenInTwoWindows()
    {
        Plan original;
        const QString first = writePlan(QStringLiteral("f.headroom"), &original);
        const QString second = writePlan(QStringLiteral("g.headroom"), &original);
        crashWithEdit(first, 23);
        crashWithEdit(second, 29);
        MainWindow window;
        QCOMPARE(offerRecovery(&window, RecoveryMode::RecoverAll, m_dir), 2);
        QList<MainWindow *> others;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *mw = qobject_cast<MainWindow *>(w); mw && mw != &window)
                others << mw;
        QCOMPARE(others.size(), 1);
        QSet<int> batches{window.document()->plan().workload.microBatch,
                          others[0]->document()->plan().workload.microBatch};
        QCOMPARE(batches, (QSet<int>{23, 29}));
        QVERIFY(window.document()->isModified() && others[0]->document()->isModified());
        QCOMPARE(recoveryFiles().size(), 2); // the two windows' own copies; the crashed ones are gone
        window.document()->undoStack()->setClean();
        others[0]->document()->undoStack()->setClean();
        QVERIFY(recoveryFiles().isEmpty());
        delete others[0];
    }

    void theStartupQuestionKeepsForLaterOrDiscards()
    {
        Plan original;
        const QString path = writePlan(QStringLiteral("e.headroom"), &original);
        crashWithEdit(path, 19);
        MainWindow window;
        QString asked;
        answerWith(QStringLiteral("&Keep for Later"), &asked);
        QCOMPARE(offerRecovery(&window, RecoveryMode::Ask, m_dir), 0);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(recoveryFiles().size(), 1);
        QVERIFY(!window.document()->isModified());

        asked.clear();
        answerWith(QStringLiteral("&Discard"), &asked);
        QCOMPARE(offerRecovery(&window, RecoveryMode::Ask, m_dir), 0);
        QVERIFY(!asked.isEmpty());
        QVERIFY(QDir(m_dir).entryList(QDir::Files).isEmpty());
    }

    void theMainWindowRemovesItsCopyWhenClosedClean()
    {
        MainWindow window;
        window.autosaver()->setDebounce(10);
        window.document()->setMicroBatch(21);
        QTRY_COMPARE(recoveryFiles().size(), 1);
        window.document()->undoStack()->setClean(); // as if saved
        QVERIFY(recoveryFiles().isEmpty());
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
