#pragma once

#include "core/model/plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace headroom {

// Reads and writes `.headroom` plan files: versioned JSON. Reading is strict: a malformed value,
// an unknown kind or field, or an absurd size fails with a message naming the field's path
// (e.g. `architecture.root.children[3].kernel`), and the caller's plan is left untouched.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
public:
    static constexpr int kFormatVersion = 1;

    static QJsonObject toJson(const Plan &plan);
    static QByteArray toBytes(const Plan &plan);
    // Returns false and sets `error` when the document is not a valid plan.
    static bool fromJson(const QByteArray &bytes, Plan &plan, QString *error);
    // Brings a document written by an older format version up to kFormatVersion in place
    // (fromJson calls it first). Newer or malformed versions are left for the reader to refuse.
    static void migrate(QJsonObject &document);

    // Atomic: writes through QSaveFile, so a failed save leaves any existing file intact.
    static bool save(const QString &path, const Plan &plan, QString *error);
    static bool load(const QString &path, Plan &plan, QString *error);

    // The architecture alone (used by presets export and import).
    static QJsonObject architectureToJson(const Architecture &a);
    static bool architectureFromJson(const QJsonObject &o, Architecture &a, QString *error);
    static QJsonObject nodeToJson(const Node &n);
};

} // namespace headroom
