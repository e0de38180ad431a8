// Hugging Face config.json builder for the Llama 4 language model (transformers'
// modeling_llama4.py, Llama4ForCausalLM / the text_config of Llama4ForConditionalGeneration).
#include "core/io/hf/hfconfig.h"

namespace headroom::hf {

// Llama4TextModel: embeddings, layers of (RMSNorm, attention, RMSNorm, MLP or MoE), final norm,
// LM head. Llama4TextAttention: q/k/v/o with attention_bias; its q/k norm (Llama4TextL2Norm) has no
// weight. A layer is an MoE block when its index is in moe_layers (default: every
// interleave_moe_layer_step-th, from step − 1). Llama4TextMoe: Llama4TextExperts (gate_up_proj
// experts × hidden × 2·intermediate_size, down_proj, no biases), the router Linear(hidden, experts)
// and one shared expert Llama4TextMLP(intermediate_size); dense layers are Llama4TextMLP of
// intermediate_size_mlp. The chunked attention of the RoPE layers (attention_chunk_size) is not
// modelled in the KV cache: every layer's cache holds the whole context (an overestimate).
Architecture llama4Text(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 interMlp = c.optionalInteger("intermediate_size_mlp", 16384);
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    const qint64 experts = c.integer("num_local_experts", 1, kMaxCount);
    const qint64 active = c.integer("num_experts_per_tok", 1, kMaxCount);
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
    const bool bias = c.boolean("attention_bias", false);
    attn.qkvBias = bias;
    attn.outBias = bias;
    attn.dropout = c.number("attention_dropout", 0.0, 0.0, 1.0);
    c.boolean("use_qk_norm", true); // L2 norm without a weight
    const MlpActivation act = c.activation("hidden_act", MlpActivation::SiLU);
    const bool tied = c.boolean("tie_word_embeddings", false);

    const qint64 step = c.optionalInteger("interleave_moe_layer_step", 1, 1, kMaxCount);
    std::vector<int> kinds(std::size_t(layers), 0);
    for (qint64 i = step - 1; i < layers; i += step)
        kinds[std::size_t(i)] = 1;
    const QJsonValue moeLayers = c.value("moe_layers");
    if (!moeLayers.isUndefined() && !moeLayers.isNull()) {
        if (!moeLayers.isArray())
            c.fail(HfConfigImporter::tr("\"moe_layers\" must be a list of layer indices"));
        std::fill(kinds.begin(), kinds.end(), 0);
        for (const QJsonValue &v : moeLayers.toArray()) {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d >= double(layers) || d != std::trunc(d)) {
                c.fail(HfConfigImporter::tr("\"moe_layers\" holds %1, which is not a layer index below %2")
                           .arg(QString::number(d))
                           .arg(layers));
                break;
            }
            kinds[std::size_t(d)] = 1;
        }
    }
    Node sparse = moe(n("feed_forward"), int(experts), int(active), int(inter), act, true, false);
    sparse.set(attr::MoeSharedHidden, double(inter));
    const Node dense = mlp(n("feed_forward"), int(interMlp), act, true, false);
    const Node a = attention(n("self_attn"), attn);
    auto makeLayer = [&](int kind) {
        return sequence(n("layers"),
                        {residual(n("self_attn"), {rmsNorm(n("input_layernorm")), a}),
                         residual(n("ffn"), {rmsNorm(n("post_attention_layernorm")), kind ? sparse : dense})},
                        1, true);
    };
    std::vector<Node> body = {embedding(n("embed_tokens"), int(vocab), int(hidden))};
    for (Node &layer : layerPattern(kinds, makeLayer))
        body.push_back(std::move(layer));
    body.push_back(rmsNorm(n("norm")));
    body.push_back(linear(n("lm_head"), int(vocab), false, tied));
    return tokenModel(std::move(body), positions, true);
}

} // namespace headroom::hf
