#include "ui/document/autosaverecovery.h"

#include "core/io/planfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <algorithm>

namespace headroom::ui {

namespace {
QString withSuffix(const QString &planPath, const QString &suffix)
{
    return planPath.left(planPath.size() - int(qstrlen(".headroom"))) + suffix;
}

// Moves `path` aside as <path>.corrupt (numbered if that exists); false when it could not.
bool keepAside(const QString &path, QString *aside)
{
    *aside = path + QStringLiteral(".corrupt");
    for (int n = 2; QFile::exists(*aside); ++n)
        *aside = path + QStringLiteral(".corrupt%1").arg(n);
    return QFile::rename(path, *aside);
}
} // namespace

QString RecoveryFile::displayName() const
{
    if (!originalPath.isEmpty())
        return QFileInfo(originalPath).fileName();
    return planName.isEmpty() ? AutosaveRecovery::tr("an untitled plan") : planName;
}

std::vector<RecoveryFile> AutosaveRecovery::findOrphans(const QString &dir)
{
    std::vector<RecoveryFile> found;
    const QFileInfoList plans =
        QDir(dir).entryInfoList({QStringLiteral("*.headroom")}, QDir::Files | QDir::Readable);
    for (const QFileInfo &info : plans) {
        const QString planPath = info.absoluteFilePath();
        auto lock = std::make_shared<QLockFile>(withSuffix(planPath, QStringLiteral(".lock")));
        // 0: a live instance holds its lock for hours; only a dead pid makes the lock stale.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // its instance still runs (or the folder is read-only: nothing to claim)
        RecoveryFile file;
        file.planPath = planPath;
        file.savedAt = info.lastModified();
        file.claim = lock;
        QFile sidecar(withSuffix(planPath, QStringLiteral(".json")));
        if (sidecar.open(QIODevice::ReadOnly)) { // a missing or broken sidecar still leaves the plan
            const QJsonObject meta = QJsonDocument::fromJson(sidecar.readAll()).object();
            file.originalPath = meta.value(QStringLiteral("originalPath")).toString();
            file.planName = meta.value(QStringLiteral("planName")).toString();
            const QDateTime at =
                QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                file.savedAt = at.toLocalTime();
        }
        found.push_back(std::move(file));
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryFile &a, const RecoveryFile &b) { return a.savedAt > b.savedAt; });
    return found;
}

bool AutosaveRecovery::load(const RecoveryFile &file, Plan &plan, QString *error)
{
    QString reason;
    if (PlanFile::load(file.planPath, plan, &reason))
        return true;
    QString aside;
    if (keepAside(file.planPath, &aside)) {
        QFile::rename(withSuffix(file.planPath, QStringLiteral(".json")), aside + QStringLiteral(".json"));
        *error = tr("The recovery file for %1 is damaged (%2). It was kept as %3.")
                     .arg(file.displayName(), reason, QDir::toNativeSeparators(aside));
    } else {
        *error =
            tr("The recovery file %1 is damaged (%2).").arg(QDir::toNativeSeparators(file.planPath), reason);
    }
    return false;
}

void AutosaveRecovery::remove(RecoveryFile &file)
{
    QFile::remove(file.planPath);
    QFile::remove(withSuffix(file.planPath, QStringLiteral(".json")));
    file.claim.reset(); // unlocking deletes the lock file
}

} // namespace headroom::ui
