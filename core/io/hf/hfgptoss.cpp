// Hugging Face config.json builder for gpt-oss (transformers' modeling_gpt_oss.py).
#include "core/io/hf/hfconfig.h"

namespace headroom::hf {

// GptOssForCausalLM: embeddings, layers of (RMSNorm, attention, RMSNorm, MoE), final norm, untied
// LM head. GptOssAttention has q/k/v/o biases and one learned sink logit per head; layer_types
// alternates sliding_attention (window sliding_window) and full_attention. GptOssMLP: the router
// Linear(hidden, num_local_experts) with a bias, and GptOssExperts' gate_up_proj (experts ×
// hidden × 2·intermediate, interleaved gate/up columns) and down_proj, each with a bias. The
// clamped SwiGLU (gate · sigmoid(1.702 · gate) · (up + 1)) is simulated as a SiLU-gated MLP.
Architecture gptOss(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    const qint64 experts = c.integer("num_local_experts", 1, kMaxCount);
    const qint64 active = c.integer({"num_experts_per_tok", "experts_per_token"}, 1, kMaxCount);
    c.has("experts_per_token");
    c.require(active <= experts,
              HfConfigImporter::tr("\"num_experts_per_tok\" %1 exceeds \"num_local_experts\" %2")
                  .arg(active)
                  .arg(experts));
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.kvHeads = int(kvHeads(c, "num_key_value_heads", heads));
    attn.headDim = headDim(c, hidden, heads);
    attn.rope = true;
    attn.softmaxFp32 = true;
    attn.maskInput = true;
    const bool bias = c.boolean("attention_bias", true);
    attn.qkvBias = bias;
    attn.outBias = bias;
    attn.dropout = c.number("attention_dropout", 0.0, 0.0, 1.0);
    const qint64 window = c.optionalInteger("sliding_window", 0, 1, kMaxPositions);
    const bool tied = c.boolean("tie_word_embeddings", false);

    // Which layers slide: layer_types when given, else GptOssConfig's default (even layers).
    std::vector<bool> even(std::size_t(layers), false);
    for (qint64 i = 0; i < layers; ++i)
        even[std::size_t(i)] = i % 2 == 0;
    const std::vector<bool> sliding = slidingLayers(c, layers, even);
    c.require(window > 0 || std::find(sliding.begin(), sliding.end(), true) == sliding.end(),
              HfConfigImporter::tr("sliding_attention layers need \"sliding_window\""));

    Node ffn = moe(n("mlp"), int(experts), int(active), int(inter), MlpActivation::SiLU, true, true);
    ffn.set(attr::MoeRouterBias, 1);
    auto makeLayer = [&](bool slides) {
        Node a = attention(n("self_attn"), attn);
        a.set(attr::AttnSinks, 1).set(attr::AttnWindow, slides ? double(window) : 0.0);
        return sequence(n("layers"),
                        {residual(n("self_attn"), {rmsNorm(n("input_layernorm")), a}),
                         residual(n("ffn"), {rmsNorm(n("post_attention_layernorm")), ffn})},
                        1, true);
    };
    std::vector<int> kinds(sliding.begin(), sliding.end());
    std::vector<Node> body = {embedding(n("embed_tokens"), int(vocab), int(hidden))};
    for (Node &layer : layerPattern(kinds, [&](int kind) { return makeLayer(kind != 0); }))
        body.push_back(std::move(layer));
    body.push_back(rmsNorm(n("norm")));
    body.push_back(linear(n("lm_head"), int(vocab), false, tied));
    return tokenModel(std::move(body), positions, true);
}

} // namespace headroom::hf
