// Language-model presets, layer for layer as Hugging Face transformers implements them with eager
// attention (BertModel, GPT2LMHeadModel, LlamaForCausalLM, MistralForCausalLM, MixtralForCausalLM).
#include "core/presets/presets.h"

namespace headroom::presets {

using namespace build;

namespace {
QString n(const char *s)
{
    return QString::fromLatin1(s);
}

Architecture tokenModel(QString id, QString name, QString family, QString source, qint64 published,
                        int defaultSeq, int maxSeq, std::vector<Node> body)
{
    Architecture a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.family = std::move(family);
    a.source = std::move(source);
    a.publishedParameters = published;
    a.input = InputSpec{InputSpec::Type::Tokens, 1, 0, defaultSeq, maxSeq};
    a.root = sequence(QStringLiteral("model"), std::move(body));
    return a;
}
} // namespace

Architecture bertEncoder(const BertConfig &c)
{
    AttentionOptions attn;
    attn.heads = c.heads;
    attn.causal = false;
    attn.qkvBias = true;
    attn.outBias = true;
    attn.dropout = 0.1;
    // Post-LayerNorm encoder layer: LayerNorm(x + Dropout(sublayer(x))).
    const Node layer = sequence(
        n("encoder.layer"),
        {residual(n("attention"),
                  {attention(n("attention.self"), attn), dropout(n("attention.output.dropout"), 0.1)}),
         layerNorm(n("attention.output.LayerNorm")),
         residual(n("ffn"), {mlp(n("intermediate"), c.intermediate, MlpActivation::GELU, false, true),
                             dropout(n("output.dropout"), 0.1)}),
         layerNorm(n("output.LayerNorm"))},
        c.layers, true);
    std::vector<Node> body = {embedding(n("embeddings.word_embeddings"), c.vocab, c.hidden),
                              positionEmbedding(n("embeddings.position_embeddings"), c.maxPositions, true),
                              // token_type ids come from a buffer, so autograd saves nothing for them
                              positionEmbedding(n("embeddings.token_type_embeddings"), 2, false),
                              layerNorm(n("embeddings.LayerNorm")), dropout(n("embeddings.dropout"), 0.1),
                              layer};
    if (c.pooler) {
        body.push_back(selectToken(n("pooler.first_token")));
        body.push_back(linear(n("pooler.dense"), c.hidden));
        body.push_back(tanh(n("pooler.activation")));
    }
    return tokenModel(c.id, c.name, QStringLiteral("language"), c.source, c.published, c.maxPositions,
                      c.maxPositions, std::move(body));
}

Architecture bert(bool large)
{
    BertConfig c;
    c.id = large ? QStringLiteral("bert-large") : QStringLiteral("bert-base");
    c.name = large ? QStringLiteral("BERT-large (uncased)") : QStringLiteral("BERT-base (uncased)");
    c.source = QStringLiteral("Devlin et al. 2018; Hugging Face BertModel (bert-%1-uncased, with pooler)")
                   .arg(large ? QStringLiteral("large") : QStringLiteral("base"));
    c.hidden = large ? 1024 : 768;
    c.layers = large ? 24 : 12;
    c.heads = large ? 16 : 12;
    c.intermediate = 4 * c.hidden;
    c.published = large ? 335'141'888 : 109'482'240;
    return bertEncoder(c);
}

Architecture gpt2(int hidden, int layers, int heads, const QString &id, const QString &name, qint64 published)
{
    AttentionOptions attn;
    attn.heads = heads;
    attn.causal = true;
    attn.qkvBias = true;
    attn.outBias = true;
    attn.fusedQkv = true; // c_attn
    attn.dropout = 0.1;
    const Node block =
        sequence(n("h"),
                 {residual(n("attn"), {layerNorm(n("ln_1")), attention(n("attn"), attn),
                                       dropout(n("attn.resid_dropout"), 0.1)}),
                  residual(n("mlp"), {layerNorm(n("ln_2")),
                                      mlp(n("mlp"), hidden * 4, MlpActivation::GELUTanhUnfused, false, true),
                                      dropout(n("mlp.dropout"), 0.1)})},
                 layers, true);
    std::vector<Node> body = {embedding(n("wte"), 50257, hidden),
                              positionEmbedding(n("wpe"), 1024, true),
                              dropout(n("drop"), 0.1),
                              block,
                              layerNorm(n("ln_f")),
                              linear(n("lm_head"), 50257, false, true)};
    return tokenModel(id, name, QStringLiteral("language"),
                      QStringLiteral("Radford et al. 2019; Hugging Face GPT2LMHeadModel (%1)").arg(id),
                      published, 1024, 1024, std::move(body));
}

Architecture gpt3()
{
    // GPT-3 175B (Brown et al. 2020, table 2.1): GPT-2's architecture at 96 layers, d_model 12288,
    // 96 heads, 2048 context. Modelled with dense attention throughout.
    Architecture a =
        gpt2(12288, 96, 96, QStringLiteral("gpt3-175b"), QStringLiteral("GPT-3 175B"), 175'000'000'000);
    a.family = QStringLiteral("llm");
    a.source =
        QStringLiteral("Brown et al. 2020, table 2.1 (\"175.0B\"); GPT-2 architecture with 2048 positions");
    a.input.sequenceLength = 2048;
    a.input.maxSequenceLength = 2048;
    // 2048 learned positions instead of 1024.
    for (Node &node : a.root.children)
        if (node.kind == LayerKind::PositionEmbedding)
            node.set(attr::PosMax, 2048);
    return a;
}

Architecture llama(const LlamaConfig &c)
{
    AttentionOptions attn;
    attn.heads = c.heads;
    attn.kvHeads = c.kvHeads;
    attn.causal = true;
    attn.rope = true;
    attn.softmaxFp32 = true; // softmax(..., dtype=torch.float32).to(query.dtype)
    attn.maskInput = true;   // a [batch, 1, seq, seq] float mask is an argument of every decoder layer
    const Node ffn = c.experts > 0 ? moe(n("block_sparse_moe"), c.experts, c.activeExperts, c.intermediate,
                                         MlpActivation::SiLU, true, false)
                                   : mlp(n("mlp"), c.intermediate, MlpActivation::SiLU, true, false);
    const Node block =
        sequence(n("layers"),
                 {residual(n("self_attn"), {rmsNorm(n("input_layernorm")), attention(n("self_attn"), attn)}),
                  residual(n("ffn"), {rmsNorm(n("post_attention_layernorm")), ffn})},
                 c.layers, true);
    std::vector<Node> body = {embedding(n("embed_tokens"), c.vocab, c.hidden), block, rmsNorm(n("norm")),
                              linear(n("lm_head"), c.vocab, false)};
    return tokenModel(c.id, c.name, QStringLiteral("llm"), c.source, c.published,
                      std::min(c.maxPositions, 4096), c.maxPositions, std::move(body));
}

} // namespace headroom::presets
