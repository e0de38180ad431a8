// Hugging Face config.json → Architecture. Each family follows its transformers modeling file
// (modeling_llama.py, modeling_gpt2.py, ...): the modules it creates, in forward order, with the
// biases and tied weights that decide the parameter count.
#include "core/io/hf/hfconfigimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace headroom {

using namespace build;

namespace {

constexpr qint64 kMaxDim = qint64(1) << 22;          // hidden sizes, intermediate sizes, vocabularies
constexpr qint64 kMaxPositions = kMaxSequenceLength; // context lengths a plan file can hold
constexpr qint64 kMaxCount = 100'000;                // layers, heads, experts

QString n(const char *s)
{
    return QString::fromLatin1(s);
}

// Reads config fields; the first problem is kept and later reads return their fallbacks.
class Config
{
public:
    Config(const QJsonObject &o, const QString &type) : m_o(o), m_type(type) {}

    bool has(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    // Required whole number (the first key present of `keys` counts: configs use aliases).
    qint64 integer(std::initializer_list<const char *> keys, qint64 minimum = 1, qint64 maximum = kMaxDim)
    {
        for (const char *key : keys)
            if (has(key)) // a bad value reads as `minimum`, so that later arithmetic stays defined
                return read(key, minimum, minimum, maximum);
        fail(HfConfigImporter::tr("the %1 config lacks \"%2\", which is required")
                 .arg(m_type, QLatin1String(*keys.begin())));
        return minimum;
    }
    qint64 integer(const char *key, qint64 minimum = 1, qint64 maximum = kMaxDim)
    {
        return integer({key}, minimum, maximum);
    }
    qint64 optionalInteger(const char *key, qint64 fallback, qint64 minimum = 1, qint64 maximum = kMaxDim)
    {
        return has(key) ? read(key, fallback, minimum, maximum) : fallback;
    }
    bool boolean(const char *key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool()) {
            fail(HfConfigImporter::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toBool();
    }
    double number(const char *key, double fallback, double minimum, double maximum)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < minimum || v.toDouble() > maximum) {
            fail(HfConfigImporter::tr("\"%1\" must be a number from %2 to %3")
                     .arg(QLatin1String(key))
                     .arg(minimum)
                     .arg(maximum));
            return fallback;
        }
        return v.toDouble();
    }
    QString string(const char *key, const QString &fallback = {})
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString()) {
            fail(HfConfigImporter::tr("\"%1\" must be a string").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toString();
    }
    // Hugging Face activation names (transformers.activations.ACT2FN).
    MlpActivation activation(const char *key, MlpActivation fallback)
    {
        const QString a = string(key);
        if (a.isEmpty())
            return fallback;
        if (a == QLatin1String("silu") || a == QLatin1String("swish"))
            return MlpActivation::SiLU;
        if (a == QLatin1String("gelu"))
            return MlpActivation::GELU;
        // gelu_new and gelu_fast are Python formulas (unfused: more saved tensors);
        // gelu_pytorch_tanh is F.gelu(approximate="tanh"), one kernel.
        if (a == QLatin1String("gelu_new") || a == QLatin1String("gelu_fast"))
            return MlpActivation::GELUTanhUnfused;
        if (a == QLatin1String("gelu_pytorch_tanh"))
            return MlpActivation::GELUTanh;
        if (a == QLatin1String("gelu_python"))
            return MlpActivation::GELU;
        if (a == QLatin1String("relu"))
            return MlpActivation::ReLU;
        fail(HfConfigImporter::tr("\"%1\" is \"%2\"; supported activations are silu, gelu, gelu_new, "
                                  "gelu_pytorch_tanh and relu")
                 .arg(QLatin1String(key), a));
        return fallback;
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    void require(bool condition, const QString &message)
    {
        if (!condition)
            fail(message);
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &type() const { return m_type; }

private:
    qint64 read(const char *key, qint64 fallback, qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        // Range first: converting an out-of-range double to qint64 is undefined behaviour (the
        // fuzzer found 3e94). The negated test also rejects NaN.
        if (!v.isDouble() || !(d >= double(minimum) && d <= double(maximum)) || d != std::trunc(d)) {
            fail(HfConfigImporter::tr("\"%1\" must be a whole number from %2 to %3 (got %4)")
                     .arg(QLatin1String(key))
                     .arg(minimum)
                     .arg(maximum)
                     .arg(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1)));
            return fallback;
        }
        return qint64(d);
    }

    const QJsonObject &m_o;
    QString m_type;
    QString m_error;
};

Architecture tokenModel(std::vector<Node> body, qint64 maxPositions, bool llm)
{
    Architecture a;
    a.family = llm ? QStringLiteral("llm") : QStringLiteral("language");
    const int maxSeq = int(std::min<qint64>(maxPositions, 1 << 30));
    a.input = InputSpec{InputSpec::Type::Tokens, 1, 0, std::min(maxSeq > 0 ? maxSeq : 512, 4096), maxSeq};
    a.root = sequence(QStringLiteral("model"), std::move(body));
    return a;
}

// Head dimension: an explicit head_dim wins; the compiler derives hidden / heads when it is 0.
int headDim(Config &c, qint64 hidden, qint64 heads)
{
    const qint64 explicitDim = c.optionalInteger("head_dim", 0, 1, kMaxDim);
    if (explicitDim > 0 && explicitDim * heads != hidden)
        return int(explicitDim);
    c.require(explicitDim > 0 || hidden % heads == 0,
              HfConfigImporter::tr(
                  "\"hidden_size\" %1 is not divisible by \"num_attention_heads\" %2; set \"head_dim\"")
                  .arg(hidden)
                  .arg(heads));
    return 0;
}

qint64 kvHeads(Config &c, const char *key, qint64 heads)
{
    const qint64 kv = c.optionalInteger(key, heads, 1, kMaxCount);
    c.require(heads % kv == 0, HfConfigImporter::tr("%1 attention heads cannot be grouped over \"%2\" %3")
                                   .arg(heads)
                                   .arg(QLatin1String(key))
                                   .arg(kv));
    return kv;
}

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
    const MlpActivation act = c.activation("activation_function", MlpActivation::GELUTanhUnfused);
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

using Builder = std::function<Architecture(Config &)>;

const std::map<QString, Builder> &builders()
{
    static const std::map<QString, Builder> map = {
        {QStringLiteral("llama"), llamaLike},
        {QStringLiteral("mistral"), llamaLike},
        {QStringLiteral("mixtral"), llamaLike},
        {QStringLiteral("qwen2"), llamaLike},
        {QStringLiteral("gemma"), llamaLike},
        {QStringLiteral("phi"), phi},
        {QStringLiteral("gpt2"), gpt2},
        {QStringLiteral("gpt_neox"), gptNeox},
        {QStringLiteral("opt"), opt},
        {QStringLiteral("falcon"), falcon},
        {QStringLiteral("bert"), bert},
        {QStringLiteral("roberta"), bert},
        {QStringLiteral("t5"), t5},
    };
    return map;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[std::size_t(j)];
            row[std::size_t(j)] = std::min(
                {up + 1, row[std::size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

std::optional<Precision> precisionFromDtype(const QString &dtype)
{
    if (dtype == QLatin1String("float32"))
        return Precision::FP32;
    if (dtype == QLatin1String("float16"))
        return Precision::FP16_AMP;
    if (dtype == QLatin1String("bfloat16"))
        return Precision::BF16_AMP;
    return std::nullopt;
}

} // namespace

QStringList HfConfigImporter::supportedModelTypes()
{
    QStringList list;
    for (const auto &entry : builders())
        list << entry.first;
    return list;
}

QString HfConfigImporter::closestModelType(const QString &type)
{
    QString best;
    int bestDistance = 1 << 30;
    for (const QString &candidate : supportedModelTypes()) {
        const int d = editDistance(type.toLower(), candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

bool HfConfigImporter::import(const QByteArray &json, Architecture &out, QString *error, HfImportInfo *info)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return failWith(
            tr("not a JSON file: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return failWith(tr("a config.json holds one JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue typeValue = root.value(QLatin1String("model_type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return failWith(tr("\"model_type\" is missing; it names the model family (supported: %1)")
                            .arg(supportedModelTypes().join(QStringLiteral(", "))));
    const QString type = typeValue.toString().toLower();
    const auto it = builders().find(type);
    if (it == builders().end())
        return failWith(tr("model_type \"%1\" is not supported; did you mean \"%2\"? (supported: %3)")
                            .arg(typeValue.toString(), closestModelType(type),
                                 supportedModelTypes().join(QStringLiteral(", "))));

    Config config(root, type);
    Architecture arch = it->second(config);
    const char *dtypeKey = root.contains(QLatin1String("torch_dtype")) ? "torch_dtype" : "dtype";
    const QString dtype = config.string(dtypeKey);
    std::optional<Precision> precision;
    if (!dtype.isEmpty()) {
        precision = precisionFromDtype(dtype);
        config.require(precision.has_value(), tr("\"%1\" is \"%2\"; expected float32, float16 or bfloat16")
                                                  .arg(QLatin1String(dtypeKey), dtype));
    }
    if (!config.ok())
        return failWith(tr("%1 config: %2").arg(type, config.error()));

    QString name = root.value(QLatin1String("_name_or_path")).toString();
    if (name.isEmpty()) {
        const QJsonValue archs = root.value(QLatin1String("architectures"));
        name = archs.isArray() && !archs.toArray().isEmpty() ? archs.toArray().first().toString() : QString();
    }
    arch.name = name.isEmpty() ? tr("Imported %1 model").arg(type) : name;
    arch.source = tr("Hugging Face config.json (model_type %1)").arg(type);
    out = std::move(arch);
    if (info) {
        info->modelType = type;
        info->precision = precision;
    }
    return true;
}

bool HfConfigImporter::importFile(const QString &path, Architecture &out, QString *error, HfImportInfo *info)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        if (error)
            *error = tr("%1: %2 bytes is too large for a config.json").arg(path).arg(file.size());
        return false;
    }
    if (import(file.readAll(), out, error, info))
        return true;
    if (error)
        *error = tr("%1: %2").arg(path, *error);
    return false;
}

} // namespace headroom
