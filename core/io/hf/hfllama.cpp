// Hugging Face config.json builders for the Llama-style decoder families: one token embedding,
// a stack of (norm, attention, norm, MLP or MoE) layers, a final norm and an LM head. The families
// differ in where the norms sit, q/k norms, biases, fused projections and which layers are sparse;
// each difference cites the modeling file that decides it.
#include "core/io/hf/hfconfig.h"

#include <algorithm>

namespace headroom::hf {

namespace {

bool is(const Config &c, const char *type)
{
    return c.type() == QLatin1String(type);
}

// Where each layer's norms sit.
enum class Norms {
    Pre,      // x + attn(norm(x)); x + mlp(norm(x)) (LlamaDecoderLayer)
    Post,     // x + norm(attn(x)); x + norm(mlp(x)) (Olmo2DecoderLayer)
    Sandwich, // x + norm(attn(norm(x))); x + norm(mlp(norm(x))) (Gemma2DecoderLayer, Gemma3)
    Parallel, // x + attn(norm(x)) + mlp(norm(x)), one norm (CohereDecoderLayer)
};

struct Family
{
    Norms norms = Norms::Pre;
    int qkNorm = 0;         // attr::AttnQkNorm: 0 none, 1 per head, 2 full width
    bool qkvBias = false;   // forced biases (Qwen2: q/k/v always)
    bool layerNorm = false; // CohereLayerNorm (no bias) instead of RMSNorm
    bool gemma = false;     // hidden_activation, explicit head_dim, tied by default
    bool tiedDefault = false;
    bool fusedQkv = false; // Phi3's qkv_proj (the count is the same as q, k, v apart)
};

Family familyOf(const Config &c)
{
    Family f;
    if (is(c, "qwen2") || is(c, "qwen2_moe"))
        f.qkvBias = true; // Qwen2Attention: q/k/v_proj bias=True, o_proj bias=False
    if (is(c, "qwen3") || is(c, "qwen3_moe") || is(c, "gemma3_text"))
        f.qkNorm = 1; // Qwen3RMSNorm(head_dim) / Gemma3RMSNorm(head_dim) on q and k
    if (is(c, "olmo2") || is(c, "olmo3")) {
        f.norms = Norms::Post;
        f.qkNorm = 2; // Olmo2RMSNorm(num_heads * head_dim), Olmo2RMSNorm(num_kv_heads * head_dim)
    }
    if (is(c, "gemma") || is(c, "gemma2") || is(c, "gemma3_text")) {
        f.gemma = true;
        f.tiedDefault = true;
    }
    if (is(c, "gemma2") || is(c, "gemma3_text"))
        f.norms = Norms::Sandwich;
    if (is(c, "cohere")) {
        f.norms = Norms::Parallel;
        f.layerNorm = true;
        f.tiedDefault = true; // CohereConfig tie_word_embeddings=True
    }
    if (is(c, "granite"))
        f.tiedDefault = true; // GraniteConfig default; the 3.x checkpoints tie
    if (is(c, "phi3"))
        f.fusedQkv = true;
    return f;
}

Node norm(const Family &f, const char *name)
{
    return f.layerNorm ? layerNorm(n(name), false) : rmsNorm(n(name));
}

// Which layers are sparse. Qwen2-MoE / Qwen3-MoE: layer i is an MoE block when it is not in
// mlp_only_layers and (i + 1) % decoder_sparse_step == 0; DeepSeek: from first_k_dense_replace on.
std::vector<bool> sparseLayers(Config &c, qint64 layers)
{
    std::vector<bool> sparse(std::size_t(layers), true);
    const qint64 step = c.optionalInteger("decoder_sparse_step", 1, 1, kMaxCount);
    for (qint64 i = 0; i < layers; ++i)
        sparse[std::size_t(i)] = (i + 1) % step == 0;
    const QJsonValue only = c.value("mlp_only_layers");
    if (!only.isUndefined() && !only.isNull()) {
        if (!only.isArray())
            c.fail(HfConfigImporter::tr("\"mlp_only_layers\" must be a list of layer indices"));
        for (const QJsonValue &v : only.toArray()) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d >= double(layers) || d != std::trunc(d)) {
                c.fail(
                    HfConfigImporter::tr("\"mlp_only_layers\" holds %1, which is not a layer index below %2")
                        .arg(QString::number(d))
                        .arg(layers));
                break;
            }
            sparse[std::size_t(d)] = false;
        }
    }
    return sparse;
}

// Which layers use sliding-window attention, as each config class sets layer_types by default:
// Phi-3 every layer when sliding_window is set (DynamicCache then makes each layer a
// DynamicSlidingWindowLayer; Mistral likewise, see below); Qwen2/Qwen3 only with use_sliding_window, from
// max_window_layers on; Gemma 2 the even layers; Gemma 3 all but every sliding_window_pattern-th
// (6); Mixtral, Llama and the rest none unless the config lists layer_types.
std::vector<bool> slidingWindows(Config &c, qint64 layers)
{
    std::vector<bool> sliding(std::size_t(layers), false);
    const bool qwen = is(c, "qwen2") || is(c, "qwen2_moe") || is(c, "qwen3") || is(c, "qwen3_moe");
    if (qwen) {
        if (c.boolean("use_sliding_window", false)) {
            const qint64 from = c.optionalInteger("max_window_layers", 0, 0, kMaxCount);
            for (qint64 i = from; i < layers; ++i)
                sliding[std::size_t(i)] = true;
        }
        c.has("max_window_layers");
    } else if (is(c, "gemma2")) {
        for (qint64 i = 0; i < layers; i += 2)
            sliding[std::size_t(i)] = true;
    } else if (is(c, "gemma3_text")) {
        const qint64 pattern = c.optionalInteger("sliding_window_pattern", 6, 1, kMaxCount);
        for (qint64 i = 0; i < layers; ++i)
            sliding[std::size_t(i)] = (i + 1) % pattern != 0;
    } else if (is(c, "phi3")) {
        std::fill(sliding.begin(), sliding.end(), c.has("sliding_window"));
    }
    // Mistral's every-layer window (4,095 tokens kept, measured) is left out for now: the calibration
    // case (tests/cli/tst_cuda_calibration, an 8,192-token prefill) then reads -12.9% allocated,
    // because the prefill's working set is underestimated by about as much as the window saves
    // (README, accuracy notes). It goes in with that working set.
    c.has("sliding_window");
    return slidingLayers(c, layers, sliding);
}

} // namespace

// Consecutive layers alike become one repeated block: [dense × k, sparse × m, ...].
std::vector<Node> layerRuns(const std::vector<bool> &sparse, const std::function<Node(bool)> &makeLayer)
{
    std::vector<Node> runs;
    std::size_t i = 0;
    while (i < sparse.size()) {
        std::size_t j = i;
        while (j < sparse.size() && sparse[j] == sparse[i])
            ++j;
        Node run = makeLayer(sparse[i]);
        run.set(attr::SeqRepeat, double(j - i));
        runs.push_back(std::move(run));
        i = j;
    }
    return runs;
}

// LlamaForCausalLM and the families built like it: Mistral, Mixtral, Qwen2, Qwen2-MoE, Qwen3,
// Qwen3-MoE, Gemma, Gemma 2, Gemma 3 (text), Granite, OLMo 2/3, Cohere, Phi-3.
Architecture llamaLike(Config &c)
{
    const Family f = familyOf(c);
    const bool mixtral = is(c, "mixtral");
    const bool qwenMoe = is(c, "qwen2_moe") || is(c, "qwen3_moe");
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.kvHeads = int(kvHeads(c, "num_key_value_heads", heads));
    if (f.gemma)
        attn.headDim = int(c.integer("head_dim"));
    else
        attn.headDim = headDim(c, hidden, heads);
    if (f.gemma && attn.headDim * heads == hidden)
        attn.headDim = 0;
    attn.causal = true;
    attn.rope = true;
    attn.softmaxFp32 = true;
    attn.maskInput = true; // the eager decoder layers take a 4-D float causal mask
    attn.fusedQkv = f.fusedQkv;
    const bool attentionBias = c.boolean("attention_bias", false);
    attn.qkvBias = f.qkvBias || attentionBias;
    attn.outBias = attentionBias && !f.qkvBias;
    attn.dropout = c.number("attention_dropout", 0.0, 0.0, 1.0);
    int qkNorm = f.qkNorm;
    if (is(c, "cohere") && c.boolean("use_qk_norm", false))
        qkNorm = 2; // CohereLayerNorm((num_heads, head_dim)): one weight per projected feature
    const bool mlpBias = c.boolean("mlp_bias", false);
    const MlpActivation act = f.gemma ? c.activation("hidden_activation", MlpActivation::GELUTanh)
                                      : c.activation("hidden_act", MlpActivation::SiLU);
    const bool tied = c.boolean("tie_word_embeddings", f.tiedDefault);
    // Granite's multipliers and logits_scaling, Gemma's soft caps and query_pre_attn_scalar scale
    // tensors without changing a shape.

    Node sparseFfn;
    std::vector<bool> sparse(std::size_t(layers), false);
    if (mixtral || qwenMoe) {
        const qint64 experts = c.integer({mixtral ? "num_local_experts" : "num_experts"}, 1, kMaxCount);
        const qint64 active = c.integer("num_experts_per_tok", 1, kMaxCount);
        c.require(active <= experts, HfConfigImporter::tr("\"num_experts_per_tok\" %1 exceeds \"%2\" %3")
                                         .arg(active)
                                         .arg(QLatin1String(mixtral ? "num_local_experts" : "num_experts"))
                                         .arg(experts));
        const qint64 expertInter = mixtral ? inter : c.integer("moe_intermediate_size");
        sparseFfn = moe(n(mixtral ? "block_sparse_moe" : "mlp"), int(experts), int(active), int(expertInter),
                        act, true, false);
        if (is(c, "qwen2_moe")) {
            // Qwen2MoeSparseMoeBlock: shared_expert (gated MLP) and shared_expert_gate Linear(hidden, 1).
            sparseFfn.set(attr::MoeSharedHidden, double(c.integer("shared_expert_intermediate_size")));
            sparseFfn.set(attr::MoeSharedGate, 1);
        }
        sparse = mixtral ? std::vector<bool>(std::size_t(layers), true) : sparseLayers(c, layers);
    }
    const Node dense = mlp(n("mlp"), int(inter), act, true, mlpBias);
    const std::vector<bool> sliding = slidingWindows(c, layers);
    const qint64 window = c.has("sliding_window") ? c.integer("sliding_window", 1, kMaxDim) : 0;

    Node attention_ = attention(n("self_attn"), attn);
    attention_.set(attr::AttnQkNorm, qkNorm);
    const Node attentionFull = attention_;
    Node slidingAttention = attention_;
    slidingAttention.set(attr::AttnWindow, double(window));
    // Layer kinds: bit 0 sparse (MoE), bit 1 sliding-window attention.
    auto makeLayer = [&](int kind) {
        const Node &ffn = (kind & 1) ? sparseFfn : dense;
        const Node &attn_ = (kind & 2) ? slidingAttention : attentionFull;
        std::vector<Node> body;
        switch (f.norms) {
        case Norms::Pre:
            body = {residual(n("self_attn"), {norm(f, "input_layernorm"), attn_}),
                    residual(n("ffn"), {norm(f, "post_attention_layernorm"), ffn})};
            break;
        case Norms::Post:
            body = {residual(n("self_attn"), {attn_, norm(f, "post_attention_layernorm")}),
                    residual(n("ffn"), {ffn, norm(f, "post_feedforward_layernorm")})};
            break;
        case Norms::Sandwich:
            body = {residual(n("self_attn"),
                             {norm(f, "input_layernorm"), attn_, norm(f, "post_attention_layernorm")}),
                    residual(n("ffn"), {norm(f, "pre_feedforward_layernorm"), ffn,
                                        norm(f, "post_feedforward_layernorm")})};
            break;
        case Norms::Parallel:
            body = {
                residual(n("layer"), {norm(f, "input_layernorm"), residual(n("parallel"), {attn_}, {ffn})})};
            break;
        }
        return sequence(n("layers"), std::move(body), 1, true);
    };
    // Gemma scales the embeddings by sqrt(hidden_size): a multiply by a constant, which autograd
    // saves nothing for.
    std::vector<Node> body = {embedding(n("embed_tokens"), int(vocab), int(hidden))};
    std::vector<int> kinds(std::size_t(layers), 0);
    for (std::size_t i = 0; i < kinds.size(); ++i)
        kinds[i] = (sparse[i] ? 1 : 0) | (window > 0 && sliding[i] ? 2 : 0);
    for (Node &layer : layerPattern(kinds, makeLayer))
        body.push_back(std::move(layer));
    body.push_back(norm(f, "norm"));
    body.push_back(linear(n("lm_head"), int(vocab), false, tied));
    return tokenModel(std::move(body), positions, true);
}

} // namespace headroom::hf
