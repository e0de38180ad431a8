// Hugging Face config.json builder for T5.
#include "core/io/hf/hfconfig.h"

#include <algorithm>

namespace headroom::hf {

// T5ForConditionalGeneration. The planner's trees have one input, so the decoder runs on a
// sequence as long as the encoder's (target length = source length) and its token embedding,
// shared with the encoder, is not looked up a second time. Relative attention bias tables sit in
// the first layer of each stack.
Architecture t5(Config &c)
{
    const qint64 vocab = c.integer("vocab_size");
    const qint64 dModel = c.integer("d_model");
    const qint64 dKv = c.integer("d_kv");
    const qint64 dFf = c.integer("d_ff");
    const qint64 layers = c.integer("num_layers", 1, kMaxCount);
    const qint64 decoderLayers = c.optionalInteger("num_decoder_layers", layers, 0, kMaxCount);
    const qint64 heads = c.integer("num_heads", 1, kMaxCount);
    const qint64 buckets = c.optionalInteger("relative_attention_num_buckets", 32, 1, kMaxDim);
    const qint64 positions = c.optionalInteger("n_positions", 512, 1, kMaxPositions);
    const double drop = c.number("dropout_rate", 0.1, 0, 1);
    const QString proj = c.string("feed_forward_proj", QStringLiteral("relu"));
    const bool gated = proj.startsWith(QLatin1String("gated-"));
    const QString actName = gated ? proj.mid(6) : proj;
    MlpActivation act = MlpActivation::ReLU;
    if (actName == QLatin1String("gelu") || actName == QLatin1String("gelu_new"))
        act = MlpActivation::GELUTanhUnfused; // T5 maps "gated-gelu" to gelu_new
    else if (actName == QLatin1String("silu"))
        act = MlpActivation::SiLU;
    else
        c.require(actName == QLatin1String("relu"),
                  HfConfigImporter::tr(
                      "\"feed_forward_proj\" is \"%1\"; supported are relu, gated-gelu, gated-silu")
                      .arg(proj));
    AttentionOptions self;
    self.heads = int(heads);
    self.headDim = dKv * heads == dModel ? 0 : int(dKv);
    self.causal = false;
    self.softmaxFp32 = true; // softmax(scores.float()).type_as(scores)
    self.dropout = drop;
    AttentionOptions causal = self;
    causal.causal = true;
    auto ff = [&] {
        return residual(n("layer.ff"),
                        {rmsNorm(n("layer_norm"), false),
                         mlp(n("DenseReluDense"), int(dFf), act, gated, false), dropout(n("dropout"), drop)});
    };
    auto biasTable = [&](const char *name) {
        Node t(LayerKind::Generic, n(name));
        t.set(attr::GenParams, double(buckets * heads)).set(attr::GenRank, 0).set(attr::GenSavesInput, 0);
        return t;
    };
    const Node encoder = sequence(n("encoder.block"),
                                  {residual(n("layer.SelfAttention"), {rmsNorm(n("layer_norm"), false),
                                                                       attention(n("SelfAttention"), self),
                                                                       dropout(n("dropout"), drop)}),
                                   ff()},
                                  int(layers), true);
    std::vector<Node> body = {embedding(n("shared"), int(vocab), int(dModel)),
                              dropout(n("encoder.dropout"), drop),
                              biasTable("encoder.block.0.layer.0.SelfAttention.relative_attention_bias"),
                              encoder,
                              rmsNorm(n("encoder.final_layer_norm"), false),
                              dropout(n("encoder.dropout"), drop)};
    if (decoderLayers > 0) {
        body.push_back(biasTable("decoder.block.0.layer.0.SelfAttention.relative_attention_bias"));
        body.push_back(sequence(n("decoder.block"),
                                {residual(n("layer.SelfAttention"), {rmsNorm(n("layer_norm"), false),
                                                                     attention(n("SelfAttention"), causal),
                                                                     dropout(n("dropout"), drop)}),
                                 residual(n("layer.EncDecAttention"), {rmsNorm(n("layer_norm"), false),
                                                                       attention(n("EncDecAttention"), self),
                                                                       dropout(n("dropout"), drop)}),
                                 ff()},
                                int(decoderLayers), true));
        body.push_back(rmsNorm(n("decoder.final_layer_norm"), false));
        body.push_back(dropout(n("decoder.dropout"), drop));
    }
    body.push_back(linear(n("lm_head"), int(vocab), false, c.boolean("tie_word_embeddings", true)));
    Architecture a = tokenModel(std::move(body), positions, false);
    a.input.maxSequenceLength = 0; // relative positions: no learned limit
    return a;
}

} // namespace headroom::hf
