#pragma once

// The parts of an ONNX ModelProto the importer reads (onnx.proto: ModelProto, GraphProto,
// NodeProto, AttributeProto, TensorProto, ValueInfoProto), parsed without a protobuf library.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace headroom::onnx {

constexpr int kMaxGraphDepth = 16;                     // nested subgraphs (If / Loop / Scan bodies)
constexpr qint64 kMaxTensorElements = qint64(1) << 42; // 4.4 trillion: far beyond any model
constexpr int kMaxNodes = 1'000'000;

struct Tensor
{
    QString name;
    std::vector<qint64> dims;
    qint64 elements = 1;
};

struct ValueInfo
{
    QString name;
    int elemType = 0;
    bool hasShape = false;
    std::vector<qint64> dims; // -1 for a symbolic or unknown dimension
};

struct Attribute
{
    qint64 i = 0;
    float f = 0;
    QByteArray s;
    std::vector<qint64> ints;
    bool present = false;
};

struct Node
{
    QString name, opType;
    QStringList inputs, outputs;
    std::map<QString, Attribute> attributes;
    qint64 subgraphElements = 0; // initializers inside If / Loop / Scan bodies

    qint64 intAttr(const char *key, qint64 fallback) const;
    std::vector<qint64> intsAttr(const char *key) const;
    float floatAttr(const char *key, float fallback) const;
    QString stringAttr(const char *key) const;
};

struct Graph
{
    QString name;
    std::vector<Node> nodes;
    std::vector<Tensor> initializers;
    std::vector<ValueInfo> inputs, outputs, valueInfo;
};

struct Model
{
    qint64 irVersion = 0;
    qint64 opset = 0; // default domain
    QString producer;
    Graph graph;
    bool hasGraph = false;
};

// Parses a serialized ModelProto. On failure returns false and a translated message.
bool parseModel(const QByteArray &data, Model &model, QString *error);

} // namespace headroom::onnx
