#pragma once

#include "core/model/architecture.h"
#include "core/model/workload.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace headroom {

// What an import suggests besides the architecture.
struct HfImportInfo
{
    QString modelType;                  // config.json "model_type", lower case
    std::optional<Precision> precision; // from "torch_dtype" (or "dtype"); empty when absent
    QStringList warnings;               // what the import leaves out (a vision tower, MTP layers)
};

// Builds an Architecture from a Hugging Face transformers config.json, layer for layer as the
// transformers model class for its model_type implements it (eager attention), so that the
// parameter count equals the checkpoint's. On error `out` is left untouched and `error` names the
// offending field or model type.
class HfConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(HfConfigImporter)
public:
    static bool import(const QByteArray &json, Architecture &out, QString *error,
                       HfImportInfo *info = nullptr);
    static bool importFile(const QString &path, Architecture &out, QString *error,
                           HfImportInfo *info = nullptr);
    static QStringList supportedModelTypes();
    // The supported model type `type` is a near typo of (at most two edits), or empty: a real but
    // different architecture is never suggested.
    static QString closestModelType(const QString &type);
};

} // namespace headroom
