// Hugging Face config.json builders for DeepSeek-V2/V3 (multi-head latent attention and
// DeepSeekMoE, modeling_deepseek_v2.py / modeling_deepseek_v3.py) and for the Mamba state-space
// models (modeling_mamba.py, modeling_falcon_mamba.py).
#include "core/io/hf/hfconfig.h"

namespace headroom::hf {

namespace {

// A config field that may be null (DeepSeek-V2-Lite's "q_lora_rank": null): `fallback` then.
qint64 nullableInteger(Config &c, const char *key, qint64 fallback, qint64 minimum = 1)
{
    return c.has(key) ? c.integer(key, minimum) : fallback;
}

} // namespace

// DeepseekV3ForCausalLM (and DeepseekV2ForCausalLM, built the same way): embeddings, layers of
// (RMSNorm, MLA, RMSNorm, MLP or MoE), final norm, untied LM head. Layer i is an MoE block when
// n_routed_experts is set, i >= first_k_dense_replace and i % moe_layer_freq == 0
// (DeepseekV2DecoderLayer; V3 reads only first_k_dense_replace, its configs set the frequency 1).
// The checkpoint's multi-token-prediction layer (num_nextn_predict_layers) is not built by
// transformers (_keys_to_ignore_on_load_unexpected = model.layers.61.*), so it is not counted.
Architecture deepseek(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    kvHeads(c, "num_key_value_heads", heads); // repeat_kv groups; MLA's K and V are per head already
    c.has("head_dim");                        // DeepseekV2Config sets it to qk_rope_head_dim: no weight
    LatentAttentionOptions o;
    o.heads = int(heads);
    o.qRank = int(nullableInteger(c, "q_lora_rank", 0));
    o.kvRank = int(c.integer("kv_lora_rank"));
    o.nopeDim = int(c.integer("qk_nope_head_dim", 0));
    o.ropeDim = int(c.integer("qk_rope_head_dim", 0));
    o.vDim = int(c.integer("v_head_dim"));
    o.bias = c.boolean("attention_bias", false);
    o.dropout = c.number("attention_dropout", 0.0, 0.0, 1.0);
    c.require(o.nopeDim + o.ropeDim > 0,
              HfConfigImporter::tr("\"qk_nope_head_dim\" and \"qk_rope_head_dim\" are both 0"));
    const MlpActivation act = c.activation("hidden_act", MlpActivation::SiLU);
    const bool tied = c.boolean("tie_word_embeddings", false);

    const qint64 experts = nullableInteger(c, "n_routed_experts", 0);
    std::vector<bool> sparse(std::size_t(layers), false);
    Node sparseFfn;
    if (experts > 0) {
        const qint64 active = c.integer("num_experts_per_tok", 1, kMaxCount);
        c.require(active <= experts,
                  HfConfigImporter::tr("\"num_experts_per_tok\" %1 exceeds \"n_routed_experts\" %2")
                      .arg(active)
                      .arg(experts));
        const qint64 expertInter = c.integer("moe_intermediate_size");
        const qint64 shared = nullableInteger(c, "n_shared_experts", 0, 0);
        const qint64 firstDense = c.optionalInteger("first_k_dense_replace", 0, 0, kMaxCount);
        const qint64 freq = c.optionalInteger("moe_layer_freq", 1, 1, kMaxCount);
        // DeepseekV3MoE: n_routed_experts MLPs of moe_intermediate_size, the router weight
        // (n_routed_experts × hidden; e_score_correction_bias is a buffer) and one shared MLP of
        // moe_intermediate_size × n_shared_experts.
        sparseFfn = moe(n("mlp"), int(experts), int(active), int(expertInter), act, true, false);
        sparseFfn.set(attr::MoeSharedHidden, double(expertInter * shared));
        for (qint64 i = 0; i < layers; ++i)
            sparse[std::size_t(i)] = i >= firstDense && i % freq == 0;
    }
    const Node dense = mlp(n("mlp"), int(inter), act, true, false);
    const Node attn = latentAttention(n("self_attn"), o);
    auto makeLayer = [&](bool isSparse) {
        return sequence(
            n("layers"),
            {residual(n("self_attn"), {rmsNorm(n("input_layernorm")), attn}),
             residual(n("ffn"), {rmsNorm(n("post_attention_layernorm")), isSparse ? sparseFfn : dense})},
            1, true);
    };
    std::vector<Node> body = {embedding(n("embed_tokens"), int(vocab), int(hidden))};
    for (Node &run : layerRuns(sparse, makeLayer))
        body.push_back(std::move(run));
    body.push_back(rmsNorm(n("norm")));
    body.push_back(linear(n("lm_head"), int(vocab), false, tied));
    return tokenModel(std::move(body), positions, true);
}

// MambaForCausalLM / FalconMambaForCausalLM: embeddings, layers of (RMSNorm, MambaMixer) with a
// residual, norm_f, LM head tied to the embeddings unless tie_word_embeddings is false.
// Falcon-Mamba's mixer adds weightless RMS normalisations of B, C and Δ (rms_forward): the same
// weights.
Architecture mambaLm(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 layers = c.integer({"num_hidden_layers", "n_layer"}, 1, kMaxCount);
    c.has("n_layer");
    const qint64 state = c.integer("state_size");
    const qint64 expand = c.optionalInteger("expand", 2, 1, 1024);
    const qint64 inner = c.optionalInteger("intermediate_size", expand * hidden);
    const qint64 kernel = c.optionalInteger("conv_kernel", 4, 1, 1024);
    // MambaConfig: time_step_rank "auto" is ceil(hidden_size / 16).
    qint64 dtRank = (hidden + 15) / 16;
    const QJsonValue rank = c.value("time_step_rank");
    if (!(rank.isString() && rank.toString() == QLatin1String("auto")) && !rank.isUndefined() &&
        !rank.isNull())
        dtRank = c.integer("time_step_rank");
    const bool bias = c.boolean("use_bias", false);
    const bool convBias = c.boolean("use_conv_bias", true);
    c.activation("hidden_act", MlpActivation::SiLU);
    const bool tied = c.boolean("tie_word_embeddings", true);
    const Node block = sequence(
        n("layers"),
        {residual(n("layer"), {rmsNorm(n("norm")), mamba(n("mixer"), int(inner), int(state), int(kernel),
                                                         int(dtRank), convBias, bias)})},
        int(layers), true);
    std::vector<Node> body = {embedding(n("embeddings"), int(vocab), int(hidden)), block,
                              rmsNorm(n("norm_f")), linear(n("lm_head"), int(vocab), false, tied)};
    // A recurrent model has no position limit; the planner's sequence limit stands in.
    return tokenModel(std::move(body), kMaxPositions, true);
}

} // namespace headroom::hf
