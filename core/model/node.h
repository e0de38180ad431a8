#pragma once

#include "core/model/layer.h"

#include <QString>
#include <array>
#include <vector>

namespace headroom {

// Identifies one node for as long as a program runs: editors follow it through moves, removals and
// undo, where a path would start naming another node. Not saved and not compared.
using NodeId = quint64;
NodeId newNodeId();

// Node::id: a NodeId that takes no part in Node's equality. Two nodes with the same kind, name,
// values and children are the same layer whatever their ids: the undo stack compares whole plans
// to drop edits that change nothing, and a plan read back from a file (fresh ids) must equal the
// one saved. So two NodeIdentity objects always compare equal, and that comparison is private to
// Node, which defaults its operator== over every member. Code that follows a node by id compares
// the id with a NodeId (`node.id == id`), which compares the numbers.
class NodeIdentity
{
public:
    NodeIdentity() = default;
    NodeIdentity(NodeId value) : m_value(value) {}
    operator NodeId() const { return m_value; }
    friend bool operator==(const NodeIdentity &a, NodeId b) { return a.m_value == b; }

private:
    friend struct Node;
    bool operator==(const NodeIdentity &) const { return true; }
    NodeId m_value = newNodeId();
};

// One node of an architecture tree: a leaf layer with its attributes, or a composite with children.
// Plain value type: copying a Node copies its subtree and its ids (architectures are small trees;
// blocks repeat through `repeat`, not by copying).
struct Node
{
    NodeIdentity id;
    LayerKind kind = LayerKind::Sequence;
    QString name;
    std::array<double, kMaxAttributes> values{};
    std::vector<Node> children; // composites: body / branch
    std::vector<Node> shortcut; // Residual only: the skip path (empty = identity)

    Node() = default;
    explicit Node(LayerKind k, QString n = {});

    double value(int slot) const { return values[static_cast<std::size_t>(slot)]; }
    qint64 intValue(int slot) const { return static_cast<qint64>(values[static_cast<std::size_t>(slot)]); }
    bool flag(int slot) const { return values[static_cast<std::size_t>(slot)] != 0.0; }
    Node &set(int slot, double v)
    {
        values[static_cast<std::size_t>(slot)] = v;
        return *this;
    }
    bool isComposite() const;
    int repeat() const; // Sequence only; 1 otherwise

    // Structure and values, every member; `id` is identity, not content (NodeIdentity).
    bool operator==(const Node &o) const = default;
};

// Builders that read like the PyTorch module they describe. Each returns a leaf with the
// kind's default attributes and the given ones set.
namespace build {
Node sequence(QString name, std::vector<Node> body, int repeat = 1, bool checkpoint = false);
Node residual(QString name, std::vector<Node> body, std::vector<Node> shortcut = {});
Node denseConcat(QString name, std::vector<Node> branch);
Node scale(QString name, std::vector<Node> gate);
Node conv(QString name, int out, int kernel, int stride = 1, int padding = 0, bool bias = true,
          int groups = 1, int dilation = 1);
Node convTranspose(QString name, int out, int kernel, int stride, bool bias = true);
Node batchNorm(QString name);
Node layerNorm(QString name, bool bias = true);
Node rmsNorm(QString name, bool upcast = true);
Node relu(QString name, bool inplace = false);
Node relu6(QString name, bool inplace = false);
Node gelu(QString name, bool tanhApprox = false);
Node silu(QString name, bool inplace = false);
Node sigmoid(QString name);
Node tanh(QString name);
Node maxPool(QString name, int kernel, int stride = 0, int padding = 0, bool ceilMode = false);
Node avgPool(QString name, int kernel, int stride = 0, int padding = 0);
Node adaptiveAvgPool(QString name, int outH = 1, int outW = 1);
Node linear(QString name, int out, bool bias = true, bool tied = false);
Node embedding(QString name, int num, int dim);
Node positionEmbedding(QString name, int maxPositions, bool lookup);
Node classToken(QString name);
Node patchToSequence(QString name);
Node selectToken(QString name);
Node dropout(QString name, double p);
Node flatten(QString name);
Node softmax(QString name);

struct AttentionOptions
{
    int heads = 8;
    int kvHeads = 0; // 0: same as heads
    int headDim = 0; // 0: hidden / heads
    bool causal = true;
    bool qkvBias = false;
    bool outBias = false;
    bool fusedQkv = false;
    bool rope = false;
    bool softmaxFp32 = false;
    double dropout = 0.0;
    bool maskInput = false;
};
Node attention(QString name, const AttentionOptions &o);
Node mlp(QString name, int hidden, MlpActivation act, bool gated, bool bias);
Node moe(QString name, int experts, int active, int hidden, MlpActivation act, bool gated, bool bias);
// DeepseekV3Attention (modeling_deepseek_v3.py): q_a_proj → q_a_layernorm → q_b_proj (or one
// q_proj), kv_a_proj_with_mqa → kv_a_layernorm → kv_b_proj, o_proj.
struct LatentAttentionOptions
{
    int heads = 128;
    int qRank = 1536; // 0: q_proj
    int kvRank = 512;
    int nopeDim = 128;
    int ropeDim = 64;
    int vDim = 128;
    bool bias = false;
    double dropout = 0.0;
};
Node latentAttention(QString name, const LatentAttentionOptions &o);
// MambaMixer (modeling_mamba.py): in_proj, conv1d, x_proj, dt_proj, A_log, D, out_proj.
Node mamba(QString name, int inner, int state, int convKernel, int dtRank, bool convBias, bool bias);
Node lstm(QString name, int hidden, int layers = 1, bool bidirectional = false, bool bias = true);
Node gru(QString name, int hidden, int layers = 1, bool bidirectional = false, bool bias = true);
} // namespace build

} // namespace headroom
