#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QLockFile;

namespace headroom::ui {

class PlanDocument;

// Where recovery files live: $HEADROOM_AUTOSAVE_DIR (tests), else <AppDataLocation>/autosave.
QString autosaveDirectory();

// Keeps a crash-safe copy of one document's unsaved changes. A few seconds after the last edit it
// writes the plan (the normal plan format, through QSaveFile) to <dir>/<session>.headroom with a
// <session>.json sidecar (original path, time, pid). <session>.lock, held while this instance
// lives, tells other instances the copy is not orphaned. The copy goes away when the document
// becomes clean (saved, undone to the saved state, replaced) or on discard(); when the object
// dies with unsaved changes on disk it keeps them for AutosaveRecovery.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 2000;  // quiet time after the last edit before writing
    static constexpr int kMaxDelayMs = 10000; // a long slider drag is still written this often

    explicit Autosaver(PlanDocument *doc, QObject *parent = nullptr);
    ~Autosaver() override;

    void setDebounce(int ms) { m_debounceMs = ms; }
    void setMaxDelay(int ms) { m_maxDelayMs = ms; }
    QString directory() const { return m_dir; }
    QString recoveryFilePath() const; // <dir>/<session>.headroom
    bool hasRecoveryFile() const { return m_written; }

    // Writes the current plan at once (also used right after a recovery). False + failed() on error.
    bool writeNow();
    // The user decided (saved or discarded): the recovery copy is no longer needed.
    void discard();

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void documentChanged();
    bool lockSession(QString *error);
    QString sessionPath(const QString &suffix) const;
    void fail(const QString &message);

    QPointer<PlanDocument> m_doc;
    QString m_dir;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QElapsedTimer m_pendingSince;
    int m_debounceMs = kDebounceMs;
    int m_maxDelayMs = kMaxDelayMs;
    bool m_written = false;
    QString m_lastError; // reported once until a write succeeds again, not on every edit
};

} // namespace headroom::ui
