#pragma once

#include "core/model/plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>
#include <vector>

class QLockFile;

namespace headroom::ui {

// One recovery copy left behind by an instance that is gone (crashed, killed, or quit without
// the user deciding about its changes).
struct RecoveryFile
{
    QString planPath;     // <dir>/<session>.headroom
    QString originalPath; // where the user's document lives; empty = untitled
    QString planName;
    QDateTime savedAt;
    // This instance holds the copy's lock while it decides, so a second instance starting at the
    // same time never offers it too. Dropping the last reference releases it (keep for later).
    std::shared_ptr<QLockFile> claim;

    QString displayName() const; // file name of the original, else the plan's name
};

// Finds and resolves the orphaned copies that Autosaver leaves in autosaveDirectory().
class AutosaveRecovery
{
    Q_DECLARE_TR_FUNCTIONS(AutosaveRecovery)
public:
    // Copies whose lock is stale or missing (their writer is gone), newest first; each is claimed.
    // A copy whose writer still runs is never returned.
    static std::vector<RecoveryFile> findOrphans(const QString &dir);
    // Reads the copy. One that does not load is renamed to <name>.corrupt (kept for the user,
    // never offered again) and `error` says so.
    static bool load(const RecoveryFile &file, Plan &plan, QString *error);
    // Deletes the copy and its sidecar (recovered elsewhere, or the user chose Discard).
    static void remove(RecoveryFile &file);
};

} // namespace headroom::ui
