// ONNX graph → planner architecture. The planner's trees are chains of layers, so nodes are
// visited in topological order and each becomes one layer fed by the previous one. A node is
// mapped to a layer kind only when it reads the previous node's output and its parameters match
// what the kind would count; anything else becomes a Generic layer carrying the node's own output
// shape and initializer count, so parameter totals stay exact.
#include "core/io/onnx/onnximporter.h"

#include "core/io/onnx/onnxmodel.h"

#include <QFile>
#include <QFileInfo>
#include <deque>
#include <map>
#include <set>

namespace headroom {

using namespace build;

namespace {

using Dims = std::vector<qint64>; // with the batch dimension first; -1 unknown

constexpr int kElemInt64 = 7, kElemInt32 = 6;

// Every dimension but the (often symbolic) batch is known.
bool known(const Dims &d)
{
    for (std::size_t i = 1; i < d.size(); ++i)
        if (d[i] < 0)
            return false;
    return !d.empty();
}

class Builder
{
public:
    Builder(const onnx::Model &m, OnnxImportInfo &info) : m_graph(m.graph), m_info(info) {}

    bool build(Architecture &arch, QString &error)
    {
        for (const onnx::Tensor &t : m_graph.initializers) {
            m_constElements[t.name] = t.elements;
            m_info.initializerElements += t.elements;
        }
        for (const auto *list : {&m_graph.inputs, &m_graph.outputs, &m_graph.valueInfo})
            for (const onnx::ValueInfo &v : *list)
                if (v.hasShape && !m_shapes.count(v.name))
                    m_shapes[v.name] = v.dims;
        if (!input(arch, error) || !sort(error))
            return false;
        std::vector<Node> layers;
        for (int index : m_order) {
            const onnx::Node &n = m_graph.nodes[std::size_t(index)];
            if (isConstant(n))
                continue;
            ++m_info.nodes;
            layers.push_back(layer(n, index));
            if (!error.isEmpty())
                return false;
        }
        if (layers.empty()) {
            error = OnnxImporter::tr("the graph has no operations on its input");
            return false;
        }
        arch.root = sequence(QStringLiteral("model"), std::move(layers));
        return true;
    }

private:
    // The first graph input that is not an initializer, as the planner's per-sample input.
    bool input(Architecture &arch, QString &error)
    {
        for (const onnx::ValueInfo &v : m_graph.inputs) {
            if (m_constElements.count(v.name))
                continue;
            if (!v.hasShape || v.dims.size() < 2) {
                error =
                    OnnxImporter::tr("graph input \"%1\" has no shape with a batch dimension").arg(v.name);
                return false;
            }
            Dims sample(v.dims.begin() + 1, v.dims.end());
            QStringList text{QStringLiteral("batch")};
            for (qint64 d : sample) {
                if (d < 1 || d > (1 << 24)) {
                    error =
                        OnnxImporter::tr("graph input \"%1\" has a symbolic or absurd dimension besides the "
                                         "batch; export it with fixed sizes")
                            .arg(v.name);
                    return false;
                }
                text << QString::number(d);
            }
            m_info.inputShape = text.join(QChar(0xd7));
            const bool ids = v.elemType == kElemInt64 || v.elemType == kElemInt32;
            if (sample.size() == 3 && sample[1] == sample[2] && !ids) {
                arch.input = InputSpec{InputSpec::Type::Image, int(sample[0]), int(sample[1]), 0, 0};
                arch.family = QStringLiteral("vision");
            } else if (sample.size() == 1 && ids) {
                arch.input = InputSpec{InputSpec::Type::Tokens, 1, 0, int(sample[0]), int(sample[0])};
                arch.family = QStringLiteral("language");
            } else if (sample.size() <= 2 && !ids) {
                const int seq = sample.size() == 2 ? int(sample[0]) : 0;
                arch.input = InputSpec{InputSpec::Type::Features, int(sample.back()), 0, seq, 0};
                arch.family = QStringLiteral("classical");
            } else {
                error = OnnxImporter::tr(
                            "graph input \"%1\" (%2) is not an image (C×H×W with H = W), token ids or "
                            "feature vectors")
                            .arg(v.name, m_info.inputShape);
                return false;
            }
            m_current = v.name;
            m_shapes[v.name] = v.dims;
            return true;
        }
        error = OnnxImporter::tr("the graph has no input besides its initializers");
        return false;
    }

    // Kahn's algorithm; a node left over sits on a cycle.
    bool sort(QString &error)
    {
        std::map<QString, int> producer;
        for (std::size_t i = 0; i < m_graph.nodes.size(); ++i)
            for (const QString &o : m_graph.nodes[i].outputs)
                if (!o.isEmpty())
                    producer[o] = int(i);
        std::vector<int> pending(m_graph.nodes.size(), 0);
        std::vector<std::vector<int>> consumers(m_graph.nodes.size());
        for (std::size_t i = 0; i < m_graph.nodes.size(); ++i)
            for (const QString &in : m_graph.nodes[i].inputs) {
                const auto it = producer.find(in);
                if (it != producer.end()) {
                    ++pending[i];
                    consumers[std::size_t(it->second)].push_back(int(i));
                }
            }
        std::deque<int> ready;
        for (std::size_t i = 0; i < pending.size(); ++i)
            if (pending[i] == 0)
                ready.push_back(int(i));
        while (!ready.empty()) {
            const int i = ready.front();
            ready.pop_front();
            m_order.push_back(i);
            for (int c : consumers[std::size_t(i)])
                if (--pending[std::size_t(c)] == 0)
                    ready.push_back(c);
        }
        if (m_order.size() == m_graph.nodes.size())
            return true;
        for (std::size_t i = 0; i < pending.size(); ++i)
            if (pending[i] > 0) {
                const onnx::Node &n = m_graph.nodes[i];
                error = OnnxImporter::tr(
                            "the graph has a cycle through node \"%1\" (%2); ONNX graphs must be acyclic")
                            .arg(n.name.isEmpty() ? n.outputs.value(0) : n.name, n.opType);
                return false;
            }
        return false;
    }

    // Constant, or computed from initializers and constants only (Identity of a weight, ...).
    bool isConstant(const onnx::Node &n)
    {
        bool allConstant = true;
        qint64 aliased = 0;
        for (const QString &in : n.inputs) {
            if (in.isEmpty())
                continue;
            const auto it = m_constElements.find(in);
            if (it == m_constElements.end())
                allConstant = false;
            else
                aliased += it->second;
        }
        if (!allConstant)
            return false;
        // Identity passes a weight through under a new name: count it once, at its consumer.
        const bool alias = n.opType == QLatin1String("Identity") && n.inputs.size() == 1;
        for (const QString &o : n.outputs) {
            m_constElements[o] = alias ? aliased : 0;
            if (alias)
                m_aliasOf[o] = n.inputs.first();
        }
        return true;
    }

    QString root(const QString &name) const
    {
        const auto it = m_aliasOf.find(name);
        return it == m_aliasOf.end() ? name : root(it->second);
    }

    qint64 constElements(const QString &name) const
    {
        const auto it = m_constElements.find(name);
        return it == m_constElements.end() ? 0 : it->second;
    }

    const Dims *constDims(const QString &name) const
    {
        const QString r = root(name);
        for (const onnx::Tensor &t : m_graph.initializers)
            if (t.name == r)
                return &t.dims;
        return nullptr;
    }

    Node layer(const onnx::Node &n, int index)
    {
        QStringList data;
        qint64 weights = n.subgraphElements;
        for (const QString &in : n.inputs) {
            if (in.isEmpty())
                continue;
            if (m_constElements.count(in)) {
                if (m_counted.insert(root(in)).second)
                    weights += constElements(in);
            } else {
                data << in;
            }
        }
        const QString name = n.name.isEmpty() ? QStringLiteral("%1_%2").arg(n.opType).arg(index) : n.name;
        const QString out = n.outputs.value(0);
        const bool chained = data.size() == 1 && data.first() == m_current;
        const auto inIt = m_shapes.find(data.value(0));
        const Dims in = inIt == m_shapes.end() ? Dims{} : inIt->second;
        Dims y;
        Node mapped;
        bool ok = chained && known(in) && map(n, name, in, weights, mapped, y);
        if (ok) {
            ++m_info.mappedNodes;
        } else {
            if (!m_info.unmappedOps.contains(n.opType))
                m_info.unmappedOps << n.opType;
            mapped = generic(n, name, data, in, weights, y);
        }
        if (!out.isEmpty()) {
            if (!m_shapes.count(out) && !y.empty())
                m_shapes[out] = y;
            m_current = out;
        }
        return mapped;
    }

    bool map(const onnx::Node &n, const QString &name, const Dims &in, qint64 weights, Node &layer, Dims &y)
    {
        const QString &op = n.opType;
        const std::size_t rank = in.size();
        y = in;
        if (op == QLatin1String("Relu") || op == QLatin1String("Sigmoid") || op == QLatin1String("Tanh") ||
            op == QLatin1String("Softmax") || op == QLatin1String("Gelu")) {
            if (weights != 0)
                return false;
            layer = op == QLatin1String("Relu")      ? relu(name)
                    : op == QLatin1String("Sigmoid") ? sigmoid(name)
                    : op == QLatin1String("Tanh")    ? tanh(name)
                    : op == QLatin1String("Softmax")
                        ? softmax(name)
                        : gelu(name, n.stringAttr("approximate") == QLatin1String("tanh"));
            return rank >= 2 && rank <= 4;
        }
        if (op == QLatin1String("Conv") && rank == 4) {
            const Dims *w = constDims(n.inputs.value(1));
            if (!w || w->size() != 4 || (*w)[2] != (*w)[3])
                return false;
            const qint64 cout = (*w)[0], k = (*w)[2], groups = n.intAttr("group", 1);
            const Dims strides = n.intsAttr("strides"), pads = n.intsAttr("pads"),
                       dil = n.intsAttr("dilations");
            const qint64 stride = strides.empty() ? 1 : strides[0], pad = pads.empty() ? 0 : pads[0];
            const qint64 dilation = dil.empty() ? 1 : dil[0];
            for (qint64 v : strides)
                if (v != stride)
                    return false;
            for (qint64 v : pads)
                if (v != pad)
                    return false;
            for (qint64 v : dil)
                if (v != dilation)
                    return false;
            const QString autoPad = n.stringAttr("auto_pad");
            if (!autoPad.isEmpty() && autoPad != QLatin1String("NOTSET"))
                return false;
            const bool bias = n.inputs.size() > 2 && !n.inputs[2].isEmpty();
            if (groups < 1 || in[1] % groups != 0 || (*w)[1] * groups != in[1] || stride < 1 ||
                dilation < 1 || weights != cout * (*w)[1] * k * k + (bias ? cout : 0))
                return false;
            const qint64 oh = (in[2] + 2 * pad - dilation * (k - 1) - 1) / stride + 1;
            const qint64 ow = (in[3] + 2 * pad - dilation * (k - 1) - 1) / stride + 1;
            if (oh < 1 || ow < 1)
                return false;
            layer = conv(name, int(cout), int(k), int(stride), int(pad), bias, int(groups), int(dilation));
            y = {in[0], cout, oh, ow};
            return true;
        }
        if (op == QLatin1String("Gemm") && rank == 2) {
            const Dims *w = constDims(n.inputs.value(1));
            if (!w || w->size() != 2 || n.intAttr("transA", 0) != 0)
                return false;
            const bool transB = n.intAttr("transB", 0) != 0;
            const qint64 inF = transB ? (*w)[1] : (*w)[0], outF = transB ? (*w)[0] : (*w)[1];
            const bool bias = n.inputs.size() > 2 && !n.inputs[2].isEmpty();
            if (inF != in[1] || weights != inF * outF + (bias ? outF : 0))
                return false;
            layer = linear(name, int(outF), bias);
            y = {in[0], outF};
            return true;
        }
        if (op == QLatin1String("MatMul") && rank >= 2 && rank <= 4) {
            const Dims *w = constDims(n.inputs.value(1));
            if (!w || w->size() != 2 || (*w)[0] != in.back() || weights != (*w)[0] * (*w)[1])
                return false;
            layer = linear(name, int((*w)[1]), false);
            y.back() = (*w)[1];
            return true;
        }
        if (op == QLatin1String("BatchNormalization") && rank == 4) {
            if (weights != 4 * in[1] || n.outputs.size() > 1)
                return false;
            m_info.bufferElements += 2 * in[1]; // running mean and variance
            layer = batchNorm(name);
            return true;
        }
        if ((op == QLatin1String("MaxPool") || op == QLatin1String("AveragePool")) && rank == 4 &&
            weights == 0) {
            const Dims kernel = n.intsAttr("kernel_shape"), strides = n.intsAttr("strides"),
                       pads = n.intsAttr("pads");
            if (kernel.size() != 2 || kernel[0] != kernel[1] || n.outputs.size() > 1)
                return false;
            const qint64 k = kernel[0], stride = strides.empty() ? 1 : strides[0],
                         pad = pads.empty() ? 0 : pads[0];
            for (qint64 v : strides)
                if (v != stride)
                    return false;
            for (qint64 v : pads)
                if (v != pad)
                    return false;
            for (qint64 v : n.intsAttr("dilations"))
                if (v != 1)
                    return false;
            const bool ceil = n.intAttr("ceil_mode", 0) != 0;
            if (stride < 1 || (ceil && op == QLatin1String("AveragePool")))
                return false;
            auto outSize = [&](qint64 size) {
                const qint64 span = size + 2 * pad - k;
                if (span < 0)
                    return qint64(0);
                qint64 o = (ceil ? (span + stride - 1) / stride : span / stride) + 1;
                if (ceil && (o - 1) * stride >= size + pad)
                    --o;
                return o;
            };
            y = {in[0], in[1], outSize(in[2]), outSize(in[3])};
            if (y[2] < 1 || y[3] < 1)
                return false;
            layer = op == QLatin1String("MaxPool") ? maxPool(name, int(k), int(stride), int(pad), ceil)
                                                   : avgPool(name, int(k), int(stride), int(pad));
            return true;
        }
        if (op == QLatin1String("GlobalAveragePool") && rank == 4 && weights == 0) {
            layer = adaptiveAvgPool(name, 1, 1);
            y = {in[0], in[1], 1, 1};
            return true;
        }
        if (op == QLatin1String("Flatten") && n.intAttr("axis", 1) == 1 && weights == 0 && rank >= 2) {
            qint64 features = 1;
            for (std::size_t i = 1; i < rank; ++i)
                features *= in[i];
            layer = flatten(name);
            y = {in[0], features};
            return true;
        }
        if (op == QLatin1String("LayerNormalization") && rank >= 2 && rank <= 3) {
            const qint64 axis = n.intAttr("axis", -1);
            const bool bias = n.inputs.size() > 2 && !n.inputs[2].isEmpty();
            if ((axis != -1 && axis != qint64(rank) - 1) || weights != in.back() * (bias ? 2 : 1))
                return false;
            layer = layerNorm(name, bias);
            return true;
        }
        return false;
    }

    // An op the planner does not model: its own output shape (per sample, at most three
    // dimensions) and parameters. Ops that only move or add data keep nothing for backward.
    Node generic(const onnx::Node &n, const QString &name, const QStringList &data, const Dims &in,
                 qint64 weights, Dims &y)
    {
        static const std::set<QString> savesNothing = {
            QStringLiteral("Add"),       QStringLiteral("Sub"),       QStringLiteral("Concat"),
            QStringLiteral("Reshape"),   QStringLiteral("Transpose"), QStringLiteral("Squeeze"),
            QStringLiteral("Unsqueeze"), QStringLiteral("Identity"),  QStringLiteral("Pad"),
            QStringLiteral("Flatten"),   QStringLiteral("Dropout"),   QStringLiteral("Shape")};
        const auto shapeIt = m_shapes.find(n.outputs.value(0));
        y = shapeIt != m_shapes.end() ? shapeIt->second : Dims{};
        if (!known(y) && data.size() == 1 && known(in))
            y = in; // unknown shape: assume the op keeps its input's shape, as the layer does
        if (!known(y) && n.opType == QLatin1String("Add") && known(in))
            y = in;
        Node g(LayerKind::Generic, name);
        g.set(attr::GenParams, double(weights));
        g.set(attr::GenSavesInput, savesNothing.count(n.opType) ? 0 : 1);
        if (!known(y) || y.size() < 2) {
            g.set(attr::GenRank, 0); // the planner's current shape
            return g;
        }
        Dims s(y.begin() + 1, y.end());
        while (s.size() > 3) { // fold leading dimensions: element counts are what memory depends on
            s[1] *= s[0];
            s.erase(s.begin());
        }
        g.set(attr::GenRank, double(s.size()));
        for (std::size_t i = 0; i < s.size(); ++i)
            g.set(attr::GenD0 + int(i), double(std::max<qint64>(1, s[i])));
        return g;
    }

    const onnx::Graph &m_graph;
    OnnxImportInfo &m_info;
    std::map<QString, qint64> m_constElements;
    std::map<QString, QString> m_aliasOf;
    std::set<QString> m_counted;
    std::map<QString, Dims> m_shapes;
    std::vector<int> m_order;
    QString m_current;
};

} // namespace

bool OnnxImporter::import(const QByteArray &data, Architecture &out, QString *error, OnnxImportInfo *info)
{
    onnx::Model model;
    QString message;
    if (!onnx::parseModel(data, model, &message)) {
        if (error)
            *error = message;
        return false;
    }
    OnnxImportInfo found;
    found.opsetVersion = int(model.opset);
    Architecture arch;
    Builder builder(model, found);
    if (!builder.build(arch, message)) {
        if (error)
            *error = message;
        return false;
    }
    arch.name = model.graph.name.isEmpty() ? tr("Imported ONNX model") : model.graph.name;
    arch.source = tr("ONNX file (opset %1, produced by %2)")
                      .arg(model.opset)
                      .arg(model.producer.isEmpty() ? tr("an unnamed tool") : model.producer);
    out = std::move(arch);
    if (info)
        *info = found;
    return true;
}

bool OnnxImporter::importFile(const QString &path, Architecture &out, QString *error, OnnxImportInfo *info)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > (qint64(2) << 30)) {
        if (error)
            *error = tr("%1: larger than 2 GiB; ONNX keeps big weights in external data files").arg(path);
        return false;
    }
    if (import(file.readAll(), out, error, info)) {
        if (out.name == QLatin1String("torch_jit") || out.name == tr("Imported ONNX model"))
            out.name = QFileInfo(path).completeBaseName(); // torch.onnx.export names every graph torch_jit
        return true;
    }
    if (error)
        *error = tr("%1: %2").arg(path, *error);
    return false;
}

} // namespace headroom
