#include "core/model/layer.h"

#include <limits>

namespace headroom {

namespace {

constexpr double kBig = 1e9;       // dimension limit: keeps every product of sizes finite and exact
constexpr double kCount = 1 << 20; // heads, experts, repeats

AttributeInfo intAttr(const char *key, const char *label, double def, double lo, double hi, const char *help)
{
    return {key, label, def, lo, hi, false, true, help};
}
AttributeInfo boolAttr(const char *key, const char *label, bool def, const char *help)
{
    return {key, label, def ? 1.0 : 0.0, 0.0, 1.0, true, true, help};
}
AttributeInfo realAttr(const char *key, const char *label, double def, double lo, double hi, const char *help)
{
    return {key, label, def, lo, hi, false, false, help};
}

std::vector<LayerKindInfo> makeTable()
{
    using K = LayerKind;
    const auto inplace =
        boolAttr("inplace", QT_TRANSLATE_NOOP("Layer", "In place"), false,
                 QT_TRANSLATE_NOOP("Layer", "Overwrites its input; autograd then saves the output."));
    const auto mlpAct = intAttr(
        "activation", QT_TRANSLATE_NOOP("Layer", "Activation"), 1, 0, 4,
        QT_TRANSLATE_NOOP("Layer", "0 ReLU, 1 GELU, 2 GELU (tanh), 3 SiLU, 4 GELU (tanh) written out in "
                                   "Python ops (Hugging Face gelu_new)."));
    std::vector<LayerKindInfo> t = {
        {K::Sequence,
         "sequence",
         QT_TRANSLATE_NOOP("Layer", "Block"),
         true,
         {intAttr("repeat", QT_TRANSLATE_NOOP("Layer", "Repeat"), 1, 1, kCount,
                  QT_TRANSLATE_NOOP("Layer", "How many times the block runs in a row.")),
          boolAttr("checkpoint", QT_TRANSLATE_NOOP("Layer", "Checkpoint unit"), false,
                   QT_TRANSLATE_NOOP("Layer",
                                     "With gradient checkpointing each repetition keeps only its input."))}},
        {K::Residual, "residual", QT_TRANSLATE_NOOP("Layer", "Residual"), true, {}},
        {K::DenseConcat, "concat", QT_TRANSLATE_NOOP("Layer", "Concatenate"), true, {}},
        {K::Scale, "scale", QT_TRANSLATE_NOOP("Layer", "Gate (x · f(x))"), true, {}},
        {K::Conv2d,
         "conv2d",
         QT_TRANSLATE_NOOP("Layer", "Conv2d"),
         false,
         {intAttr("out_channels", QT_TRANSLATE_NOOP("Layer", "Output channels"), 64, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Number of filters.")),
          intAttr("kernel", QT_TRANSLATE_NOOP("Layer", "Kernel"), 3, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Square kernel size.")),
          intAttr("stride", QT_TRANSLATE_NOOP("Layer", "Stride"), 1, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Step between kernel positions.")),
          intAttr("padding", QT_TRANSLATE_NOOP("Layer", "Padding"), 0, 0, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Zero padding on each side.")),
          intAttr("dilation", QT_TRANSLATE_NOOP("Layer", "Dilation"), 1, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Spacing between kernel taps.")),
          intAttr("groups", QT_TRANSLATE_NOOP("Layer", "Groups"), 1, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Channel groups; equal to the input channels for depthwise.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "Adds one learned bias per output channel."))}},
        {K::ConvTranspose2d,
         "conv_transpose2d",
         QT_TRANSLATE_NOOP("Layer", "ConvTranspose2d"),
         false,
         {intAttr("out_channels", QT_TRANSLATE_NOOP("Layer", "Output channels"), 64, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Number of filters.")),
          intAttr("kernel", QT_TRANSLATE_NOOP("Layer", "Kernel"), 2, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Square kernel size.")),
          intAttr("stride", QT_TRANSLATE_NOOP("Layer", "Stride"), 2, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Upsampling factor.")),
          intAttr("padding", QT_TRANSLATE_NOOP("Layer", "Padding"), 0, 0, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Implicit padding removed from the output.")),
          intAttr("output_padding", QT_TRANSLATE_NOOP("Layer", "Output padding"), 0, 0, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Extra size added to one side of the output.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "Adds one learned bias per output channel."))}},
        {K::BatchNorm2d,
         "batchnorm2d",
         QT_TRANSLATE_NOOP("Layer", "BatchNorm2d"),
         false,
         {boolAttr("affine", QT_TRANSLATE_NOOP("Layer", "Affine"), true,
                   QT_TRANSLATE_NOOP("Layer", "Learned scale and shift per channel."))}},
        {K::LayerNorm,
         "layernorm",
         QT_TRANSLATE_NOOP("Layer", "LayerNorm"),
         false,
         {boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "Learned shift as well as scale."))}},
        {K::RMSNorm,
         "rmsnorm",
         QT_TRANSLATE_NOOP("Layer", "RMSNorm"),
         false,
         {boolAttr("upcast", QT_TRANSLATE_NOOP("Layer", "Eager fp32 upcast"), true,
                   QT_TRANSLATE_NOOP("Layer", "Hugging Face's eager RMSNorm: computes in fp32 and keeps "
                                              "those copies; off for a fused kernel."))}},
        {K::ReLU, "relu", QT_TRANSLATE_NOOP("Layer", "ReLU"), false, {inplace}},
        {K::ReLU6, "relu6", QT_TRANSLATE_NOOP("Layer", "ReLU6"), false, {inplace}},
        {K::GELU,
         "gelu",
         QT_TRANSLATE_NOOP("Layer", "GELU"),
         false,
         {boolAttr("tanh", QT_TRANSLATE_NOOP("Layer", "Tanh approximation"), false,
                   QT_TRANSLATE_NOOP("Layer", "The tanh approximation (GPT-2); memory is the same."))}},
        {K::SiLU, "silu", QT_TRANSLATE_NOOP("Layer", "SiLU"), false, {inplace}},
        {K::Sigmoid, "sigmoid", QT_TRANSLATE_NOOP("Layer", "Sigmoid"), false, {}},
        {K::Tanh, "tanh", QT_TRANSLATE_NOOP("Layer", "Tanh"), false, {}},
        {K::MaxPool2d,
         "maxpool2d",
         QT_TRANSLATE_NOOP("Layer", "MaxPool2d"),
         false,
         {intAttr("kernel", QT_TRANSLATE_NOOP("Layer", "Kernel"), 2, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Window size.")),
          intAttr("stride", QT_TRANSLATE_NOOP("Layer", "Stride"), 0, 0, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Step between windows; 0 means the kernel size.")),
          intAttr("padding", QT_TRANSLATE_NOOP("Layer", "Padding"), 0, 0, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Padding on each side.")),
          boolAttr("ceil_mode", QT_TRANSLATE_NOOP("Layer", "Ceil mode"), false,
                   QT_TRANSLATE_NOOP("Layer", "Rounds the output size up instead of down."))}},
        {K::AvgPool2d,
         "avgpool2d",
         QT_TRANSLATE_NOOP("Layer", "AvgPool2d"),
         false,
         {intAttr("kernel", QT_TRANSLATE_NOOP("Layer", "Kernel"), 2, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Window size.")),
          intAttr("stride", QT_TRANSLATE_NOOP("Layer", "Stride"), 0, 0, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Step between windows; 0 means the kernel size.")),
          intAttr("padding", QT_TRANSLATE_NOOP("Layer", "Padding"), 0, 0, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Padding on each side."))}},
        {K::AdaptiveAvgPool2d,
         "adaptive_avgpool2d",
         QT_TRANSLATE_NOOP("Layer", "AdaptiveAvgPool2d"),
         false,
         {intAttr("out_h", QT_TRANSLATE_NOOP("Layer", "Output height"), 1, 1, 65536,
                  QT_TRANSLATE_NOOP("Layer", "Output height.")),
          intAttr("out_w", QT_TRANSLATE_NOOP("Layer", "Output width"), 1, 1, 65536,
                  QT_TRANSLATE_NOOP("Layer", "Output width."))}},
        {K::Linear,
         "linear",
         QT_TRANSLATE_NOOP("Layer", "Linear"),
         false,
         {intAttr("out_features", QT_TRANSLATE_NOOP("Layer", "Output features"), 1024, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Size of each output vector.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "Adds a learned bias vector.")),
          boolAttr("tied", QT_TRANSLATE_NOOP("Layer", "Tied to embedding"), false,
                   QT_TRANSLATE_NOOP("Layer", "Shares its weight with the input embedding, so it adds no "
                                              "parameters (GPT-2's LM head)."))}},
        {K::Embedding,
         "embedding",
         QT_TRANSLATE_NOOP("Layer", "Embedding"),
         false,
         {intAttr("num_embeddings", QT_TRANSLATE_NOOP("Layer", "Vocabulary"), 32000, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Number of rows (tokens in the vocabulary).")),
          intAttr("dim", QT_TRANSLATE_NOOP("Layer", "Dimension"), 4096, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Size of each embedding vector."))}},
        {K::PositionEmbedding,
         "position_embedding",
         QT_TRANSLATE_NOOP("Layer", "Position embedding"),
         false,
         {intAttr("max_positions", QT_TRANSLATE_NOOP("Layer", "Positions"), 1024, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Number of learned positions.")),
          boolAttr("lookup", QT_TRANSLATE_NOOP("Layer", "Lookup by ids"), true,
                   QT_TRANSLATE_NOOP("Layer", "Looked up by position ids (GPT-2, BERT) rather than a "
                                              "learned tensor added (ViT)."))}},
        {K::ClassToken, "class_token", QT_TRANSLATE_NOOP("Layer", "Class token"), false, {}},
        {K::PatchToSequence, "patch_to_sequence", QT_TRANSLATE_NOOP("Layer", "Patches to tokens"), false, {}},
        {K::SelectToken, "select_token", QT_TRANSLATE_NOOP("Layer", "Select first token"), false, {}},
        {K::Dropout,
         "dropout",
         QT_TRANSLATE_NOOP("Layer", "Dropout"),
         false,
         {realAttr("p", QT_TRANSLATE_NOOP("Layer", "Probability"), 0.1, 0.0, 1.0,
                   QT_TRANSLATE_NOOP("Layer", "Probability of zeroing an element; on a GPU it saves a "
                                              "1-byte mask when above 0."))}},
        {K::Flatten, "flatten", QT_TRANSLATE_NOOP("Layer", "Flatten"), false, {}},
        {K::Softmax, "softmax", QT_TRANSLATE_NOOP("Layer", "Softmax"), false, {}},
        {K::Attention,
         "attention",
         QT_TRANSLATE_NOOP("Layer", "Multi-head attention"),
         false,
         {intAttr("heads", QT_TRANSLATE_NOOP("Layer", "Heads"), 8, 1, kCount,
                  QT_TRANSLATE_NOOP("Layer", "Number of query heads.")),
          intAttr("kv_heads", QT_TRANSLATE_NOOP("Layer", "KV heads"), 0, 0, kCount,
                  QT_TRANSLATE_NOOP("Layer", "Key/value heads (grouped-query or multi-query); 0 means "
                                             "as many as query heads.")),
          intAttr("head_dim", QT_TRANSLATE_NOOP("Layer", "Head dimension"), 0, 0, 65536,
                  QT_TRANSLATE_NOOP("Layer", "Size of each head; 0 means hidden size / heads.")),
          boolAttr("causal", QT_TRANSLATE_NOOP("Layer", "Causal"), true,
                   QT_TRANSLATE_NOOP("Layer", "Each token attends only to earlier tokens.")),
          boolAttr("qkv_bias", QT_TRANSLATE_NOOP("Layer", "QKV bias"), false,
                   QT_TRANSLATE_NOOP("Layer", "The query, key and value projections have biases.")),
          boolAttr("out_bias", QT_TRANSLATE_NOOP("Layer", "Output bias"), false,
                   QT_TRANSLATE_NOOP("Layer", "The output projection has a bias.")),
          boolAttr("fused_qkv", QT_TRANSLATE_NOOP("Layer", "Fused QKV"), false,
                   QT_TRANSLATE_NOOP("Layer", "One projection produces Q, K and V (GPT-2's c_attn).")),
          boolAttr("rope", QT_TRANSLATE_NOOP("Layer", "Rotary positions"), false,
                   QT_TRANSLATE_NOOP("Layer", "Rotary position embedding applied to Q and K.")),
          boolAttr("softmax_fp32", QT_TRANSLATE_NOOP("Layer", "Softmax in fp32"), false,
                   QT_TRANSLATE_NOOP("Layer", "Scores are upcast to fp32 for the softmax (Llama-style "
                                              "eager attention).")),
          realAttr("dropout", QT_TRANSLATE_NOOP("Layer", "Attention dropout"), 0.0, 0.0, 1.0,
                   QT_TRANSLATE_NOOP("Layer", "Dropout on the attention probabilities.")),
          boolAttr("mask_input", QT_TRANSLATE_NOOP("Layer", "Float mask input"), false,
                   QT_TRANSLATE_NOOP("Layer", "Every layer receives a float causal mask tensor (Hugging Face "
                                              "Llama/Mistral eager); checkpointing keeps it.")),
          intAttr("qk_norm", QT_TRANSLATE_NOOP("Layer", "Q/K norm"), 0, 0, 2,
                  QT_TRANSLATE_NOOP("Layer", "RMSNorm on the queries and keys: 0 none, 1 per head (one "
                                             "head-size weight each, Qwen3, Gemma 3), 2 full width (OLMo 2, "
                                             "Cohere).")),
          boolAttr("sinks", QT_TRANSLATE_NOOP("Layer", "Attention sinks"), false,
                   QT_TRANSLATE_NOOP("Layer", "One learned logit per head joins the softmax (gpt-oss's "
                                              "GptOssAttention.sinks).")),
          intAttr("window", QT_TRANSLATE_NOOP("Layer", "Sliding window"), 0, 0, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Each token attends to this many recent tokens, and the KV "
                                             "cache keeps only them; 0 for full attention."))}},
        {K::MLP,
         "mlp",
         QT_TRANSLATE_NOOP("Layer", "MLP"),
         false,
         {intAttr("hidden", QT_TRANSLATE_NOOP("Layer", "Intermediate size"), 4096, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Width of the hidden layer.")),
          mlpAct,
          boolAttr("gated", QT_TRANSLATE_NOOP("Layer", "Gated (SwiGLU/GeGLU)"), false,
                   QT_TRANSLATE_NOOP("Layer", "A gate and an up projection multiplied together.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "The projections have biases."))}},
        {K::MoE,
         "moe",
         QT_TRANSLATE_NOOP("Layer", "Mixture of experts"),
         false,
         {intAttr("experts", QT_TRANSLATE_NOOP("Layer", "Experts"), 8, 1, kCount,
                  QT_TRANSLATE_NOOP("Layer", "Number of expert MLPs.")),
          intAttr("active", QT_TRANSLATE_NOOP("Layer", "Active experts"), 2, 1, kCount,
                  QT_TRANSLATE_NOOP("Layer", "Experts each token is routed to (top-k).")),
          intAttr("hidden", QT_TRANSLATE_NOOP("Layer", "Intermediate size"), 14336, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Width of each expert's hidden layer.")),
          mlpAct,
          boolAttr("gated", QT_TRANSLATE_NOOP("Layer", "Gated (SwiGLU/GeGLU)"), true,
                   QT_TRANSLATE_NOOP("Layer", "A gate and an up projection multiplied together.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), false,
                   QT_TRANSLATE_NOOP("Layer", "The projections have biases.")),
          intAttr("shared_hidden", QT_TRANSLATE_NOOP("Layer", "Shared expert size"), 0, 0, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Intermediate size of the always-active shared expert MLP "
                                             "(Qwen2-MoE, DeepSeek); 0 for none.")),
          boolAttr("shared_gate", QT_TRANSLATE_NOOP("Layer", "Shared expert gate"), false,
                   QT_TRANSLATE_NOOP("Layer", "A sigmoid gate, one weight per hidden unit, scales the shared "
                                              "expert (Qwen2-MoE).")),
          boolAttr("router_bias", QT_TRANSLATE_NOOP("Layer", "Router bias"), false,
                   QT_TRANSLATE_NOOP("Layer", "The router projection has a bias (gpt-oss)."))}},
        {K::LSTM,
         "lstm",
         QT_TRANSLATE_NOOP("Layer", "LSTM"),
         false,
         {intAttr("hidden", QT_TRANSLATE_NOOP("Layer", "Hidden size"), 512, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Size of the hidden state.")),
          intAttr("layers", QT_TRANSLATE_NOOP("Layer", "Layers"), 1, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Stacked recurrent layers.")),
          boolAttr("bidirectional", QT_TRANSLATE_NOOP("Layer", "Bidirectional"), false,
                   QT_TRANSLATE_NOOP("Layer", "Runs forwards and backwards; output size doubles.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "Input and hidden biases (PyTorch keeps both)."))}},
        {K::GRU,
         "gru",
         QT_TRANSLATE_NOOP("Layer", "GRU"),
         false,
         {intAttr("hidden", QT_TRANSLATE_NOOP("Layer", "Hidden size"), 512, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Size of the hidden state.")),
          intAttr("layers", QT_TRANSLATE_NOOP("Layer", "Layers"), 1, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Stacked recurrent layers.")),
          boolAttr("bidirectional", QT_TRANSLATE_NOOP("Layer", "Bidirectional"), false,
                   QT_TRANSLATE_NOOP("Layer", "Runs forwards and backwards; output size doubles.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "Input and hidden biases (PyTorch keeps both)."))}},
        {K::LatentAttention,
         "latent_attention",
         QT_TRANSLATE_NOOP("Layer", "Multi-head latent attention"),
         false,
         {intAttr("heads", QT_TRANSLATE_NOOP("Layer", "Heads"), 128, 1, kCount,
                  QT_TRANSLATE_NOOP("Layer", "Number of attention heads.")),
          intAttr("q_lora_rank", QT_TRANSLATE_NOOP("Layer", "Query rank"), 1536, 0, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Width of the compressed query (q_a_proj, q_a_layernorm, "
                                             "q_b_proj); 0 for one full q_proj (DeepSeek-V2-Lite).")),
          intAttr("kv_lora_rank", QT_TRANSLATE_NOOP("Layer", "Latent rank"), 512, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Width of the compressed key/value latent that serving "
                                             "engines cache.")),
          intAttr("qk_nope_head_dim", QT_TRANSLATE_NOOP("Layer", "Q/K head dimension without RoPE"), 128, 0,
                  65536, QT_TRANSLATE_NOOP("Layer", "Per-head query/key part decompressed from the latent.")),
          intAttr("qk_rope_head_dim", QT_TRANSLATE_NOOP("Layer", "RoPE head dimension"), 64, 0, 65536,
                  QT_TRANSLATE_NOOP("Layer", "Per-head rotary part; the key's is shared by all heads.")),
          intAttr("v_head_dim", QT_TRANSLATE_NOOP("Layer", "Value head dimension"), 128, 1, 65536,
                  QT_TRANSLATE_NOOP("Layer", "Per-head value size.")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Bias"), false,
                   QT_TRANSLATE_NOOP("Layer", "attention_bias: q_a_proj, kv_a_proj_with_mqa and o_proj have "
                                              "biases.")),
          boolAttr(
              "softmax_fp32", QT_TRANSLATE_NOOP("Layer", "Softmax in fp32"), true,
              QT_TRANSLATE_NOOP("Layer", "Scores are upcast to fp32 for the softmax (eager attention).")),
          realAttr("dropout", QT_TRANSLATE_NOOP("Layer", "Attention dropout"), 0.0, 0.0, 1.0,
                   QT_TRANSLATE_NOOP("Layer", "Dropout on the attention probabilities.")),
          boolAttr("mask_input", QT_TRANSLATE_NOOP("Layer", "Float mask input"), true,
                   QT_TRANSLATE_NOOP("Layer", "Every layer receives a float causal mask tensor (Hugging Face "
                                              "eager); checkpointing keeps it."))}},
        {K::Mamba,
         "mamba",
         QT_TRANSLATE_NOOP("Layer", "Mamba mixer"),
         false,
         {intAttr("intermediate", QT_TRANSLATE_NOOP("Layer", "Inner size"), 1536, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Width of the expanded stream (expand × hidden size).")),
          intAttr("state", QT_TRANSLATE_NOOP("Layer", "State size"), 16, 1, 65536,
                  QT_TRANSLATE_NOOP("Layer", "SSM state per channel (state_size).")),
          intAttr("conv_kernel", QT_TRANSLATE_NOOP("Layer", "Convolution kernel"), 4, 1, 1024,
                  QT_TRANSLATE_NOOP("Layer", "Taps of the causal depthwise convolution.")),
          intAttr("dt_rank", QT_TRANSLATE_NOOP("Layer", "Time-step rank"), 48, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Rank of the time-step projection (time_step_rank).")),
          boolAttr("conv_bias", QT_TRANSLATE_NOOP("Layer", "Convolution bias"), true,
                   QT_TRANSLATE_NOOP("Layer", "The depthwise convolution has a bias (use_conv_bias).")),
          boolAttr("bias", QT_TRANSLATE_NOOP("Layer", "Projection bias"), false,
                   QT_TRANSLATE_NOOP("Layer", "in_proj and out_proj have biases (use_bias)."))}},
        {K::Generic,
         "generic",
         QT_TRANSLATE_NOOP("Layer", "Generic op"),
         false,
         {intAttr("params", QT_TRANSLATE_NOOP("Layer", "Parameters"), 0, 0, 1e15,
                  QT_TRANSLATE_NOOP("Layer", "Learned parameters of the op.")),
          intAttr("d0", QT_TRANSLATE_NOOP("Layer", "Output dim 1"), 1, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "First output dimension per sample.")),
          intAttr("d1", QT_TRANSLATE_NOOP("Layer", "Output dim 2"), 1, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Second output dimension per sample.")),
          intAttr("d2", QT_TRANSLATE_NOOP("Layer", "Output dim 3"), 1, 1, kBig,
                  QT_TRANSLATE_NOOP("Layer", "Third output dimension per sample.")),
          intAttr(
              "rank", QT_TRANSLATE_NOOP("Layer", "Output rank"), 1, 0, 3,
              QT_TRANSLATE_NOOP("Layer", "Number of output dimensions per sample (0: the input's shape).")),
          boolAttr("saves_input", QT_TRANSLATE_NOOP("Layer", "Saves input"), true,
                   QT_TRANSLATE_NOOP("Layer", "Whether backward needs the op's input."))}},
    };
    return t;
}

const std::vector<LayerKindInfo> &table()
{
    static const std::vector<LayerKindInfo> t = makeTable();
    return t;
}

} // namespace

const LayerKindInfo &layerKindInfo(LayerKind kind)
{
    const auto &t = table();
    const auto index = static_cast<std::size_t>(kind);
    Q_ASSERT(index < t.size() && t[index].kind == kind);
    return t[index];
}

std::optional<LayerKind> layerKindFromId(const QString &id)
{
    for (const auto &info : table())
        if (id == QLatin1String(info.id))
            return info.kind;
    return std::nullopt;
}

QString layerKindName(LayerKind kind)
{
    return QCoreApplication::translate("Layer", layerKindInfo(kind).name);
}

const std::vector<LayerKind> &leafLayerKinds()
{
    static const std::vector<LayerKind> kinds = [] {
        std::vector<LayerKind> k;
        for (const auto &info : table())
            if (!info.composite)
                k.push_back(info.kind);
        return k;
    }();
    return kinds;
}

} // namespace headroom
