#include "core/simulate/modelcompiler.h"

#include "core/simulate/compilerhelpers.h"

#include <algorithm>
#include <cmath>

namespace headroom {

// What each op saves follows PyTorch's autograd formulas (tools/autograd/derivatives.yaml) and was
// checked against saved_tensors_hooks measurements (tests/data/calibration): a convolution and a
// linear layer save their input (for the weight gradient), batch norm its input plus per-channel
// statistics, layer norm its input plus per-row mean and rstd, GELU and SiLU their input, ReLU and
// sigmoid their output, max-pool its input and int64 indices, dropout a 1-byte mask on CUDA
// (native_dropout), softmax its output, matmul both operands, an embedding its int64 ids.

using namespace compiler;

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
    o.loraDropout = peft ? w.loraDropout : 0;
    if (peft && w.fineTuneMethod == FineTuneMethod::QLoRA)
        o.precision = Precision::BF16; // QLoRA computes in bf16 over a 4-bit base
    return o;
}

bool CompileOptions::operator==(const CompileOptions &o) const
{
    return sequenceLength == o.sequenceLength && imageSize == o.imageSize && precision == o.precision &&
           training == o.training && flashAttention == o.flashAttention && frozenBase == o.frozenBase &&
           loraTargets == o.loraTargets && loraRank == o.loraRank && loraDropout == o.loraDropout &&
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
    m_lastLeafInputFeatures = 0;
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
    out.outputHeadInputFeatures = result.storage == m_lastLeafOutput ? double(m_lastLeafInputFeatures) : 0.0;
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
            m_lastLeafInputFeatures = x.shape.last();
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

void ModelCompiler::saveLoraAdapter(const Tensor &x)
{
    // PEFT's lora.Linear.forward (peft/tuners/lora/layer.py): x is cast to the adapter's dtype
    // (fp32, autocast_adapter_dtype=True), goes through lora_dropout, lora_A and lora_B, and the
    // scaled result is added to the base output. Autograd keeps dropout's 1-byte mask (p > 0),
    // lora_A's input (the dropout output or the cast copy; under autocast its half-precision
    // copy) and lora_B's input, rank r per row, each adapter its own (measured on an H200 with
    // PEFT 0.21: 5 bytes per input element and adapter over a pure-bf16 base).
    constexpr int adapterBytes = 4;
    Tensor h = x.elementBytes == adapterBytes ? x : newTensor(x.shape, adapterBytes);
    if (m_options->loraDropout > 0) {
        saveBytes(double(x.shape.elements()) * kMaskBytes);
        h = newTensor(x.shape, adapterBytes);
    }
    save(castForMatmul(h));
    saveBytes(double(rowsOf(x.shape)) * m_options->loraRank * (m_autocast ? 2 : adapterBytes));
}

ModelCompiler::Tensor ModelCompiler::linearInput(const Tensor &x, bool trainable, qint64 outFeatures,
                                                 bool lora)
{
    // Transformer Engine's fp8 linear layers save an fp8 copy of their input.
    const Tensor in = m_fp8 ? newTensor(x.shape, 1) : castForMatmul(x);
    // A frozen weight needs no input for its gradient: the base layer of a LoRA linear saves
    // nothing (measured on an H200: no bf16 input of q_proj/v_proj is kept under PEFT).
    if (trainable)
        save(in);
    if (lora && m_options->loraRank > 0) {
        saveLoraAdapter(x);
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
