// Hugging Face config.json builders for StarCoder2 and BLOOM (GPTBigCode, StarCoder 1, reuses the
// GPT-2 builder with multi-query attention).
#include "core/io/hf/hfconfig.h"

namespace headroom::hf {

// Starcoder2ForCausalLM (modeling_starcoder2.py): LayerNorm with bias, grouped-query attention
// and a plain c_fc / c_proj MLP, all with biases when use_bias (the default), rotary positions.
Architecture starcoder2(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    const bool bias = c.boolean("use_bias", true);
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.kvHeads = int(kvHeads(c, "num_key_value_heads", heads));
    attn.headDim = headDim(c, hidden, heads);
    attn.causal = attn.rope = attn.softmaxFp32 = attn.maskInput = true;
    attn.qkvBias = attn.outBias = bias;
    attn.dropout = c.number("attention_dropout", 0.0, 0, 1);
    const double resid = c.number("residual_dropout", 0.0, 0, 1);
    const Node layer =
        sequence(n("layers"),
                 {residual(n("self_attn"), {layerNorm(n("input_layernorm")), attention(n("self_attn"), attn),
                                            dropout(n("residual_dropout"), resid)}),
                  residual(n("mlp"), {layerNorm(n("post_attention_layernorm")),
                                      mlp(n("mlp"), int(inter),
                                          c.activation("hidden_act", MlpActivation::GELUTanh), false, bias),
                                      dropout(n("residual_dropout"), resid)})},
                 int(layers), true);
    std::vector<Node> body = {
        embedding(n("embed_tokens"), int(vocab), int(hidden)),
        dropout(n("embedding_dropout"), c.number("embedding_dropout", 0.0, 0, 1)), layer,
        layerNorm(n("norm")),
        linear(n("lm_head"), int(vocab), false, c.boolean("tie_word_embeddings", true))};
    return tokenModel(std::move(body), positions, true);
}

// BloomForCausalLM (modeling_bloom.py): a LayerNorm right after the embedding, fused
// query_key_value with biases, ALiBi (no position weights), a 4h GELU MLP with biases, tied head.
Architecture bloom(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer({"hidden_size", "n_embed"});
    const qint64 layers = c.integer({"n_layer", "num_hidden_layers"}, 1, kMaxCount);
    const qint64 heads = c.integer({"n_head", "num_attention_heads"}, 1, kMaxCount);
    c.require(
        hidden % heads == 0,
        HfConfigImporter::tr("\"hidden_size\" %1 is not divisible by \"n_head\" %2").arg(hidden).arg(heads));
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.causal = true;
    attn.qkvBias = attn.outBias = attn.fusedQkv = true;
    attn.softmaxFp32 = true; // BloomAttention: softmax(..., dtype=torch.float32)
    attn.dropout = c.number("attention_dropout", 0.0, 0, 1);
    const double drop = c.number("hidden_dropout", 0.0, 0, 1);
    const Node layer = sequence(
        n("h"),
        {residual(n("self_attention"), {layerNorm(n("input_layernorm")), attention(n("self_attention"), attn),
                                        dropout(n("hidden_dropout"), drop)}),
         // BloomGelu is the tanh formula in Python ops (bloom_gelu_forward), like gelu_new.
         residual(n("mlp"), {layerNorm(n("post_attention_layernorm")),
                             mlp(n("mlp"), int(4 * hidden), MlpActivation::GELUTanhUnfused, false, true),
                             dropout(n("hidden_dropout"), drop)})},
        int(layers), true);
    std::vector<Node> body = {
        embedding(n("word_embeddings"), int(vocab), int(hidden)), layerNorm(n("word_embeddings_layernorm")),
        layer, layerNorm(n("ln_f")),
        linear(n("lm_head"), int(vocab), false, c.boolean("tie_word_embeddings", true))};
    Architecture a = tokenModel(std::move(body), 2048, true);
    a.input.maxSequenceLength = 0; // ALiBi: no learned position limit
    return a;
}

} // namespace headroom::hf
