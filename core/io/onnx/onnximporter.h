#pragma once

#include "core/model/architecture.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace headroom {

// What an ONNX import found besides the architecture.
struct OnnxImportInfo
{
    qint64 initializerElements = 0; // every initializer, counted from its dims (external data included)
    qint64 bufferElements = 0;      // of those, running statistics (BatchNormalization mean and variance)
    int nodes = 0;
    int mappedNodes = 0;     // became a planner layer kind; the rest are Generic layers
    QStringList unmappedOps; // op types kept as Generic layers, each once
    QString inputShape;      // the graph input, e.g. "batch×3×32×32"
    int opsetVersion = 0;
};

// Reads an ONNX ModelProto with a small bounds-checked protobuf wire-format reader (no protobuf
// dependency) and turns its graph into a planner architecture: nodes in topological order,
// common ops mapped to layer kinds, the others kept as Generic layers with their output shapes
// and parameters. Malformed, truncated, cyclic, too deeply nested or absurdly large files give an
// error naming the problem; `out` is left untouched then.
class OnnxImporter
{
    Q_DECLARE_TR_FUNCTIONS(OnnxImporter)
public:
    static bool import(const QByteArray &data, Architecture &out, QString *error,
                       OnnxImportInfo *info = nullptr);
    static bool importFile(const QString &path, Architecture &out, QString *error,
                           OnnxImportInfo *info = nullptr);
};

} // namespace headroom
