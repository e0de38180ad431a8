#include "core/simulate/modelcompiler.h"

#include <algorithm>
#include <cmath>

namespace headroom {

// What each op saves follows PyTorch's autograd formulas (tools/autograd/derivatives.yaml) and was
// checked against saved_tensors_hooks measurements (tests/data/calibration): a convolution and a
// linear layer save their input (for the weight gradient), batch norm its input plus per-channel
// statistics, layer norm its input plus per-row mean and rstd, GELU and SiLU their input, ReLU and
// sigmoid their output, max-pool its input and int64 indices, dropout a 1-byte mask on CUDA
// (native_dropout), softmax its output, matmul both operands, an embedding its int64 ids.

namespace {
constexpr int kIdBytes = 8;   // int64 token ids, pool indices, position ids
constexpr int kMaskBytes = 1; // bool dropout mask
constexpr int kStatBytes = 4; // norm statistics are fp32 on CUDA whatever the input dtype
// Repeated blocks are simulated twice each, so nesting them multiplies the work: a bound keeps a
// small file with deeply nested repeats from running for hours. Real models need a few thousand.
constexpr qint64 kMaxVisits = 1'000'000;

Shape shape1(qint64 a)
{
    return {1, {a, 1, 1}};
}
Shape shape2(qint64 a, qint64 b)
{
    return {2, {a, b, 1}};
}
Shape shape3(qint64 a, qint64 b, qint64 c)
{
    return {3, {a, b, c}};
}

// Rows of a tensor whose last dimension is the feature dimension.
qint64 rowsOf(const Shape &s)
{
    return s.last() > 0 ? s.elements() / s.last() : 0;
}

Shape withLast(const Shape &s, qint64 last)
{
    Shape r = s;
    if (r.rank == 0)
        r.rank = 1;
    r.d[r.rank - 1] = last;
    return r;
}
} // namespace

CompileOptions CompileOptions::fromWorkload(const Workload &w)
{
    CompileOptions o;
    o.sequenceLength = w.sequenceLength;
    o.imageSize = w.imageSize;
    o.precision = w.precision;
    o.training = w.mode != Mode::Inference;
    o.flashAttention = w.flashAttention;
    const bool peft = w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full;
    o.frozenBase = peft;
    o.loraTargets = peft ? w.loraTargets : 0u;
    o.loraRank = peft ? w.loraRank : 0;
    if (peft && w.fineTuneMethod == FineTuneMethod::QLoRA)
        o.precision = Precision::BF16; // QLoRA computes in bf16 over a 4-bit base
    return o;
}

bool CompileOptions::operator==(const CompileOptions &o) const
{
    return sequenceLength == o.sequenceLength && imageSize == o.imageSize && precision == o.precision &&
           training == o.training && flashAttention == o.flashAttention && frozenBase == o.frozenBase &&
           loraTargets == o.loraTargets && loraRank == o.loraRank &&
           pytorch1MeanSavesInput == o.pytorch1MeanSavesInput;
}

CompiledModel ModelCompiler::compile(const Architecture &arch, const CompileOptions &options)
{
    CompiledModel out;
    compile(arch, options, out);
    return out;
}

void ModelCompiler::compile(const Architecture &arch, const CompileOptions &options, CompiledModel &out)
{
    m_options = &options;
    m_out = &out;
    auto rows = std::move(out.rows);
    rows.clear();
    out = CompiledModel{};
    out.rows = std::move(rows);

    const PrecisionTraits traits = precisionTraits(options.precision);
    m_autocast = traits.autocast;
    m_fp8 = options.precision == Precision::FP8;
    m_actBytes = m_autocast ? 4 : traits.activationBytes;

    // The input tensor.
    Tensor input;
    const InputSpec &in = arch.input;
    const qint64 seq = options.sequenceLength > 0 ? options.sequenceLength : in.sequenceLength;
    const qint64 image = options.imageSize > 0 ? options.imageSize : in.imageSize;
    switch (in.type) {
    case InputSpec::Type::Image:
        if (in.channels < 1 || image < 1) {
            out.error = tr("The input image needs at least one channel and one pixel.");
            return;
        }
        input.shape = shape3(in.channels, image, image);
        input.elementBytes = m_actBytes;
        break;
    case InputSpec::Type::Tokens:
        if (seq < 1) {
            out.error = tr("The sequence length must be at least 1.");
            return;
        }
        if (in.maxSequenceLength > 0 && seq > in.maxSequenceLength) {
            out.error = tr("The sequence length %1 exceeds the model's context of %2 tokens.")
                            .arg(seq)
                            .arg(in.maxSequenceLength);
            return;
        }
        input.shape = shape1(seq);
        input.elementBytes = kIdBytes;
        out.sequenceLength = seq;
        break;
    case InputSpec::Type::Features:
        if (in.channels < 1) {
            out.error = tr("The input needs at least one feature.");
            return;
        }
        input.shape = seq > 0 ? shape2(seq, in.channels) : shape1(in.channels);
        input.elementBytes = m_actBytes;
        out.sequenceLength = seq;
        break;
    }
    out.input = input.shape;

    // Pass 1: everything, per layer, without checkpointing.
    m_storages.clear();
    m_checkpointPass = false;
    m_scope = 1;
    m_nextScope = 2;
    m_inUnit = false;
    m_saved = m_savedFixed = m_core = m_tp = 0;
    m_inferencePeak = m_largestIo = 0;
    m_lastLeafOutput = -1;
    m_lastLeafInput = m_inferencePeakBeforeLastLeaf = 0;
    m_inCore = false;
    m_inTp = false;
    m_multiplicity = 1;
    m_rowCursor = 0;
    m_node = &arch.root;
    m_visits = 0;
    input.storage = newTensor(input.shape, input.elementBytes).storage;
    const Tensor result = run(arch.root, input, 1, 0, -1);
    if (!out.ok())
        return;

    out.output = result.shape;
    out.outputClasses = double(result.shape.rank == 3 ? result.shape.d[0] : result.shape.last());
    out.outputElementBytes = result.elementBytes;
    out.savedPerSample = m_saved;
    out.savedFixed = m_savedFixed;
    out.attentionCorePerSample = m_core;
    out.tensorParallelSavedPerSample = m_tp;
    out.inferencePeakPerSample = m_inferencePeak;
    // Token models generate: Hugging Face generate() (logits_to_keep=1) and vLLM compute the
    // output head for the last prompt position only, whose logits the memory model counts as a
    // temporary. Without this, a 128k vocabulary's prompt-wide logits dominated the prefill
    // peak: Llama-3.2-1B, 16 × 1,024-token prompts on an H200 peaked at 3.84 GiB, not 7.3.
    if (arch.input.type == InputSpec::Type::Tokens && result.storage == m_lastLeafOutput)
        out.inferencePeakPerSample = std::max(m_inferencePeakBeforeLastLeaf, m_lastLeafInput);
    out.largestLayerIoPerSample = m_largestIo;

    // Composite rows carry their subtree's totals.
    for (int i = int(out.rows.size()) - 1; i >= 0; --i) {
        const LayerRow &r = out.rows[std::size_t(i)];
        if (r.parent < 0)
            continue;
        LayerRow &p = out.rows[std::size_t(r.parent)];
        p.savedBytes += r.savedBytes;
        p.savedFixedBytes += r.savedFixedBytes;
        p.flops += r.flops;
        p.paramsPerInstance =
            sizeAdd(p.paramsPerInstance,
                    sizeMul(r.paramsPerInstance, r.instances / std::max<qint64>(1, p.instances)));
    }
    // ZeRO-3/FSDP gather one wrapped block (or one large layer) at a time.
    for (const LayerRow &r : out.rows) {
        if (!r.node)
            continue;
        const qint64 repeat = r.node->isComposite() ? std::max(1, r.node->repeat()) : 1;
        if (r.node->isComposite() && repeat < 2)
            continue;
        out.largestBlockParameters = std::max(out.largestBlockParameters, r.paramsPerInstance / repeat);
    }

    // Pass 2: what full checkpointing keeps (only when the model has checkpoint units).
    if (out.checkpointUnits > 0) {
        m_storages.clear();
        m_checkpointPass = true;
        m_maskKept = false;
        m_saved = m_savedFixed = 0;
        m_rowCursor = 0;
        Tensor x2 = input;
        x2.storage = newTensor(input.shape, input.elementBytes).storage;
        run(arch.root, x2, 1, 0, -1);
        out.checkpointStoredPerSample = m_saved;
        out.checkpointStoredFixed = m_savedFixed;
        m_checkpointPass = false;
    } else {
        out.checkpointStoredPerSample = out.savedPerSample;
        out.checkpointStoredFixed = out.savedFixed;
    }
}

ModelCompiler::Tensor ModelCompiler::newTensor(const Shape &s, int elementBytes)
{
    Tensor t;
    t.shape = s;
    t.elementBytes = elementBytes;
    if (sizeMul(s.elements(), elementBytes) > kSizeLimit) {
        if (m_node)
            fail(*m_node, tr("a %1-bit tensor (%2 per sample) exceeds the 2^53-byte limit.")
                              .arg(elementBytes * 8)
                              .arg(s.toString()));
        t.shape = Shape{s.rank, {1, 1, 1}}; // keeps the arithmetic after the failure small and defined
    }
    t.storage = int(m_storages.size());
    m_storages.push_back({t.bytes(), 0});
    return t;
}

void ModelCompiler::save(const Tensor &t)
{
    if (t.storage < 0)
        return;
    Storage &s = m_storages[std::size_t(t.storage)];
    if (s.savedMark == m_scope)
        return;
    // Outside checkpoint units the mark is the model scope (1); inside, each unit instance has its
    // own scope, so its saves are counted for that unit only.
    if (m_inUnit) {
        s.savedMark = m_scope;
        m_unitBytes += s.bytes;
        return;
    }
    if (s.savedMark == 1)
        return;
    s.savedMark = 1;
    saveBytes(s.bytes);
}

void ModelCompiler::saveBytes(double perSample, double fixed)
{
    if (m_inUnit) {
        m_unitBytes += perSample; // batch-independent bytes inside a unit are negligible
        return;
    }
    const double m = double(m_multiplicity);
    m_saved += perSample * m;
    m_savedFixed += fixed * m;
    if (m_inCore)
        m_core += perSample * m;
    if (m_inTp)
        m_tp += perSample * m;
    if (!m_checkpointPass && m_row >= 0) {
        LayerRow &row = m_out->rows[std::size_t(m_row)];
        row.savedBytes += perSample * m;
        row.savedFixedBytes += fixed * m;
    }
}

void ModelCompiler::addParams(qint64 count)
{
    if (m_checkpointPass)
        return;
    addScaled(m_out->parameters, count);
    if (m_out->parameters > kSizeLimit && m_node)
        fail(*m_node, tr("the model's parameter count exceeds the 2^53 limit."));
    if (!m_options->frozenBase)
        addScaled(m_out->trainableParameters, count);
    if (m_row >= 0)
        m_out->rows[std::size_t(m_row)].paramsPerInstance = count;
}

void ModelCompiler::fail(const Node &node, const QString &message)
{
    if (!m_out->error.isEmpty())
        return;
    const QString name = node.name.isEmpty() ? layerKindName(node.kind) : node.name;
    m_out->error = tr("Layer \"%1\" (%2): %3").arg(name, layerKindName(node.kind), message);
}

bool ModelCompiler::validateAttributes(const Node &node)
{
    const auto &attributes = layerKindInfo(node.kind).attributes;
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        const AttributeInfo &a = attributes[i];
        const double v = node.values[i];
        if ((std::isfinite(v) && v >= a.minimum && v <= a.maximum) && (!a.isInteger || v == std::floor(v)))
            continue; // the common case: no string work
        const QString label = QCoreApplication::translate("Layer", a.label);
        if (!std::isfinite(v) || v < a.minimum || v > a.maximum) {
            fail(node, tr("%1 must be between %2 and %3 (got %4).")
                           .arg(label)
                           .arg(a.minimum, 0, 'g', 10)
                           .arg(a.maximum, 0, 'g', 10)
                           .arg(v, 0, 'g', 10));
            return false;
        }
        if (a.isInteger && v != std::floor(v)) {
            fail(node, tr("%1 must be a whole number (got %2).").arg(label).arg(v, 0, 'g', 10));
            return false;
        }
    }
    return true;
}

void ModelCompiler::addRow(const Node &node, int depth, int parent)
{
    LayerRow row;
    row.node = &node;
    row.parent = parent;
    row.depth = depth;
    if (parent >= 0) {
        const LayerRow &p = m_out->rows[std::size_t(parent)];
        row.instances = sizeMul(p.instances, p.node->repeat());
    }
    m_out->rows.push_back(row);
}

ModelCompiler::Tensor ModelCompiler::run(const Node &node, const Tensor &x, qint64 multiplicity, int depth,
                                         int parent)
{
    if (!m_out->ok())
        return x;
    m_node = &node;
    if (++m_visits > kMaxVisits) {
        fail(node, tr("simulating the architecture takes more than %1 layer steps; nest fewer repeated "
                      "blocks.")
                       .arg(kMaxVisits));
        return x;
    }
    // Rows are laid out in pre-order on the first visit; the steady-state instance of a repeated
    // block walks the same rows again and adds to them. The checkpoint pass keeps no rows.
    int row = -1;
    if (!m_checkpointPass) {
        row = m_rowCursor++;
        if (row == int(m_out->rows.size()))
            addRow(node, depth, parent);
    }

    const qint64 savedMultiplicity = m_multiplicity;
    m_multiplicity = multiplicity;
    Tensor y = x;
    switch (node.kind) {
    case LayerKind::Sequence:
        y = runSequence(node, x, multiplicity, depth, row);
        break;
    case LayerKind::Residual: {
        const Tensor main = runChildren(node.children, x, multiplicity, depth + 1, row);
        const Tensor skip =
            node.shortcut.empty() ? x : runChildren(node.shortcut, x, multiplicity, depth + 1, row);
        if (!m_out->ok())
            break;
        if (!(main.shape == skip.shape)) {
            fail(node, tr("the branch gives %1 but the shortcut gives %2; they must match to be added.")
                           .arg(main.shape.toString(), skip.shape.toString()));
            break;
        }
        m_multiplicity = multiplicity;
        m_node = &node;
        y = newTensor(main.shape, std::max(main.elementBytes, skip.elementBytes));
        break;
    }
    case LayerKind::DenseConcat: {
        const Tensor branch = runChildren(node.children, x, multiplicity, depth + 1, row);
        if (!m_out->ok())
            break;
        Shape s = x.shape;
        const int dim = s.rank == 3 ? 0 : s.rank - 1;
        Shape a = x.shape, b = branch.shape;
        a.d[dim] = b.d[dim] = 0;
        if (!(a == b)) {
            fail(node, tr("cannot concatenate %1 with %2: all but the channel dimension must match.")
                           .arg(x.shape.toString(), branch.shape.toString()));
            break;
        }
        s.d[dim] = x.shape.d[dim] + branch.shape.d[dim];
        m_multiplicity = multiplicity;
        m_node = &node;
        y = newTensor(s, std::max(x.elementBytes, branch.elementBytes));
        break;
    }
    case LayerKind::Scale: {
        const Tensor gate = runChildren(node.children, x, multiplicity, depth + 1, row);
        if (!m_out->ok())
            break;
        for (int i = 0; i < x.shape.rank; ++i) {
            if (gate.shape.d[i] != 1 && gate.shape.d[i] != x.shape.d[i]) {
                fail(node, tr("the gate's shape %1 does not broadcast over %2.")
                               .arg(gate.shape.toString(), x.shape.toString()));
                return x;
            }
        }
        m_multiplicity = multiplicity;
        m_node = &node;
        m_row = row;
        save(x); // x * gate(x): both factors require grad, so mul keeps both
        save(gate);
        y = newTensor(x.shape, std::max(x.elementBytes, gate.elementBytes));
        break;
    }
    default: {
        m_row = row;
        if (!validateAttributes(node))
            break;
        y = runLeaf(node, x);
        if (!m_checkpointPass && m_out->ok()) {
            m_inferencePeakBeforeLastLeaf = m_inferencePeak;
            m_lastLeafOutput = y.storage;
            m_lastLeafInput = x.bytes();
            m_inferencePeak = std::max(m_inferencePeak, x.bytes() + y.bytes());
            m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
        }
        break;
    }
    }
    m_multiplicity = savedMultiplicity;
    if (row >= 0)
        m_out->rows[std::size_t(row)].output = y.shape;
    return y;
}

ModelCompiler::Tensor ModelCompiler::runChildren(const std::vector<Node> &children, const Tensor &x,
                                                 qint64 multiplicity, int depth, int parent)
{
    Tensor t = x;
    for (const Node &child : children) {
        t = run(child, t, multiplicity, depth, parent);
        if (!m_out->ok())
            break;
    }
    return t;
}

ModelCompiler::Tensor ModelCompiler::runSequence(const Node &node, const Tensor &x, qint64 multiplicity,
                                                 int depth, int row)
{
    const qint64 repeat = std::max<qint64>(1, node.intValue(attr::SeqRepeat));
    if (!validateAttributes(node))
        return x;
    const bool unit = node.flag(attr::SeqCheckpoint) && !m_inUnit;
    if (unit && !m_checkpointPass)
        m_out->checkpointUnits =
            int(std::min<qint64>(m_out->checkpointUnits + sizeMul(repeat, multiplicity), 1 << 30));

    // The first instance sees the real input; the second is the steady state every later instance
    // repeats (its input's storage status no longer changes), so it stands for repeat - 1 of them.
    const int firstChildRow = m_rowCursor;
    Tensor t = x;
    const qint64 instances = std::min<qint64>(repeat, 2);
    for (qint64 i = 0; i < instances && m_out->ok(); ++i) {
        m_rowCursor = firstChildRow;
        const qint64 m = sizeMul(multiplicity, i == 0 ? 1 : repeat - 1);
        if (unit && m_checkpointPass) {
            // Full checkpointing: the unit keeps its input; its insides live only while it is
            // recomputed during backward, one unit at a time.
            m_multiplicity = m;
            m_row = -1;
            save(t);
            m_inUnit = true;
            m_scope = m_nextScope++;
            m_unitBytes = 0;
            t = runChildren(node.children, t, m, depth + 1, -1);
            m_inUnit = false;
            m_scope = 1;
            m_out->largestUnitPerSample = std::max(m_out->largestUnitPerSample, m_unitBytes);
        } else {
            t = runChildren(node.children, t, m, depth + 1, row);
        }
    }
    return t;
}

int ModelCompiler::matmulBytes() const
{
    return m_autocast ? 2 : m_actBytes;
}

ModelCompiler::Tensor ModelCompiler::castForMatmul(const Tensor &x)
{
    // torch.autocast casts a matmul's or convolution's fp32 input to half precision for each op:
    // the cast copy is what the op saves (three separate q/k/v projections make three copies).
    if (m_autocast && x.elementBytes != 2)
        return newTensor(x.shape, 2);
    return x;
}

ModelCompiler::Tensor ModelCompiler::linearInput(const Tensor &x, bool trainable, qint64 outFeatures,
                                                 bool lora)
{
    // Transformer Engine's fp8 linear layers save an fp8 copy of their input.
    const Tensor in = m_fp8 ? newTensor(x.shape, 1) : castForMatmul(x);
    if (trainable || lora)
        save(in);
    if (lora && m_options->loraRank > 0) {
        // PEFT: lora_B saves lora_A's output, rank r per row.
        saveBytes(double(rowsOf(x.shape)) * m_options->loraRank * matmulBytes());
        if (!m_checkpointPass) {
            const qint64 adapter = sizeMul(m_options->loraRank, sizeAdd(x.shape.last(), outFeatures));
            addScaled(m_out->parameters, adapter);
            addScaled(m_out->trainableParameters, adapter);
            addScaled(m_out->adapterParameters, adapter);
            addScaled(m_out->activeParameters, adapter);
        }
    }
    return in;
}

ModelCompiler::Tensor ModelCompiler::runLeaf(const Node &node, const Tensor &x)
{
    using namespace attr;
    const bool trainable = !m_options->frozenBase;
    const Shape &s = x.shape;
    double flops = 0;
    qint64 params = 0;
    qint64 matmulParams = 0; // weights quantisation and autocast apply to
    qint64 castParams = -1;  // weights autocast copies, when they differ from matmulParams
    Tensor y = x;

    auto requireRank = [&](int rank, const char *what) {
        if (s.rank != rank) {
            fail(node, tr("expects %1 input but gets %2.").arg(tr(what), s.toString()));
            return false;
        }
        return true;
    };
    auto requireFloat = [&]() {
        if (x.elementBytes == kIdBytes) {
            fail(node, tr("gets token ids; start the model with an Embedding."));
            return false;
        }
        return true;
    };

    switch (node.kind) {
    case LayerKind::Conv2d:
    case LayerKind::ConvTranspose2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")) || !requireFloat())
            break;
        const bool transposed = node.kind == LayerKind::ConvTranspose2d;
        const qint64 cin = s.d[0];
        const qint64 cout = node.intValue(transposed ? int(ConvTOut) : int(ConvOut));
        const qint64 k = node.intValue(transposed ? int(ConvTKernel) : int(ConvKernel));
        const qint64 stride = node.intValue(transposed ? int(ConvTStride) : int(ConvStride));
        const qint64 pad = node.intValue(transposed ? int(ConvTPadding) : int(ConvPadding));
        const qint64 groups = transposed ? 1 : node.intValue(ConvGroups);
        const qint64 dil = transposed ? 1 : node.intValue(ConvDilation);
        const bool bias = node.flag(transposed ? int(ConvTBias) : int(ConvBias));
        if (cin % groups != 0 || cout % groups != 0) {
            fail(node, tr("%1 input and %2 output channels are not divisible by %3 groups.")
                           .arg(cin)
                           .arg(cout)
                           .arg(groups));
            break;
        }
        qint64 oh, ow;
        if (transposed) {
            const qint64 op = node.intValue(ConvTOutputPadding);
            oh = sizeMul(s.d[1] - 1, stride) - 2 * pad + (k - 1) + op + 1;
            ow = sizeMul(s.d[2] - 1, stride) - 2 * pad + (k - 1) + op + 1;
        } else {
            oh = (s.d[1] + 2 * pad - dil * (k - 1) - 1) / stride + 1;
            ow = (s.d[2] + 2 * pad - dil * (k - 1) - 1) / stride + 1;
            if (s.d[1] + 2 * pad < dil * (k - 1) + 1 || s.d[2] + 2 * pad < dil * (k - 1) + 1)
                oh = ow = 0;
        }
        if (oh < 1 || ow < 1) {
            fail(node, tr("a %1 kernel does not fit the %2 input.").arg(k).arg(s.toString()));
            break;
        }
        params = sizeAdd(sizeMul(sizeMul(cout, cin / groups), k * k), bias ? cout : 0);
        m_out->hasConvolutions = true;
        matmulParams = params;
        const Tensor in = castForMatmul(x);
        if (trainable)
            save(in);
        y = newTensor(shape3(cout, oh, ow), matmulBytes());
        flops = 2.0 * (transposed ? double(s.d[1]) * double(s.d[2]) : double(oh) * double(ow)) *
                double(cout) * double(cin / groups) * double(k * k);
        break;
    }
    case LayerKind::BatchNorm2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")))
            break;
        save(x);
        saveBytes(0, 2.0 * double(s.d[0]) * kStatBytes); // save_mean, save_invstd
        params = node.flag(BnAffine) ? 2 * s.d[0] : 0;
        y = newTensor(s, x.elementBytes);
        flops = 4.0 * double(s.elements());
        break;
    }
    case LayerKind::LayerNorm: {
        // Under autocast layer_norm runs in fp32: a half input is cast up first.
        const Tensor in = (m_autocast && x.elementBytes != 4) ? newTensor(s, 4) : x;
        save(in);
        saveBytes(2.0 * double(rowsOf(s)) * kStatBytes); // mean and rstd per row
        params = s.last() * (node.flag(LnBias) ? 2 : 1);
        y = newTensor(s, m_autocast ? 4 : x.elementBytes);
        flops = 5.0 * double(s.elements());
        break;
    }
    case LayerKind::RMSNorm: {
        params = s.last();
        if (node.flag(RmsUpcast)) {
            // Hugging Face eager RMSNorm: x.to(fp32) → pow/mean/rsqrt → weight * normed.to(dtype).
            const Tensor x32 = x.elementBytes == 4 ? x : newTensor(s, 4);
            save(x32);
            // PyTorch 1.13's mean() also kept its input, the fp32 squares; 2.x does not
            // (measured on an H200 with PyTorch 2.11: 6 bytes per element in pure bf16).
            if (m_options->pytorch1MeanSavesInput)
                save(newTensor(s, 4));
            saveBytes(double(rowsOf(s)) * kStatBytes); // rsqrt output
            if (trainable)
                save(newTensor(s, x.elementBytes)); // the normalised tensor the weight multiplies
        } else {
            save(x);
            saveBytes(double(rowsOf(s)) * kStatBytes);
        }
        y = newTensor(s, m_autocast ? 4 : x.elementBytes);
        flops = 4.0 * double(s.elements());
        break;
    }
    case LayerKind::ReLU:
    case LayerKind::ReLU6:
        if (!requireFloat())
            break;
        if (node.kind == LayerKind::ReLU && node.flag(ActInplace)) {
            y = x; // relu_ overwrites its input; backward reads the result
            save(y);
        } else if (node.kind == LayerKind::ReLU) {
            y = newTensor(s, x.elementBytes);
            save(y);
        } else if (node.flag(ActInplace)) {
            // hardtanh_ backward reads the original input, so autograd keeps a copy of it
            // (measured: MobileNetV2's in-place ReLU6 layers).
            save(newTensor(s, x.elementBytes));
            y = x;
        } else {
            save(x); // hardtanh backward reads its input
            y = newTensor(s, x.elementBytes);
        }
        flops = double(s.elements());
        break;
    case LayerKind::GELU:
        save(x);
        y = newTensor(s, x.elementBytes);
        flops = 8.0 * double(s.elements());
        break;
    case LayerKind::SiLU:
        if (node.flag(ActInplace)) {
            // silu_ still needs the original input: autograd keeps a copy of it.
            save(newTensor(s, x.elementBytes));
            y = x;
        } else {
            save(x);
            y = newTensor(s, x.elementBytes);
        }
        flops = 4.0 * double(s.elements());
        break;
    case LayerKind::Sigmoid:
    case LayerKind::Tanh:
        y = newTensor(s, x.elementBytes);
        save(y);
        flops = 4.0 * double(s.elements());
        break;
    case LayerKind::MaxPool2d:
    case LayerKind::AvgPool2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")))
            break;
        const qint64 k = node.intValue(PoolKernel);
        const qint64 stride = node.intValue(PoolStride) > 0 ? node.intValue(PoolStride) : k;
        const qint64 pad = node.intValue(PoolPadding);
        const bool ceil = node.kind == LayerKind::MaxPool2d && node.flag(PoolCeil);
        auto outSize = [&](qint64 n) {
            const qint64 span = n + 2 * pad - k;
            if (span < 0)
                return qint64(0);
            qint64 o = (ceil ? (span + stride - 1) / stride : span / stride) + 1;
            if (ceil && sizeMul(o - 1, stride) >= n + pad)
                --o; // the last window must start inside the input
            return o;
        };
        const qint64 oh = outSize(s.d[1]), ow = outSize(s.d[2]);
        if (oh < 1 || ow < 1) {
            fail(node, tr("a %1 window does not fit the %2 input.").arg(k).arg(s.toString()));
            break;
        }
        save(x);
        y = newTensor(shape3(s.d[0], oh, ow), x.elementBytes);
        if (node.kind == LayerKind::MaxPool2d)
            saveBytes(double(y.shape.elements()) * kIdBytes); // argmax indices
        flops = double(y.shape.elements()) * double(k * k);
        break;
    }
    case LayerKind::AdaptiveAvgPool2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")))
            break;
        const qint64 oh = node.intValue(AdaptiveOutH), ow = node.intValue(AdaptiveOutW);
        save(x); // _adaptive_avg_pool2d_backward reads the input (measured, torch 1.13)
        y = newTensor(shape3(s.d[0], oh, ow), x.elementBytes);
        flops = double(s.elements());
        break;
    }
    case LayerKind::Linear: {
        if (!requireFloat())
            break;
        const qint64 outF = node.intValue(LinearOut);
        const bool tied = node.flag(LinearTied); // the embedding already counts the shared weight
        params = sizeAdd(tied ? 0 : sizeMul(s.last(), outF), node.flag(LinearBias) ? outF : 0);
        matmulParams = params;
        castParams = sizeAdd(sizeMul(s.last(), outF), node.flag(LinearBias) ? outF : 0);
        linearInput(x, trainable, outF, false);
        y = newTensor(withLast(s, outF), matmulBytes());
        flops = 2.0 * double(rowsOf(s)) * double(s.last()) * double(outF);
        break;
    }
    case LayerKind::Embedding: {
        if (s.rank != 1 || x.elementBytes != kIdBytes) {
            fail(node, tr("expects token ids but gets %1 activations.").arg(s.toString()));
            break;
        }
        const qint64 dim = node.intValue(EmbDim);
        params = sizeMul(node.intValue(EmbNum), dim);
        if (trainable)
            save(x); // embedding backward reads the ids
        y = newTensor(shape2(s.d[0], dim), m_actBytes);
        break;
    }
    case LayerKind::PositionEmbedding: {
        if (!requireRank(2, QT_TR_NOOP("a sequence of vectors")))
            break;
        const qint64 positions = node.intValue(PosMax);
        const bool lookup = node.flag(PosLookup);
        if (lookup && s.d[0] > positions) {
            fail(node, tr("%1 tokens exceed its %2 learned positions.").arg(s.d[0]).arg(positions));
            break;
        }
        params = sizeMul(positions, s.last());
        if (lookup && trainable)
            saveBytes(0, double(s.d[0]) * kIdBytes); // position ids: one row shared by the batch
        y = newTensor(s, std::max(x.elementBytes, m_actBytes));
        flops = double(s.elements());
        break;
    }
    case LayerKind::ClassToken:
        if (!requireRank(2, QT_TR_NOOP("a sequence of vectors")))
            break;
        params = s.last();
        y = newTensor(shape2(s.d[0] + 1, s.d[1]), x.elementBytes); // torch.cat makes a new tensor
        break;
    case LayerKind::PatchToSequence:
        if (!requireRank(3, QT_TR_NOOP("a C×H×W feature map")))
            break;
        y = view(x, shape2(sizeMul(s.d[1], s.d[2]), s.d[0])); // flatten(2).transpose(1, 2) is a view
        break;
    case LayerKind::SelectToken:
        if (!requireRank(2, QT_TR_NOOP("a sequence of vectors")))
            break;
        y = view(x, shape1(s.d[1])); // x[:, 0] views the whole sequence's storage
        break;
    case LayerKind::Dropout:
        if (node.value(DropoutP) > 0.0) {
            saveBytes(double(s.elements()) * kMaskBytes);
            y = newTensor(s, x.elementBytes);
        }
        break;
    case LayerKind::Flatten:
        y = view(x, shape1(s.elements()));
        break;
    case LayerKind::Softmax:
        y = newTensor(s, m_autocast ? 4 : x.elementBytes);
        save(y);
        flops = 5.0 * double(s.elements());
        break;
    case LayerKind::Attention:
        return runAttention(node, x);
    case LayerKind::MLP:
        if (s.rank == 3 || !requireFloat()) {
            fail(node, tr("expects vectors but gets %1.").arg(s.toString()));
            break;
        }
        return runMlp(node, x, rowsOf(s), (m_options->loraTargets & LoraMlp) != 0);
    case LayerKind::MoE:
        return runMoe(node, x);
    case LayerKind::LSTM:
    case LayerKind::GRU:
        return runRnn(node, x);
    case LayerKind::Generic: {
        params = node.intValue(GenParams);
        const int rank = int(node.intValue(GenRank));
        Shape out{
            rank,
            {node.intValue(GenD0), rank > 1 ? node.intValue(GenD1) : 1, rank > 2 ? node.intValue(GenD2) : 1}};
        if (rank == 0)
            out = s; // shape-preserving op (an elementwise op, a bias table added to the scores)
        if (node.flag(GenSavesInput))
            save(x);
        y = newTensor(out, x.elementBytes == kIdBytes ? m_actBytes : x.elementBytes);
        flops = 2.0 * double(params) * double(std::max<qint64>(1, rowsOf(s)));
        break;
    }
    default:
        break;
    }

    if (!m_checkpointPass && m_out->ok()) {
        addParams(params);
        addScaled(m_out->quantisableParameters, matmulParams);
        addScaled(m_out->activeParameters, params);
        if (node.kind == LayerKind::Embedding)
            addScaled(m_out->embeddingParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, castParams >= 0 ? castParams : matmulParams);
        if (!m_options->frozenBase) {
            // Adafactor factors each weight matrix's second moment into rows + columns.
            const bool matrix = node.kind == LayerKind::Linear || node.kind == LayerKind::Conv2d ||
                                node.kind == LayerKind::ConvTranspose2d ||
                                node.kind == LayerKind::Embedding ||
                                node.kind == LayerKind::PositionEmbedding;
            double factored = double(params);
            if (matrix && params > 0 && y.shape.last() > 0) {
                const double cols = node.kind == LayerKind::Linear ? double(s.last())
                                    : node.kind == LayerKind::Embedding
                                        ? double(node.intValue(EmbDim))
                                        : double(params) / double(std::max<qint64>(1, y.shape.d[0]));
                const double rowsCount = double(params) / std::max(1.0, cols);
                factored = rowsCount + cols;
            }
            m_out->adafactorStateElements += factored * double(m_multiplicity);
        }
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
    }
    return y;
}

ModelCompiler::Tensor ModelCompiler::runAttention(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0], hidden = s.d[1];
    const qint64 heads = node.intValue(AttnHeads);
    const qint64 kvHeads = node.intValue(AttnKvHeads) > 0 ? node.intValue(AttnKvHeads) : heads;
    qint64 headDim = node.intValue(AttnHeadDim);
    if (headDim == 0) {
        if (hidden % heads != 0) {
            fail(node, tr("the hidden size %1 is not divisible by %2 heads; set the head dimension.")
                           .arg(hidden)
                           .arg(heads));
            return x;
        }
        headDim = hidden / heads;
    }
    if (heads % kvHeads != 0) {
        fail(node, tr("%1 query heads cannot be grouped over %2 key/value heads.").arg(heads).arg(kvHeads));
        return x;
    }
    const qint64 qDim = sizeMul(heads, headDim), kvDim = sizeMul(kvHeads, headDim);
    const bool trainable = !m_options->frozenBase;
    const unsigned lora = m_options->loraTargets;
    const int mm = matmulBytes();
    const double S = double(seq);

    const qint64 qkvDim = sizeAdd(qDim, sizeMul(2, kvDim));
    const qint64 weights = sizeAdd(sizeMul(hidden, qkvDim), sizeMul(qDim, hidden));
    qint64 params = weights;
    if (node.flag(AttnQkvBias))
        params = sizeAdd(params, qkvDim);
    if (node.flag(AttnOutBias))
        params = sizeAdd(params, hidden);

    // Projections.
    Tensor q, k, v;
    if (node.flag(AttnFusedQkv)) {
        linearInput(x, trainable, qkvDim, (lora & (LoraQuery | LoraKey | LoraValue)) != 0);
        const Tensor qkv = newTensor(shape2(seq, qkvDim), mm);
        q = view(qkv, shape2(seq, qDim));
        k = view(qkv, shape2(seq, kvDim));
        v = view(qkv, shape2(seq, kvDim));
    } else {
        linearInput(x, trainable, qDim, (lora & LoraQuery) != 0);
        q = newTensor(shape2(seq, qDim), mm);
        linearInput(x, trainable, kvDim, (lora & LoraKey) != 0);
        k = newTensor(shape2(seq, kvDim), mm);
        linearInput(x, trainable, kvDim, (lora & LoraValue) != 0);
        v = newTensor(shape2(seq, kvDim), mm);
    }
    if (node.flag(AttnRope)) {
        // q * cos + rotate_half(q) * sin: the rotated copies are new tensors; the muls save only
        // cos and sin, which do not require grad.
        q = newTensor(q.shape, mm);
        k = newTensor(k.shape, mm);
        // The muls keep cos and sin (sequence × head dim each), computed once per forward and
        // shared by the batch.
        saveBytes(0, 2.0 * double(seq) * double(headDim) * mm);
    }

    m_inTp = true; // from here on: split over tensor-parallel ranks (heads)
    if (m_checkpointPass && m_inUnit && node.flag(AttnMaskInput) && !m_options->flashAttention &&
        !m_maskKept) {
        // A checkpointed layer keeps its tensor arguments: the float causal mask, one
        // [batch, 1, seq, seq] fp32 tensor shared by every layer, and the position ids (measured,
        // llama_tiny with non-reentrant checkpointing).
        m_maskKept = true;
        m_saved += S * S * 4;
        m_savedFixed += S * 8; // and the int64 position ids, one row for the batch
    }

    Tensor context;
    double transient = 0; // inference: the score matrix lives while the layer runs
    if (m_options->flashAttention) {
        // FlashAttention keeps Q, K, V (grouped, not repeated), its output and the fp32
        // log-sum-exp per row and head (Dao et al. 2022; flash_attn_func's saved tensors).
        save(q);
        save(k);
        save(v);
        context = newTensor(shape2(seq, qDim), mm);
        save(context);
        saveBytes(double(heads) * S * 4);
    } else {
        // Eager attention (Hugging Face "eager"): repeat_kv materialises K and V per query head.
        const Tensor kEff = kvHeads < heads ? newTensor(shape2(seq, qDim), mm) : k;
        const Tensor vEff = kvHeads < heads ? newTensor(shape2(seq, qDim), mm) : v;
        save(q);
        save(kEff);
        const Shape scores = shape3(heads, seq, seq);
        if (sizeMul(scores.elements(), 4) > kSizeLimit) {
            fail(node, tr("the attention scores (%1 heads × %2 × %3 tokens) exceed the 2^53-byte limit; use "
                          "FlashAttention or a shorter sequence.")
                           .arg(heads)
                           .arg(seq)
                           .arg(seq));
            return x;
        }
        m_inCore = true;
        Tensor probs;
        if (node.flag(AttnSoftmaxFp32) || m_autocast) {
            const Tensor p32 = newTensor(scores, 4);
            save(p32);
            probs = mm == 4 ? p32 : newTensor(scores, mm); // cast back to the value dtype
        } else {
            probs = newTensor(scores, mm);
            save(probs);
        }
        if (node.value(AttnDropout) > 0.0) {
            saveBytes(double(scores.elements()) * kMaskBytes);
            probs = newTensor(scores, probs.elementBytes);
        }
        save(probs);
        m_inCore = false;
        save(vEff);
        transient = double(scores.elements()) * (mm + (node.flag(AttnSoftmaxFp32) || m_autocast ? 4 : 0));
        // Heads are merged by permute + contiguous: a new tensor, saved by the output projection.
        context = newTensor(shape2(seq, qDim), mm);
    }
    linearInput(context, trainable, hidden, (lora & LoraOutput) != 0);
    m_inTp = false;
    const Tensor y = newTensor(shape2(seq, hidden), mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (!m_options->frozenBase) {
            // Factored second moments: rows + columns of the q, k, v and output matrices, plus biases.
            const double biases = double(params) - double(weights);
            m_out->adafactorStateElements +=
                double(m_multiplicity) *
                (4.0 * double(hidden) + 2.0 * double(qDim) + 2.0 * double(kvDim) + biases);
        }
        m_out->kvElementsPerToken += 2.0 * double(kvDim) * double(m_multiplicity);
        m_out->attentionLayers = int(std::min<qint64>(m_out->attentionLayers + m_multiplicity, 1 << 30));
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        const double flops = 2.0 * S * double(hidden) * double(qkvDim) +
                             2.0 * S * double(qDim) * double(hidden) + 4.0 * S * S * double(qDim);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        const double io = x.bytes() + S * double(qkvDim) * mm + transient + y.bytes();
        m_inferencePeak = std::max(m_inferencePeak, io);
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

ModelCompiler::Tensor ModelCompiler::runMlp(const Node &node, const Tensor &x, qint64 rows, bool lora)
{
    using namespace attr;
    const Shape &s = x.shape;
    const qint64 hidden = s.last();
    const qint64 inner = node.intValue(MlpHidden);
    const bool gated = node.flag(MlpGated);
    const bool bias = node.flag(MlpBias);
    const auto act = static_cast<MlpActivation>(node.intValue(MlpAct));
    const bool trainable = !m_options->frozenBase;
    const int mm = matmulBytes();
    const Shape innerShape = withLast(s, inner);

    const qint64 weights = sizeMul(gated ? 3 : 2, sizeMul(hidden, inner));
    qint64 params = weights;
    if (bias)
        params = sizeAdd(params, sizeAdd(sizeMul(gated ? 2 : 1, inner), hidden));

    linearInput(x, trainable, inner, lora); // fc1 / gate_proj
    m_inTp = true;                          // the inner activations are split over tensor-parallel ranks
    const Tensor h = newTensor(innerShape, mm);
    // The activation: ReLU keeps its output, GELU and SiLU their input.
    Tensor a = newTensor(innerShape, mm);
    if (act == MlpActivation::ReLU) {
        save(a);
    } else if (act == MlpActivation::GELUTanhUnfused) {
        // 0.5·h·(1 + tanh(c·(h + 0.044715·h³))): pow keeps h, tanh its output, the last mul both
        // factors, 0.5·h and 1 + tanh. Under autocast pow runs in fp32 (a copy of h), which
        // promotes the tanh branch to fp32. Measured on an H200 (PyTorch 2.11): 14 bytes per
        // element with bf16 autocast, 16 in fp32.
        const int wide = m_autocast ? 4 : mm;
        save(m_autocast ? newTensor(innerShape, 4) : h);
        save(newTensor(innerShape, wide)); // tanh(...)
        save(newTensor(innerShape, mm));   // 0.5 · h
        save(newTensor(innerShape, wide)); // 1 + tanh(...)
    } else {
        save(h);
    }
    if (gated) {
        m_inTp = false;
        linearInput(x, trainable, inner, lora); // up_proj reads the same input
        m_inTp = true;
        const Tensor up = newTensor(innerShape, mm);
        save(a); // act(gate) * up keeps both factors
        save(up);
        a = newTensor(innerShape, mm);
    }
    linearInput(a, trainable, hidden, lora); // fc2 / down_proj
    m_inTp = false;
    const Tensor y = newTensor(s, mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (trainable)
            m_out->adafactorStateElements +=
                double(m_multiplicity) *
                ((gated ? 3.0 : 2.0) * (double(hidden) + double(inner)) + (double(params) - double(weights)));
        const double flops = 2.0 * double(rows) * double(hidden) * double(inner) * (gated ? 3 : 2);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        m_inferencePeak = std::max(
            m_inferencePeak, x.bytes() + double(innerShape.elements()) * mm * (gated ? 3 : 2) + y.bytes());
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

ModelCompiler::Tensor ModelCompiler::runMoe(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0], hidden = s.d[1];
    const qint64 experts = node.intValue(MoeExperts), active = node.intValue(MoeActive);
    if (active > experts) {
        fail(node, tr("routes to %1 experts but has only %2.").arg(active).arg(experts));
        return x;
    }
    const qint64 inner = node.intValue(MoeHidden);
    const bool gated = node.flag(MoeGated);
    const bool bias = node.flag(MoeBias);
    const auto act = static_cast<MlpActivation>(node.intValue(MoeActivation));
    const bool trainable = !m_options->frozenBase;
    const bool lora = (m_options->loraTargets & LoraMlp) != 0;
    const int mm = matmulBytes();
    const double routed = double(seq) * double(active); // token-expert pairs

    qint64 expertParams = sizeMul(gated ? 3 : 2, sizeMul(hidden, inner));
    if (bias)
        expertParams = sizeAdd(expertParams, sizeAdd(sizeMul(gated ? 2 : 1, inner), hidden));
    const qint64 router = sizeMul(hidden, experts);
    const qint64 params = sizeAdd(sizeMul(experts, expertParams), router);

    // Router (Mixtral): linear gate, softmax in fp32, top-k indices and weights.
    linearInput(x, trainable, experts, false);
    m_inTp = true;
    saveBytes(double(seq) * double(experts) * 4);
    saveBytes(routed * (kIdBytes + 4));
    // Each expert gathers its tokens (a copy its first projection saves), runs its MLP and
    // scales its output by the routing weight (mul keeps the output).
    const double perToken = double(hidden) // gathered input
                            + double(inner) * (gated ? 4.0 : (act == MlpActivation::ReLU ? 1.0 : 2.0)) +
                            double(hidden); // expert output kept by the weighting mul
    saveBytes(routed * perToken * mm);
    if (lora && m_options->loraRank > 0) {
        const qint64 adapters = sizeMul(sizeMul(m_options->loraRank, gated ? 3 : 2), sizeAdd(hidden, inner));
        saveBytes(routed * m_options->loraRank * (gated ? 3 : 2) * mm);
        if (!m_checkpointPass) {
            const qint64 a = sizeMul(adapters, experts);
            addScaled(m_out->parameters, a);
            addScaled(m_out->trainableParameters, a);
            addScaled(m_out->adapterParameters, a);
            addScaled(m_out->activeParameters, sizeMul(adapters, active));
        }
    }
    m_inTp = false;
    const Tensor y = newTensor(s, mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, sizeAdd(sizeMul(active, expertParams), router));
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (trainable)
            m_out->adafactorStateElements += double(m_multiplicity) * (double(experts) * (gated ? 3.0 : 2.0) *
                                                                           (double(hidden) + double(inner)) +
                                                                       double(hidden) + double(experts));
        const double flops = 2.0 * double(seq) * double(router) + 2.0 * routed * double(expertParams);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        m_inferencePeak =
            std::max(m_inferencePeak,
                     x.bytes() + routed * perToken * mm / double(std::max<qint64>(1, active)) + y.bytes());
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

ModelCompiler::Tensor ModelCompiler::runRnn(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0];
    const qint64 hidden = node.intValue(RnnHidden);
    const qint64 layers = node.intValue(RnnLayers);
    const qint64 dirs = node.flag(RnnBidirectional) ? 2 : 1;
    const qint64 gates = node.kind == LayerKind::LSTM ? 4 : 3;
    const bool bias = node.flag(RnnBias);
    const int mm = matmulBytes();

    qint64 params = 0;
    double flops = 0;
    Tensor in = x;
    for (qint64 l = 0; l < layers; ++l) {
        const qint64 inDim = in.shape.last();
        params = sizeAdd(params, sizeMul(dirs, sizeAdd(sizeMul(gates * hidden, sizeAdd(inDim, hidden)),
                                                       bias ? 2 * gates * hidden : 0)));
        flops += 2.0 * double(seq) * double(dirs * gates * hidden) * (double(inDim) + double(hidden));
        save(castForMatmul(in));
        // cuDNN's reserve space per step and direction: the gate pre-activations plus the cell
        // and hidden states (LSTM), or gates plus hidden state (GRU).
        saveBytes(double(seq) * double(dirs) * double((gates + 2) * hidden) * mm);
        in = newTensor(shape2(seq, dirs * hidden), mm);
    }
    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (!m_options->frozenBase)
            m_out->adafactorStateElements += double(params) * double(m_multiplicity);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        m_inferencePeak = std::max(m_inferencePeak, x.bytes() + in.bytes() * 2);
        m_largestIo = std::max(m_largestIo, x.bytes() + in.bytes());
    }
    return in;
}

QString Shape::toString() const
{
    QString r;
    for (int i = 0; i < rank; ++i) {
        if (i > 0)
            r += QChar(0x00D7);
        r += QString::number(d[i]);
    }
    return r.isEmpty() ? QStringLiteral("1") : r;
}

QString LayerRow::displayName() const
{
    if (!node)
        return {};
    return node->name.isEmpty() ? layerKindName(node->kind) : node->name;
}

} // namespace headroom
