#pragma once

#include "core/model/workload.h"
#include "core/simulate/compiledmodel.h"

#include <QCoreApplication>
#include <vector>

namespace headroom {

// The settings that change shapes or what autograd saves. A plan recompiles only when these or
// the architecture change; batch size and everything downstream is cheap arithmetic.
struct CompileOptions
{
    int sequenceLength = 0; // 0: the architecture's default
    int imageSize = 0;      // 0: the architecture's default
    Precision precision = Precision::FP32;
    bool training = true;
    bool flashAttention = false;
    bool frozenBase = false; // LoRA / QLoRA: base weights need no gradient
    unsigned loraTargets = 0;
    int loraRank = 0;
    double loraDropout = 0; // PEFT lora_dropout: above 0 each adapter saves a mask
    // PyTorch 1.x autograd kept the whole input of mean() (its formula read self.sizes()); 2.x
    // keeps only the sizes. On for reproducing the PyTorch 1.13 calibration measurements.
    bool pytorch1MeanSavesInput = false;

    static CompileOptions fromWorkload(const Workload &w);
    bool operator==(const CompileOptions &o) const;
    bool operator!=(const CompileOptions &o) const { return !(*this == o); }
};

// Propagates shapes through an architecture and simulates what PyTorch's autograd saves for the
// backward pass, tensor by tensor, deduplicated by storage as saved_tensors_hooks sees it
// (in-place ops and views share their input's storage). Repeated blocks are simulated twice
// (the first instance and the steady state), so an 80-layer model costs two layers' work.
class ModelCompiler
{
    Q_DECLARE_TR_FUNCTIONS(ModelCompiler)
public:
    // Reuses `out`'s buffers: compiling in a loop allocates nothing after the first call.
    void compile(const Architecture &arch, const CompileOptions &options, CompiledModel &out);
    CompiledModel compile(const Architecture &arch, const CompileOptions &options);

private:
    struct Tensor
    {
        int storage = -1;
        Shape shape;
        int elementBytes = 4; // 8 for ids, 4 fp32, 2 half, 1 fp8
        double bytes() const { return double(shape.elements()) * elementBytes; }
    };
    struct Storage
    {
        double bytes = 0;
        int savedMark = 0; // 0: unsaved; >0: saved in that accounting scope
    };

    Tensor newTensor(const Shape &s, int elementBytes);
    Tensor view(const Tensor &t, const Shape &s) const { return {t.storage, s, t.elementBytes}; }
    void save(const Tensor &t);
    void saveBytes(double perSample, double fixed = 0);
    void addParams(qint64 count);
    // total += count × multiplicity, saturating (see kSizeLimit).
    void addScaled(qint64 &total, qint64 count) const
    {
        total = sizeAdd(total, sizeMul(count, m_multiplicity));
    }

    Tensor run(const Node &node, const Tensor &x, qint64 multiplicity, int depth, int parent);
    Tensor runChildren(const std::vector<Node> &children, const Tensor &x, qint64 multiplicity, int depth,
                       int parent);
    Tensor runSequence(const Node &node, const Tensor &x, qint64 multiplicity, int depth, int row);
    Tensor runLeaf(const Node &node, const Tensor &x);
    Tensor runAttention(const Node &node, const Tensor &x);
    Tensor runMlp(const Node &node, const Tensor &x, qint64 rows, bool lora);
    Tensor runMoe(const Node &node, const Tensor &x);
    Tensor runRnn(const Node &node, const Tensor &x);
    Tensor runLatentAttention(const Node &node, const Tensor &x);
    Tensor runMamba(const Node &node, const Tensor &x);
    Tensor eagerRmsNorm(const Tensor &x);

    Tensor castForMatmul(const Tensor &x);
    Tensor linearInput(const Tensor &x, bool trainable, qint64 outFeatures, bool lora);
    void saveLoraAdapter(const Tensor &x);
    int matmulBytes() const;
    int floatBytes() const { return m_actBytes; }
    void fail(const Node &node, const QString &message);
    bool validateAttributes(const Node &node);
    void addRow(const Node &node, int depth, int parent);

    // State of one compile.
    const CompileOptions *m_options = nullptr;
    CompiledModel *m_out = nullptr;
    std::vector<Storage> m_storages;
    int m_actBytes = 4;
    bool m_autocast = false;
    bool m_fp8 = false;
    bool m_checkpointPass = false; // second pass: what full checkpointing keeps
    int m_scope = 1;               // accounting scope for saves (a checkpoint unit instance, or the model)
    int m_nextScope = 2;
    bool m_inUnit = false;
    double m_unitBytes = 0;
    qint64 m_multiplicity = 1;
    int m_row = -1; // row receiving the current leaf's saves and FLOPs
    int m_rowCursor = 0;
    double m_saved = 0, m_savedFixed = 0, m_core = 0;
    double m_inferencePeak = 0, m_largestIo = 0;
    // The last leaf's output storage, its input bytes and the inference peak before it: a
    // generating model computes its output head (the logits) for the last position only.
    int m_lastLeafOutput = -1;
    double m_lastLeafInput = 0, m_inferencePeakBeforeLastLeaf = 0;
    qint64 m_lastLeafInputFeatures = 0;
    bool m_inCore = false;
    bool m_maskKept = false; // checkpoint pass: the shared causal mask is counted once
    bool m_inTp = false;     // inside attention/MLP/MoE, past their input: tensor-parallel activations
    double m_tp = 0;
    const Node *m_node = nullptr; // the layer being simulated, for errors raised in newTensor()
    qint64 m_visits = 0;          // layer simulations so far, bounded by kMaxVisits
};

} // namespace headroom
