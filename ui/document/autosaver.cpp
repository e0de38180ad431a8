#include "ui/document/autosaver.h"

#include "core/io/planfile.h"
#include "ui/document/plandocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace headroom::ui {

QString autosaveDirectory()
{
    const QString overridden = qEnvironmentVariable("HEADROOM_AUTOSAVE_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

namespace {
// Unique per window and process; pid + start time keeps it unique across restarts too.
QString newSessionId()
{
    static int counter = 0;
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() ||
        !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
} // namespace

Autosaver::Autosaver(PlanDocument *doc, QObject *parent)
    : QObject(parent), m_doc(doc), m_dir(autosaveDirectory()), m_session(newSessionId())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::writeNow);
    connect(doc, &PlanDocument::changed, this, &Autosaver::documentChanged);
    connect(doc, &PlanDocument::modifiedChanged, this, &Autosaver::documentChanged);
    connect(doc, &PlanDocument::filePathChanged, this, &Autosaver::documentChanged);
}

Autosaver::~Autosaver()
{
    // No question asked here: a copy still on disk holds changes the user never saved nor
    // discarded, so it stays for the next start. Releasing the lock marks it recoverable.
    if (m_lock)
        m_lock->unlock();
}

QString Autosaver::sessionPath(const QString &suffix) const
{
    return m_dir + QLatin1Char('/') + m_session + suffix;
}

QString Autosaver::recoveryFilePath() const
{
    return sessionPath(QStringLiteral(".headroom"));
}

void Autosaver::documentChanged()
{
    if (!m_doc)
        return;
    if (!m_doc->isModified()) { // saved, reset or undone to the saved state: nothing to recover
        m_timer.stop();
        m_pendingSince.invalidate();
        discard();
        return;
    }
    if (!m_pendingSince.isValid())
        m_pendingSince.start();
    const qint64 left = m_maxDelayMs - m_pendingSince.elapsed();
    m_timer.start(int(std::clamp<qint64>(left, 0, m_debounceMs)));
}

bool Autosaver::lockSession(QString *error)
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_dir)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(sessionPath(QStringLiteral(".lock")));
    lock->setStaleLockTime(0); // held for the whole session, not a short operation
    if (!lock->tryLock(0)) {
        *error = tr("cannot create the lock file %1")
                     .arg(QDir::toNativeSeparators(sessionPath(QStringLiteral(".lock"))));
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

bool Autosaver::writeNow()
{
    m_timer.stop();
    m_pendingSince.invalidate();
    if (!m_doc || !m_doc->isModified())
        return false;
    QString error;
    if (!lockSession(&error)) {
        fail(error);
        return false;
    }
    // A plan the file reader would refuse (an inference-only precision while training, an
    // impossible parallel layout) is not written: the last copy that opens again stays.
    if (const QString unsavable = m_doc->unsavableReason(); !unsavable.isEmpty()) {
        fail(tr("Not backed up while the plan cannot be saved: %1").arg(unsavable));
        return false;
    }
    QJsonObject meta;
    // Absolute: the next start may run from another working directory.
    const QString original = m_doc->filePath();
    meta.insert(QStringLiteral("originalPath"),
                original.isEmpty() ? QString() : QFileInfo(original).absoluteFilePath());
    meta.insert(QStringLiteral("planName"), m_doc->plan().name);
    meta.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    // The plan first: a crash between the two writes leaves a readable plan with an older sidecar.
    if (!writeAtomically(recoveryFilePath(), PlanFile::toBytes(m_doc->plan()), &error)) {
        fail(error);
        return false;
    }
    m_written = true; // from here on discard() has a copy to remove
    if (!writeAtomically(sessionPath(QStringLiteral(".json")), QJsonDocument(meta).toJson(), &error)) {
        fail(error);
        return false;
    }
    m_lastError.clear();
    emit written(recoveryFilePath());
    return true;
}

void Autosaver::discard()
{
    m_timer.stop();
    m_pendingSince.invalidate();
    if (!m_written)
        return;
    QFile::remove(recoveryFilePath());
    QFile::remove(sessionPath(QStringLiteral(".json")));
    m_written = false;
}

void Autosaver::fail(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    const QString text =
        tr("Autosave failed: %1. Your changes are still open; save them to keep them.").arg(message);
    qWarning("headroom: %s", qPrintable(text));
    emit failed(text);
}

} // namespace headroom::ui
