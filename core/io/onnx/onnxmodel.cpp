// Field numbers from onnx.proto (ONNX IR version 8).
#include "core/io/onnx/onnxmodel.h"

#include "core/io/onnx/onnximporter.h"
#include "core/io/onnx/onnxwire.h"

#include <algorithm>
#include <cstring>

namespace headroom::onnx {

using onnxwire::Reader;

namespace {

// Parses every message under one model; the first problem wins and stops the parse.
class Parser
{
public:
    explicit Parser(const QByteArray &data) : m_data(data) {}

    bool model(Model &m)
    {
        Reader r = top();
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type)) {
            const char *b = nullptr, *e = nullptr;
            quint64 v = 0;
            if (field == 1 && type == onnxwire::Varint && r.varint(v)) {
                m.irVersion = qint64(v);
            } else if (field == 2 && type == onnxwire::Bytes) {
                r.string(m.producer);
            } else if (field == 7 && type == onnxwire::Bytes && r.bytes(b, e)) {
                m.hasGraph = true;
                if (!graph(sub(b, e, r), m.graph, 0))
                    return false;
            } else if (field == 8 && type == onnxwire::Bytes && r.bytes(b, e)) {
                opset(sub(b, e, r), m);
            } else if (!r.skip(type)) {
                break;
            }
            if (!m_error.isEmpty())
                return false;
        }
        return check(r);
    }

    const QString &error() const { return m_error; }

private:
    Reader top() const
    {
        return Reader(m_data.constData(), m_data.constData() + m_data.size(), m_data.constData());
    }
    Reader sub(const char *b, const char *e, const Reader &) const
    {
        return Reader(b, e, m_data.constData());
    }

    bool check(const Reader &r)
    {
        if (!r.ok() && m_error.isEmpty())
            m_error = OnnxImporter::tr("malformed protobuf at byte %1: %2")
                          .arg(r.offset())
                          .arg(QCoreApplication::translate("OnnxImporter", r.failure()));
        return m_error.isEmpty();
    }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    void opset(Reader r, Model &m)
    {
        QString domain;
        qint64 version = 0;
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type)) {
            quint64 v = 0;
            if (field == 1 && type == onnxwire::Bytes)
                r.string(domain);
            else if (field == 2 && type == onnxwire::Varint && r.varint(v))
                version = qint64(v);
            else
                r.skip(type);
        }
        if (check(r) && (domain.isEmpty() || domain == QLatin1String("ai.onnx")))
            m.opset = version;
    }

    bool graph(Reader r, Graph &g, int depth)
    {
        if (depth > kMaxGraphDepth)
            return fail(
                OnnxImporter::tr("subgraphs are nested more than %1 levels deep").arg(kMaxGraphDepth));
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type)) {
            const char *b = nullptr, *e = nullptr;
            if (type != onnxwire::Bytes) {
                r.skip(type);
                continue;
            }
            if (!r.bytes(b, e))
                break;
            switch (field) {
            case 1:
                if (int(g.nodes.size()) >= kMaxNodes)
                    return fail(OnnxImporter::tr("the graph has more than %1 nodes").arg(kMaxNodes));
                g.nodes.emplace_back();
                node(sub(b, e, r), g.nodes.back(), depth);
                break;
            case 2:
                g.name = QString::fromUtf8(b, int(e - b));
                break;
            case 5:
                g.initializers.emplace_back();
                tensor(sub(b, e, r), g.initializers.back());
                break;
            case 11:
                g.inputs.emplace_back(), valueInfo(sub(b, e, r), g.inputs.back());
                break;
            case 12:
                g.outputs.emplace_back(), valueInfo(sub(b, e, r), g.outputs.back());
                break;
            case 13:
                g.valueInfo.emplace_back(), valueInfo(sub(b, e, r), g.valueInfo.back());
                break;
            default:
                break;
            }
            if (!m_error.isEmpty())
                return false;
        }
        return check(r);
    }

    void node(Reader r, Node &n, int depth)
    {
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type) && m_error.isEmpty()) {
            const char *b = nullptr, *e = nullptr;
            if (type != onnxwire::Bytes) {
                r.skip(type);
                continue;
            }
            if (!r.bytes(b, e))
                break;
            const QString text = QString::fromUtf8(b, int(e - b));
            switch (field) {
            case 1:
                n.inputs << text;
                break;
            case 2:
                n.outputs << text;
                break;
            case 3:
                n.name = text;
                break;
            case 4:
                n.opType = text;
                break;
            case 5:
                attribute(sub(b, e, r), n, depth);
                break;
            default:
                break;
            }
        }
        check(r);
    }

    void attribute(Reader r, Node &n, int depth)
    {
        QString name;
        Attribute a;
        a.present = true;
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type) && m_error.isEmpty()) {
            quint64 v = 0;
            quint32 f = 0;
            const char *b = nullptr, *e = nullptr;
            if (field == 1 && type == onnxwire::Bytes) {
                r.string(name);
            } else if (field == 2 && type == onnxwire::Fixed32 && r.fixed32(f)) {
                std::memcpy(&a.f, &f, sizeof f);
            } else if (field == 3 && type == onnxwire::Varint && r.varint(v)) {
                a.i = qint64(v);
            } else if (field == 4 && type == onnxwire::Bytes && r.bytes(b, e)) {
                a.s = QByteArray(b, int(e - b));
            } else if (field == 8 && type == onnxwire::Varint && r.varint(v)) {
                a.ints.push_back(qint64(v));
            } else if (field == 8 && type == onnxwire::Bytes && r.bytes(b, e)) {
                Reader packed = sub(b, e, r);
                while (!packed.atEnd() && packed.varint(v) && a.ints.size() < 4096)
                    a.ints.push_back(qint64(v));
                r.absorb(packed);
            } else if ((field == 6 || field == 11) && type == onnxwire::Bytes && r.bytes(b, e)) {
                Graph body;
                if (graph(sub(b, e, r), body, depth + 1))
                    n.subgraphElements += elements(body);
            } else {
                r.skip(type);
            }
        }
        if (check(r) && !name.isEmpty())
            n.attributes[name] = a;
    }

    static qint64 elements(const Graph &g)
    {
        qint64 total = 0;
        for (const Tensor &t : g.initializers)
            total += t.elements;
        for (const Node &n : g.nodes)
            total += n.subgraphElements;
        return std::min(total, kMaxTensorElements);
    }

    void tensor(Reader r, Tensor &t)
    {
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type) && m_error.isEmpty()) {
            quint64 v = 0;
            const char *b = nullptr, *e = nullptr;
            if (field == 1 && type == onnxwire::Varint && r.varint(v)) {
                addDim(t, v);
            } else if (field == 1 && type == onnxwire::Bytes && r.bytes(b, e)) {
                Reader packed = sub(b, e, r);
                while (!packed.atEnd() && m_error.isEmpty() && packed.varint(v))
                    addDim(t, v);
                r.absorb(packed);
            } else if (field == 8 && type == onnxwire::Bytes) {
                r.string(t.name);
            } else {
                r.skip(type);
            }
        }
        check(r);
    }

    void addDim(Tensor &t, quint64 v)
    {
        if (t.dims.size() >= 64)
            return void(fail(OnnxImporter::tr("initializer \"%1\" has more than 64 dimensions").arg(t.name)));
        const qint64 d = qint64(v);
        if (d < 0 || (d > 0 && t.elements > kMaxTensorElements / d))
            return void(fail(OnnxImporter::tr("initializer \"%1\" has absurd dimensions (over %2 elements)")
                                 .arg(t.name.isEmpty() ? OnnxImporter::tr("(unnamed)") : t.name)
                                 .arg(kMaxTensorElements)));
        t.dims.push_back(d);
        t.elements *= d;
    }

    void valueInfo(Reader r, ValueInfo &vi)
    {
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type) && m_error.isEmpty()) {
            const char *b = nullptr, *e = nullptr;
            if (field == 1 && type == onnxwire::Bytes) {
                r.string(vi.name);
            } else if (field == 2 && type == onnxwire::Bytes && r.bytes(b, e)) {
                // TypeProto.tensor_type (1) → elem_type (1), shape (2) → dim (1) → dim_value (1)
                Reader typeProto = sub(b, e, r);
                while (typeProto.next(field, type)) {
                    if (field == 1 && type == onnxwire::Bytes && typeProto.bytes(b, e))
                        tensorType(sub(b, e, r), vi);
                    else
                        typeProto.skip(type);
                }
                r.absorb(typeProto);
            } else {
                r.skip(type);
            }
        }
        check(r);
    }

    void tensorType(Reader r, ValueInfo &vi)
    {
        quint32 field = 0;
        int type = 0;
        while (r.next(field, type)) {
            quint64 v = 0;
            const char *b = nullptr, *e = nullptr;
            if (field == 1 && type == onnxwire::Varint && r.varint(v)) {
                vi.elemType = int(v);
            } else if (field == 2 && type == onnxwire::Bytes && r.bytes(b, e)) {
                vi.hasShape = true;
                Reader shape = sub(b, e, r);
                while (shape.next(field, type)) {
                    if (field == 1 && type == onnxwire::Bytes && shape.bytes(b, e)) {
                        qint64 value = -1;
                        Reader dim = sub(b, e, r);
                        while (dim.next(field, type)) {
                            if (field == 1 && type == onnxwire::Varint && dim.varint(v))
                                value = qint64(v) < 0 ? -1 : qint64(v);
                            else
                                dim.skip(type);
                        }
                        shape.absorb(dim);
                        if (vi.dims.size() < 64)
                            vi.dims.push_back(value);
                    } else {
                        shape.skip(type);
                    }
                }
                r.absorb(shape);
            } else {
                r.skip(type);
            }
        }
        check(r);
    }

    const QByteArray &m_data;
    QString m_error;
};

} // namespace

qint64 Node::intAttr(const char *key, qint64 fallback) const
{
    const auto it = attributes.find(QLatin1String(key));
    return it == attributes.end() ? fallback : it->second.i;
}

std::vector<qint64> Node::intsAttr(const char *key) const
{
    const auto it = attributes.find(QLatin1String(key));
    return it == attributes.end() ? std::vector<qint64>{} : it->second.ints;
}

float Node::floatAttr(const char *key, float fallback) const
{
    const auto it = attributes.find(QLatin1String(key));
    return it == attributes.end() ? fallback : it->second.f;
}

QString Node::stringAttr(const char *key) const
{
    const auto it = attributes.find(QLatin1String(key));
    return it == attributes.end() ? QString() : QString::fromUtf8(it->second.s);
}

bool parseModel(const QByteArray &data, Model &model, QString *error)
{
    Parser parser(data);
    Model m;
    if (!parser.model(m)) {
        if (error)
            *error = parser.error();
        return false;
    }
    if (!m.hasGraph) {
        if (error)
            *error = OnnxImporter::tr("no graph found: this is not an ONNX model");
        return false;
    }
    model = std::move(m);
    return true;
}

} // namespace headroom::onnx
