#pragma once

#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace headroom {

// Every kind of layer the planner knows. Composite kinds (Sequence, Residual, DenseConcat, Scale)
// hold children; the others are leaves with numeric attributes.
enum class LayerKind {
    // composites
    Sequence,    // children run in order, `repeat` times (a block)
    Residual,    // out = children(x) + shortcut(x); an empty shortcut is the identity
    DenseConcat, // out = concat(x, children(x)) along channels (DenseNet, U-Net skips)
    Scale,       // out = x * children(x), broadcast (squeeze-and-excitation)
    // leaves
    Conv2d,
    ConvTranspose2d,
    BatchNorm2d,
    LayerNorm,
    RMSNorm,
    ReLU,
    ReLU6,
    GELU,
    SiLU,
    Sigmoid,
    Tanh,
    MaxPool2d,
    AvgPool2d,
    AdaptiveAvgPool2d,
    Linear,
    Embedding,
    PositionEmbedding,
    ClassToken,
    PatchToSequence,
    SelectToken,
    Dropout,
    Flatten,
    Softmax,
    Attention,
    MLP,
    MoE,
    LSTM,
    GRU,
    LatentAttention, // multi-head latent attention (DeepSeek-V2/V3)
    Mamba,           // selective state-space mixer (Mamba, Falcon-Mamba)
    Generic,         // imported op with a fixed output shape (ONNX ops the planner does not model)
    Count_
};

constexpr int kMaxAttributes = 14;

// One numeric attribute of a layer kind, with its valid range and one-sentence help.
struct AttributeInfo
{
    const char *key;   // file/JSON name
    const char *label; // UI label (translated via LayerText)
    double defaultValue;
    double minimum;
    double maximum;
    bool isBool;
    bool isInteger;
    const char *help;
};

struct LayerKindInfo
{
    LayerKind kind;
    const char *id;   // file/JSON name, e.g. "conv2d"
    const char *name; // display name
    bool composite;
    std::vector<AttributeInfo> attributes;
};

const LayerKindInfo &layerKindInfo(LayerKind kind);
std::optional<LayerKind> layerKindFromId(const QString &id);
QString layerKindName(LayerKind kind);
const std::vector<LayerKind> &leafLayerKinds();

// Attribute slots per kind. The values live in LayerSpec::values in this order.
namespace attr {
enum Conv { ConvOut, ConvKernel, ConvStride, ConvPadding, ConvDilation, ConvGroups, ConvBias };
enum ConvT { ConvTOut, ConvTKernel, ConvTStride, ConvTPadding, ConvTOutputPadding, ConvTBias };
enum BatchNorm { BnAffine };
enum LayerNorm { LnBias };
enum RMSNorm { RmsUpcast };
enum Activation { ActInplace };
enum Gelu { GeluTanh };
enum Pool { PoolKernel, PoolStride, PoolPadding, PoolCeil };
enum AdaptivePool { AdaptiveOutH, AdaptiveOutW };
enum Linear { LinearOut, LinearBias, LinearTied };
enum Embedding { EmbNum, EmbDim };
enum PositionEmbedding { PosMax, PosLookup };
enum Dropout { DropoutP };
enum Attention {
    AttnHeads,
    AttnKvHeads,
    AttnHeadDim,
    AttnCausal,
    AttnQkvBias,
    AttnOutBias,
    AttnFusedQkv,
    AttnRope,
    AttnSoftmaxFp32,
    AttnDropout,
    AttnMaskInput,
    AttnQkNorm,
    AttnSinks,
    AttnWindow
};
enum Mla {
    MlaHeads,
    MlaQRank,
    MlaKvRank,
    MlaNopeDim,
    MlaRopeDim,
    MlaVDim,
    MlaBias,
    MlaSoftmaxFp32,
    MlaDropout,
    MlaMaskInput
};
enum Mamba { MambaInner, MambaState, MambaConv, MambaDtRank, MambaConvBias, MambaBias };
enum Mlp { MlpHidden, MlpAct, MlpGated, MlpBias };
enum Moe {
    MoeExperts,
    MoeActive,
    MoeHidden,
    MoeActivation,
    MoeGated,
    MoeBias,
    MoeSharedHidden,
    MoeSharedGate,
    MoeRouterBias
};
enum Rnn { RnnHidden, RnnLayers, RnnBidirectional, RnnBias };
enum Generic { GenParams, GenD0, GenD1, GenD2, GenRank, GenSavesInput };
enum Sequence { SeqRepeat, SeqCheckpoint };
} // namespace attr

// MLP / MoE activation functions (attribute value).
// GELUTanhUnfused: Hugging Face's NewGELUActivation ("gelu_new", GPT-2, Phi, T5 gated-gelu), the
// tanh formula written out in Python ops, each of which saves its own tensors.
enum class MlpActivation { ReLU = 0, GELU = 1, GELUTanh = 2, SiLU = 3, GELUTanhUnfused = 4 };

class LayerText
{
    Q_DECLARE_TR_FUNCTIONS(Layer)
};

} // namespace headroom
