#include "core/model/node.h"

#include <atomic>

namespace headroom {

NodeId newNodeId()
{
    static std::atomic<NodeId> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

Node::Node(LayerKind k, QString n) : kind(k), name(std::move(n))
{
    const auto &attributes = layerKindInfo(k).attributes;
    for (std::size_t i = 0; i < attributes.size(); ++i)
        values[i] = attributes[i].defaultValue;
}

bool Node::isComposite() const
{
    return layerKindInfo(kind).composite;
}

int Node::repeat() const
{
    return kind == LayerKind::Sequence ? static_cast<int>(values[attr::SeqRepeat]) : 1;
}

namespace build {

Node sequence(QString name, std::vector<Node> body, int repeat, bool checkpoint)
{
    Node n(LayerKind::Sequence, std::move(name));
    n.set(attr::SeqRepeat, repeat).set(attr::SeqCheckpoint, checkpoint);
    n.children = std::move(body);
    return n;
}

Node residual(QString name, std::vector<Node> body, std::vector<Node> shortcut)
{
    Node n(LayerKind::Residual, std::move(name));
    n.children = std::move(body);
    n.shortcut = std::move(shortcut);
    return n;
}

Node denseConcat(QString name, std::vector<Node> branch)
{
    Node n(LayerKind::DenseConcat, std::move(name));
    n.children = std::move(branch);
    return n;
}

Node scale(QString name, std::vector<Node> gate)
{
    Node n(LayerKind::Scale, std::move(name));
    n.children = std::move(gate);
    return n;
}

Node conv(QString name, int out, int kernel, int stride, int padding, bool bias, int groups, int dilation)
{
    using namespace attr;
    return Node(LayerKind::Conv2d, std::move(name))
        .set(ConvOut, out)
        .set(ConvKernel, kernel)
        .set(ConvStride, stride)
        .set(ConvPadding, padding)
        .set(ConvDilation, dilation)
        .set(ConvGroups, groups)
        .set(ConvBias, bias);
}

Node convTranspose(QString name, int out, int kernel, int stride, bool bias)
{
    using namespace attr;
    return Node(LayerKind::ConvTranspose2d, std::move(name))
        .set(ConvTOut, out)
        .set(ConvTKernel, kernel)
        .set(ConvTStride, stride)
        .set(ConvTBias, bias);
}

Node batchNorm(QString name)
{
    return Node(LayerKind::BatchNorm2d, std::move(name));
}
Node layerNorm(QString name, bool bias)
{
    return Node(LayerKind::LayerNorm, std::move(name)).set(attr::LnBias, bias);
}
Node rmsNorm(QString name, bool upcast)
{
    return Node(LayerKind::RMSNorm, std::move(name)).set(attr::RmsUpcast, upcast);
}
Node relu(QString name, bool inplace)
{
    return Node(LayerKind::ReLU, std::move(name)).set(attr::ActInplace, inplace);
}
Node relu6(QString name, bool inplace)
{
    return Node(LayerKind::ReLU6, std::move(name)).set(attr::ActInplace, inplace);
}
Node gelu(QString name, bool tanhApprox)
{
    return Node(LayerKind::GELU, std::move(name)).set(attr::GeluTanh, tanhApprox);
}
Node silu(QString name, bool inplace)
{
    return Node(LayerKind::SiLU, std::move(name)).set(attr::ActInplace, inplace);
}
Node sigmoid(QString name)
{
    return Node(LayerKind::Sigmoid, std::move(name));
}
Node tanh(QString name)
{
    return Node(LayerKind::Tanh, std::move(name));
}

Node maxPool(QString name, int kernel, int stride, int padding, bool ceilMode)
{
    using namespace attr;
    return Node(LayerKind::MaxPool2d, std::move(name))
        .set(PoolKernel, kernel)
        .set(PoolStride, stride)
        .set(PoolPadding, padding)
        .set(PoolCeil, ceilMode);
}

Node avgPool(QString name, int kernel, int stride, int padding)
{
    using namespace attr;
    return Node(LayerKind::AvgPool2d, std::move(name))
        .set(PoolKernel, kernel)
        .set(PoolStride, stride)
        .set(PoolPadding, padding);
}

Node adaptiveAvgPool(QString name, int outH, int outW)
{
    return Node(LayerKind::AdaptiveAvgPool2d, std::move(name))
        .set(attr::AdaptiveOutH, outH)
        .set(attr::AdaptiveOutW, outW);
}

Node linear(QString name, int out, bool bias, bool tied)
{
    return Node(LayerKind::Linear, std::move(name))
        .set(attr::LinearOut, out)
        .set(attr::LinearBias, bias)
        .set(attr::LinearTied, tied);
}

Node embedding(QString name, int num, int dim)
{
    return Node(LayerKind::Embedding, std::move(name)).set(attr::EmbNum, num).set(attr::EmbDim, dim);
}

Node positionEmbedding(QString name, int maxPositions, bool lookup)
{
    return Node(LayerKind::PositionEmbedding, std::move(name))
        .set(attr::PosMax, maxPositions)
        .set(attr::PosLookup, lookup);
}

Node classToken(QString name)
{
    return Node(LayerKind::ClassToken, std::move(name));
}
Node patchToSequence(QString name)
{
    return Node(LayerKind::PatchToSequence, std::move(name));
}
Node selectToken(QString name)
{
    return Node(LayerKind::SelectToken, std::move(name));
}
Node dropout(QString name, double p)
{
    return Node(LayerKind::Dropout, std::move(name)).set(attr::DropoutP, p);
}
Node flatten(QString name)
{
    return Node(LayerKind::Flatten, std::move(name));
}
Node softmax(QString name)
{
    return Node(LayerKind::Softmax, std::move(name));
}

Node attention(QString name, const AttentionOptions &o)
{
    using namespace attr;
    return Node(LayerKind::Attention, std::move(name))
        .set(AttnHeads, o.heads)
        .set(AttnKvHeads, o.kvHeads)
        .set(AttnHeadDim, o.headDim)
        .set(AttnCausal, o.causal)
        .set(AttnQkvBias, o.qkvBias)
        .set(AttnOutBias, o.outBias)
        .set(AttnFusedQkv, o.fusedQkv)
        .set(AttnRope, o.rope)
        .set(AttnSoftmaxFp32, o.softmaxFp32)
        .set(AttnDropout, o.dropout)
        .set(AttnMaskInput, o.maskInput);
}

Node mlp(QString name, int hidden, MlpActivation act, bool gated, bool bias)
{
    using namespace attr;
    return Node(LayerKind::MLP, std::move(name))
        .set(MlpHidden, hidden)
        .set(MlpAct, static_cast<int>(act))
        .set(MlpGated, gated)
        .set(MlpBias, bias);
}

Node moe(QString name, int experts, int active, int hidden, MlpActivation act, bool gated, bool bias)
{
    using namespace attr;
    return Node(LayerKind::MoE, std::move(name))
        .set(MoeExperts, experts)
        .set(MoeActive, active)
        .set(MoeHidden, hidden)
        .set(MoeActivation, static_cast<int>(act))
        .set(MoeGated, gated)
        .set(MoeBias, bias);
}

Node latentAttention(QString name, const LatentAttentionOptions &o)
{
    using namespace attr;
    return Node(LayerKind::LatentAttention, std::move(name))
        .set(MlaHeads, o.heads)
        .set(MlaQRank, o.qRank)
        .set(MlaKvRank, o.kvRank)
        .set(MlaNopeDim, o.nopeDim)
        .set(MlaRopeDim, o.ropeDim)
        .set(MlaVDim, o.vDim)
        .set(MlaBias, o.bias)
        .set(MlaDropout, o.dropout);
}

Node mamba(QString name, int inner, int state, int convKernel, int dtRank, bool convBias, bool bias)
{
    using namespace attr;
    return Node(LayerKind::Mamba, std::move(name))
        .set(MambaInner, inner)
        .set(MambaState, state)
        .set(MambaConv, convKernel)
        .set(MambaDtRank, dtRank)
        .set(MambaConvBias, convBias)
        .set(MambaBias, bias);
}

static Node rnn(LayerKind kind, QString name, int hidden, int layers, bool bidirectional, bool bias)
{
    using namespace attr;
    return Node(kind, std::move(name))
        .set(RnnHidden, hidden)
        .set(RnnLayers, layers)
        .set(RnnBidirectional, bidirectional)
        .set(RnnBias, bias);
}

Node lstm(QString name, int hidden, int layers, bool bidirectional, bool bias)
{
    return rnn(LayerKind::LSTM, std::move(name), hidden, layers, bidirectional, bias);
}

Node gru(QString name, int hidden, int layers, bool bidirectional, bool bias)
{
    return rnn(LayerKind::GRU, std::move(name), hidden, layers, bidirectional, bias);
}

} // namespace build
} // namespace headroom
