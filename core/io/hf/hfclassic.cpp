// Hugging Face config.json builders for GPT-2, BERT/RoBERTa, GPT-NeoX, OPT, Falcon and Phi.
#include "core/io/hf/hfconfig.h"

#include <algorithm>

namespace headroom::hf {

// GPT2LMHeadModel.
Architecture gpt2(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer({"n_embd", "hidden_size"});
    const qint64 layers = c.integer({"n_layer", "num_hidden_layers"}, 1, kMaxCount);
    const qint64 heads = c.integer({"n_head", "num_attention_heads"}, 1, kMaxCount);
    const qint64 positions = c.integer({"n_positions", "max_position_embeddings"}, 1, kMaxPositions);
    const qint64 inner = c.optionalInteger("n_inner", 4 * hidden);
    c.require(hidden % heads == 0,
              HfConfigImporter::tr("\"n_embd\" %1 is not divisible by \"n_head\" %2").arg(hidden).arg(heads));
    const double resid = c.number("resid_pdrop", 0.1, 0, 1), embd = c.number("embd_pdrop", 0.1, 0, 1);
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.causal = true;
    attn.qkvBias = attn.outBias = attn.fusedQkv = true;
    attn.dropout = c.number("attn_pdrop", 0.1, 0, 1);
    const bool bigcode = c.type() == QLatin1String("gpt_bigcode");
    if (bigcode) {
        // GPTBigCodeAttention: with multi_query, c_attn = Linear(hidden, hidden + 2 * head_dim), one
        // key/value head; the scores are upcast when attention_softmax_in_fp32 (the default).
        attn.kvHeads = c.boolean("multi_query", true) ? 1 : int(heads);
        attn.softmaxFp32 = c.boolean("attention_softmax_in_fp32", true);
    }
    const MlpActivation act = c.activation("activation_function", bigcode ? MlpActivation::GELUTanh
                                                                          : MlpActivation::GELUTanhUnfused);
    const Node block =
        sequence(n("h"),
                 {residual(n("attn"), {layerNorm(n("ln_1")), attention(n("attn"), attn),
                                       dropout(n("attn.resid_dropout"), resid)}),
                  residual(n("mlp"), {layerNorm(n("ln_2")), mlp(n("mlp"), int(inner), act, false, true),
                                      dropout(n("mlp.dropout"), resid)})},
                 int(layers), true);
    std::vector<Node> body = {
        embedding(n("wte"), int(vocab), int(hidden)),
        positionEmbedding(n("wpe"), int(positions), true),
        dropout(n("drop"), embd),
        block,
        layerNorm(n("ln_f")),
        linear(n("lm_head"), int(vocab), false, c.boolean("tie_word_embeddings", true))};
    return tokenModel(std::move(body), positions, false);
}

// BertModel / RobertaModel (with pooler), post-LayerNorm encoder.
Architecture bert(Config &c)
{
    const bool roberta = c.type() == QLatin1String("roberta");
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 inter = c.integer("intermediate_size");
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    const qint64 types = c.optionalInteger("type_vocab_size", 2, 0, kMaxDim);
    const double hiddenDrop = c.number("hidden_dropout_prob", 0.1, 0, 1);
    c.require(hidden % heads == 0,
              HfConfigImporter::tr("\"hidden_size\" %1 is not divisible by \"num_attention_heads\" %2")
                  .arg(hidden)
                  .arg(heads));
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.causal = false;
    attn.qkvBias = attn.outBias = true;
    attn.dropout = c.number("attention_probs_dropout_prob", 0.1, 0, 1);
    const MlpActivation act = c.activation("hidden_act", MlpActivation::GELU);
    const Node layer =
        sequence(n("encoder.layer"),
                 {residual(n("attention"), {attention(n("attention.self"), attn),
                                            dropout(n("attention.output.dropout"), hiddenDrop)}),
                  layerNorm(n("attention.output.LayerNorm")),
                  residual(n("ffn"), {mlp(n("intermediate"), int(inter), act, false, true),
                                      dropout(n("output.dropout"), hiddenDrop)}),
                  layerNorm(n("output.LayerNorm"))},
                 int(layers), true);
    std::vector<Node> body = {embedding(n("embeddings.word_embeddings"), int(vocab), int(hidden)),
                              positionEmbedding(n("embeddings.position_embeddings"), int(positions), true)};
    if (types > 0)
        body.push_back(positionEmbedding(n("embeddings.token_type_embeddings"), int(types), false));
    for (Node node : {layerNorm(n("embeddings.LayerNorm")), dropout(n("embeddings.dropout"), hiddenDrop),
                      layer, selectToken(n("pooler.first_token")), linear(n("pooler.dense"), int(hidden)),
                      tanh(n("pooler.activation"))})
        body.push_back(std::move(node));
    // RoBERTa numbers positions from padding_idx + 1, so two of its position rows are never used
    // by a sequence: 514 rows hold 512 tokens.
    const qint64 offset = roberta ? c.optionalInteger("pad_token_id", 1, 0, kMaxDim) + 1 : 0;
    c.require(positions > offset,
              HfConfigImporter::tr("\"max_position_embeddings\" %1 leaves no positions after the "
                                   "padding offset %2")
                  .arg(positions)
                  .arg(offset));
    return tokenModel(std::move(body), positions - offset, false);
}

// GPTNeoXForCausalLM (Pythia): fused QKV with biases, partial rotary, parallel residual.
Architecture gptNeox(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    c.number("rotary_pct", 0.25, 0, 1); // which share of each head rotates: no memory effect
    c.require(hidden % heads == 0,
              HfConfigImporter::tr("\"hidden_size\" %1 is not divisible by \"num_attention_heads\" %2")
                  .arg(hidden)
                  .arg(heads));
    const bool bias = c.boolean("attention_bias", true);
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.causal = true;
    attn.qkvBias = attn.outBias = bias;
    attn.fusedQkv = true;
    attn.rope = true;
    attn.softmaxFp32 = true; // GPT-NeoX eager attention computes scores in fp32
    attn.dropout = c.number("attention_dropout", 0.0, 0, 1);
    const double drop = c.number("hidden_dropout", 0.0, 0, 1);
    const Node attnBranch =
        sequence(n("attention_branch"), {layerNorm(n("input_layernorm")), attention(n("attention"), attn),
                                         dropout(n("post_attention_dropout"), drop)});
    const Node mlpBranch =
        sequence(n("mlp_branch"),
                 {layerNorm(n("post_attention_layernorm")),
                  mlp(n("mlp"), int(inter), c.activation("hidden_act", MlpActivation::GELU), false, true),
                  dropout(n("post_mlp_dropout"), drop)});
    Node layer;
    if (c.boolean("use_parallel_residual", true)) {
        // x + attn(ln1(x)) + mlp(ln2(x))
        layer = sequence(n("layers"),
                         {residual(n("layer"), {residual(n("parallel"), {attnBranch}, {mlpBranch})})},
                         int(layers), true);
    } else {
        layer =
            sequence(n("layers"), {residual(n("attention"), {attnBranch}), residual(n("mlp"), {mlpBranch})},
                     int(layers), true);
    }
    std::vector<Node> body = {
        embedding(n("embed_in"), int(vocab), int(hidden)), dropout(n("emb_dropout"), drop), layer,
        layerNorm(n("final_layer_norm")),
        linear(n("embed_out"), int(vocab), false, c.boolean("tie_word_embeddings", false))};
    return tokenModel(std::move(body), positions, true);
}

// OPTForCausalLM: learned positions with an offset of 2, optional projection of the embeddings.
Architecture opt(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 ffn = c.integer("ffn_dim");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    const qint64 proj = c.optionalInteger("word_embed_proj_dim", hidden);
    const bool preNorm = c.boolean("do_layer_norm_before", true);
    const bool bias = c.boolean("enable_bias", true);
    c.require(c.boolean("layer_norm_elementwise_affine", true),
              HfConfigImporter::tr("\"layer_norm_elementwise_affine\": false is not supported"));
    c.require(hidden % heads == 0,
              HfConfigImporter::tr("\"hidden_size\" %1 is not divisible by \"num_attention_heads\" %2")
                  .arg(hidden)
                  .arg(heads));
    const double drop = c.number("dropout", 0.1, 0, 1);
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.causal = true;
    attn.qkvBias = attn.outBias = bias;
    attn.dropout = c.number("attention_dropout", 0.0, 0, 1);
    const Node ffnNode =
        mlp(n("fc"), int(ffn), c.activation("activation_function", MlpActivation::ReLU), false, bias);
    std::vector<Node> layerBody;
    if (preNorm) {
        layerBody = {
            residual(n("self_attn"), {layerNorm(n("self_attn_layer_norm")), attention(n("self_attn"), attn),
                                      dropout(n("dropout"), drop)}),
            residual(n("fc"), {layerNorm(n("final_layer_norm")), ffnNode, dropout(n("dropout"), drop)})};
    } else {
        layerBody = {residual(n("self_attn"), {attention(n("self_attn"), attn), dropout(n("dropout"), drop)}),
                     layerNorm(n("self_attn_layer_norm")),
                     residual(n("fc"), {ffnNode, dropout(n("dropout"), drop)}),
                     layerNorm(n("final_layer_norm"))};
    }
    std::vector<Node> body = {embedding(n("decoder.embed_tokens"), int(vocab), int(proj))};
    if (proj != hidden)
        body.push_back(linear(n("decoder.project_in"), int(hidden), false));
    body.push_back(positionEmbedding(n("decoder.embed_positions"), int(positions + 2), true));
    body.push_back(dropout(n("decoder.dropout"), drop));
    body.push_back(sequence(n("decoder.layers"), std::move(layerBody), int(layers), true));
    if (preNorm)
        body.push_back(layerNorm(n("decoder.final_layer_norm")));
    if (proj != hidden)
        body.push_back(linear(n("decoder.project_out"), int(proj), false));
    body.push_back(linear(n("lm_head"), int(vocab), false, c.boolean("tie_word_embeddings", true)));
    return tokenModel(std::move(body), positions, true);
}

// FalconForCausalLM: multi-query or grouped attention, parallel attention + MLP, ALiBi or rotary.
Architecture falcon(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 layers = c.integer({"num_hidden_layers", "n_layer"}, 1, kMaxCount);
    const qint64 heads = c.integer({"num_attention_heads", "n_head"}, 1, kMaxCount);
    const qint64 positions = c.optionalInteger("max_position_embeddings", 2048, 1, kMaxPositions);
    const bool newArch = c.boolean("new_decoder_architecture", false);
    const bool multiQuery = c.boolean("multi_query", true);
    const bool parallel = c.boolean("parallel_attn", true);
    const bool bias = c.boolean("bias", false);
    const bool alibi = c.boolean("alibi", false);
    const qint64 ffn = c.optionalInteger("ffn_hidden_size", 4 * hidden);
    c.require(hidden % heads == 0,
              HfConfigImporter::tr("\"hidden_size\" %1 is not divisible by \"num_attention_heads\" %2")
                  .arg(hidden)
                  .arg(heads));
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.kvHeads = int(newArch ? kvHeads(c, "num_kv_heads", heads) : (multiQuery ? 1 : heads));
    attn.causal = true;
    attn.qkvBias = attn.outBias = bias;
    attn.fusedQkv = true; // query_key_value
    attn.rope = !alibi;
    attn.dropout = c.number("attention_dropout", 0.0, 0, 1);
    const double drop = c.number("hidden_dropout", 0.0, 0, 1);
    const Node att = attention(n("self_attention"), attn);
    const Node ffnNode =
        mlp(n("mlp"), int(ffn), c.activation("activation", MlpActivation::GELU), false, bias);
    std::vector<Node> layerBody;
    const qint64 parallelNorms = newArch ? c.optionalInteger("num_ln_in_parallel_attn", 2, 1, 2) : 1;
    if (parallel || newArch) {
        if (parallelNorms == 2) {
            // ln_attn and ln_mlp: x + attn(ln_attn(x)) + mlp(ln_mlp(x))
            layerBody = {residual(n("layer"), {residual(n("parallel"), {layerNorm(n("ln_attn")), att},
                                                        {layerNorm(n("ln_mlp")), ffnNode}),
                                               dropout(n("dropout"), drop)})};
        } else {
            // x + attn(ln(x)) + mlp(ln(x)), one shared input_layernorm
            layerBody = {residual(n("layer"),
                                  {layerNorm(n("input_layernorm")), residual(n("parallel"), {att}, {ffnNode}),
                                   dropout(n("dropout"), drop)})};
        }
    } else {
        layerBody = {residual(n("self_attention"),
                              {layerNorm(n("input_layernorm")), att, dropout(n("dropout"), drop)}),
                     residual(n("mlp"), {layerNorm(n("post_attention_layernorm")), ffnNode,
                                         dropout(n("dropout"), drop)})};
    }
    std::vector<Node> body = {
        embedding(n("word_embeddings"), int(vocab), int(hidden)),
        sequence(n("h"), std::move(layerBody), int(layers), true), layerNorm(n("ln_f")),
        linear(n("lm_head"), int(vocab), false, c.boolean("tie_word_embeddings", true))};
    return tokenModel(std::move(body), positions, true);
}

// PhiForCausalLM (Phi-1, Phi-1.5, Phi-2): one LayerNorm feeding attention and MLP in parallel,
// biases everywhere, partial rotary, an lm_head with a bias.
Architecture phi(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 hidden = c.integer("hidden_size");
    const qint64 inter = c.integer("intermediate_size");
    const qint64 layers = c.integer("num_hidden_layers", 1, kMaxCount);
    const qint64 heads = c.integer("num_attention_heads", 1, kMaxCount);
    const qint64 positions = c.integer("max_position_embeddings", 1, kMaxPositions);
    c.number("partial_rotary_factor", 0.5, 0, 1); // share of each head that rotates: no memory effect
    c.require(!c.boolean("qk_layernorm", false),
              HfConfigImporter::tr("\"qk_layernorm\": true is not supported"));
    AttentionOptions attn;
    attn.heads = int(heads);
    attn.kvHeads = int(kvHeads(c, "num_key_value_heads", heads));
    attn.headDim = headDim(c, hidden, heads);
    attn.causal = true;
    attn.qkvBias = attn.outBias = true;
    attn.rope = true;
    attn.softmaxFp32 = true; // PhiAttention upcasts the scores to fp32
    attn.dropout = c.number("attention_dropout", 0.0, 0, 1);
    const double resid = c.number("resid_pdrop", 0.0, 0, 1);
    const Node layer = sequence(
        n("layers"),
        {residual(
            n("layer"),
            {layerNorm(n("input_layernorm")),
             residual(n("parallel"), {attention(n("self_attn"), attn), dropout(n("resid_dropout"), resid)},
                      {mlp(n("mlp"), int(inter), c.activation("hidden_act", MlpActivation::GELUTanhUnfused),
                           false, true),
                       dropout(n("resid_dropout"), resid)})})},
        int(layers), true);
    std::vector<Node> body = {
        embedding(n("embed_tokens"), int(vocab), int(hidden)),
        dropout(n("embed_dropout"), c.number("embd_pdrop", 0.0, 0, 1)), layer,
        layerNorm(n("final_layernorm")),
        linear(n("lm_head"), int(vocab), true, c.boolean("tie_word_embeddings", false))};
    return tokenModel(std::move(body), positions, true);
}

} // namespace headroom::hf
