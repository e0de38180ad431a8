// Hugging Face config.json builders for the Llama-style decoder families.
#include "core/io/hf/hfconfig.h"

#include <algorithm>

namespace headroom::hf {

// LlamaForCausalLM and the families built like it: MistralForCausalLM, MixtralForCausalLM,
// Qwen2ForCausalLM, GemmaForCausalLM.
Architecture llamaLike(Config &c)
{
    const QString &type = c.type();
    const bool gemma = type == QLatin1String("gemma");
    const bool qwen2 = type == QLatin1String("qwen2");
    const bool mixtral = type == QLatin1String("mixtral");
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.kvHeads = int(kvHeads(c, "num_key_value_heads", heads));
    if (gemma)
        attn.headDim = int(c.integer("head_dim"));
    else
        attn.headDim = headDim(c, hidden, heads);
    if (gemma && attn.headDim * heads == hidden)
        attn.headDim = 0;
    attn.causal = true;
    attn.rope = true;
    attn.softmaxFp32 = true;
    attn.maskInput = true; // the eager decoder layers take a 4-D float causal mask
    const bool attentionBias = c.boolean("attention_bias", false);
    attn.qkvBias = qwen2 || attentionBias;
    attn.outBias = attentionBias && !qwen2;
    attn.dropout = c.number("attention_dropout", 0.0, 0.0, 1.0);
    const bool mlpBias = c.boolean("mlp_bias", false);
    const MlpActivation act = gemma ? c.activation("hidden_activation", MlpActivation::GELUTanh)
                                    : c.activation("hidden_act", MlpActivation::SiLU);
    const bool tied = c.boolean("tie_word_embeddings", gemma);

    Node ffn;
    if (mixtral) {
        const qint64 experts = c.integer("num_local_experts", 1, kMaxCount);
        const qint64 active = c.integer("num_experts_per_tok", 1, kMaxCount);
        c.require(active <= experts,
                  HfConfigImporter::tr("\"num_experts_per_tok\" %1 exceeds \"num_local_experts\" %2")
                      .arg(active)
                      .arg(experts));
        ffn = moe(n("block_sparse_moe"), int(experts), int(active), int(inter), act, true, false);
    } else {
        ffn = mlp(n("mlp"), int(inter), act, true, mlpBias);
    }
    const Node block =
        sequence(n("layers"),
                 {residual(n("self_attn"), {rmsNorm(n("input_layernorm")), attention(n("self_attn"), attn)}),
                  residual(n("ffn"), {rmsNorm(n("post_attention_layernorm")), ffn})},
                 int(layers), true);
    // Gemma scales the embeddings by sqrt(hidden_size): a multiply by a constant, which autograd
    // saves nothing for.
    std::vector<Node> body = {embedding(n("embed_tokens"), int(vocab), int(hidden)), block,
                              rmsNorm(n("norm")), linear(n("lm_head"), int(vocab), false, tied)};
    return tokenModel(std::move(body), positions, true);
}

} // namespace headroom::hf
