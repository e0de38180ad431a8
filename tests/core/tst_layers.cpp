// Every layer kind against hand-computed parameters, shapes and saved-activation bytes
// (fp32, batch 1 unless stated; what PyTorch's autograd saves, deduplicated by storage).
#include "testutil.h"

#include <QtTest>

using namespace headroom;
using namespace headroom::build;
using headroom::test::compileFp32;
using headroom::test::imageModel;
using headroom::test::sequenceModel;

class TestLayers : public QObject
{
    Q_OBJECT
private slots:
    void kindTableMatchesEnum()
    {
        for (int i = 0; i < int(LayerKind::Count_); ++i) {
            const auto kind = LayerKind(i);
            QCOMPARE(int(layerKindInfo(kind).kind), i);
            QCOMPARE(layerKindFromId(QLatin1String(layerKindInfo(kind).id)), std::optional<LayerKind>(kind));
            QVERIFY(int(layerKindInfo(kind).attributes.size()) <= kMaxAttributes);
        }
    }

    void conv2d()
    {
        const auto m = compileFp32(imageModel(3, 32, {conv(QStringLiteral("c"), 16, 3, 1, 1, true)}));
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.parameters, qint64(16 * 3 * 9 + 16));
        QCOMPARE(m.output, (Shape{3, {16, 32, 32}}));
        QCOMPARE(m.savedPerSample, 3.0 * 32 * 32 * 4); // the input, for the weight gradient
        QCOMPARE(m.forwardFlopsPerSample, 2.0 * 16 * 32 * 32 * 27);
    }

    void conv2dStrideDilationGroups()
    {
        auto m = compileFp32(imageModel(3, 32, {conv(QStringLiteral("c"), 8, 3, 2, 1, false)}));
        QCOMPARE(m.output, (Shape{3, {8, 16, 16}})); // floor((32 + 2 - 2 - 1) / 2) + 1
        m = compileFp32(imageModel(3, 32, {conv(QStringLiteral("c"), 8, 3, 1, 2, false, 1, 2)}));
        QCOMPARE(m.output, (Shape{3, {8, 32, 32}}));
        m = compileFp32(imageModel(16, 8, {conv(QStringLiteral("dw"), 16, 3, 1, 1, true, 16)}));
        QCOMPARE(m.parameters, qint64(16 * 1 * 9 + 16));
        m = compileFp32(imageModel(6, 8, {conv(QStringLiteral("bad"), 16, 3, 1, 1, true, 4)}));
        QVERIFY(m.error.contains(QStringLiteral("divisible")));
        m = compileFp32(imageModel(3, 4, {conv(QStringLiteral("big"), 8, 7)}));
        QVERIFY(m.error.contains(QStringLiteral("does not fit")));
    }

    void transposedConvolution()
    {
        const auto m = compileFp32(imageModel(64, 16, {convTranspose(QStringLiteral("up"), 32, 2, 2)}));
        QCOMPARE(m.output, (Shape{3, {32, 32, 32}}));
        QCOMPARE(m.parameters, qint64(64 * 32 * 4 + 32));
        QCOMPARE(m.savedPerSample, 64.0 * 16 * 16 * 4);
    }

    void batchNormAndInPlaceRelu()
    {
        // BN saves its input plus per-channel mean and invstd (shared by the batch); the in-place
        // ReLU saves BN's output, which it overwrote.
        const auto m = compileFp32(
            imageModel(16, 8, {batchNorm(QStringLiteral("bn")), relu(QStringLiteral("r"), true)}));
        QCOMPARE(m.parameters, qint64(32));
        QCOMPARE(m.savedPerSample, 2.0 * 16 * 64 * 4);
        QCOMPARE(m.savedFixed, 2.0 * 16 * 4);
    }

    void reluSavesOutputOnce()
    {
        // Two consecutive in-place ReLUs share one storage: counted once.
        const auto m =
            compileFp32(imageModel(4, 4,
                                   {conv(QStringLiteral("c"), 4, 1), relu(QStringLiteral("a"), true),
                                    relu(QStringLiteral("b"), true)}));
        QCOMPARE(m.savedPerSample, 4.0 * 16 * 4 * 2); // conv input + the shared ReLU storage
    }

    void activationsSaveInputOrOutput()
    {
        auto m = compileFp32(sequenceModel(10, 32, {gelu(QStringLiteral("g"))}));
        QCOMPARE(m.savedPerSample, 10.0 * 32 * 4);
        m = compileFp32(sequenceModel(10, 32, {silu(QStringLiteral("s")), sigmoid(QStringLiteral("sig"))}));
        QCOMPARE(m.savedPerSample, 2 * 10.0 * 32 * 4); // SiLU its input, sigmoid its output
        m = compileFp32(sequenceModel(10, 32, {relu6(QStringLiteral("r6"), false)}));
        QCOMPARE(m.savedPerSample, 10.0 * 32 * 4);
        // In-place ReLU6 keeps a copy of its input, and the next layer saves the overwritten
        // tensor as well: two storages.
        m = compileFp32(imageModel(4, 4,
                                   {conv(QStringLiteral("c"), 4, 1), relu6(QStringLiteral("r"), true),
                                    conv(QStringLiteral("d"), 4, 1)}));
        QCOMPARE(m.savedPerSample, 4.0 * 16 * 4 * 3);
        m = compileFp32(sequenceModel(10, 32, {tanh(QStringLiteral("t")), softmax(QStringLiteral("sm"))}));
        QCOMPARE(m.savedPerSample, 2 * 10.0 * 32 * 4);
    }

    void pooling()
    {
        // Max-pool saves its input and int64 indices of its output.
        auto m = compileFp32(imageModel(16, 8, {maxPool(QStringLiteral("p"), 2)}));
        QCOMPARE(m.output, (Shape{3, {16, 4, 4}}));
        QCOMPARE(m.savedPerSample, 16.0 * 64 * 4 + 16.0 * 16 * 8);
        m = compileFp32(imageModel(64, 112, {maxPool(QStringLiteral("p"), 3, 2, 1)}));
        QCOMPARE(m.output, (Shape{3, {64, 56, 56}}));
        m = compileFp32(imageModel(16, 8, {avgPool(QStringLiteral("a"), 2)}));
        QCOMPARE(m.savedPerSample, 16.0 * 64 * 4);
        // Adaptive average pooling keeps its input for backward, a 1×1 output too.
        m = compileFp32(
            imageModel(16, 8, {adaptiveAvgPool(QStringLiteral("g")), flatten(QStringLiteral("f"))}));
        QCOMPARE(m.output, (Shape{1, {16, 1, 1}}));
        QCOMPARE(m.savedPerSample, 16.0 * 64 * 4);
    }

    void linearAndTiedLinear()
    {
        auto m = compileFp32(sequenceModel(10, 32, {linear(QStringLiteral("l"), 64)}));
        QCOMPARE(m.parameters, qint64(32 * 64 + 64));
        QCOMPARE(m.output, (Shape{2, {10, 64, 1}}));
        QCOMPARE(m.savedPerSample, 10.0 * 32 * 4);
        QCOMPARE(m.forwardFlopsPerSample, 2.0 * 10 * 32 * 64);
        m = compileFp32(sequenceModel(10, 32, {linear(QStringLiteral("head"), 64, false, true)}));
        QCOMPARE(m.parameters, qint64(0));
    }

    void embeddingAndPositions()
    {
        Architecture a = sequenceModel(
            10, 1,
            {embedding(QStringLiteral("e"), 100, 16), positionEmbedding(QStringLiteral("p"), 20, true)});
        a.input = InputSpec{InputSpec::Type::Tokens, 1, 0, 10, 20};
        auto m = compileFp32(a);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.parameters, qint64(100 * 16 + 20 * 16));
        QCOMPARE(m.savedPerSample, 10.0 * 8); // token ids, int64
        QCOMPARE(m.savedFixed, 10.0 * 8);     // position ids: one row for the whole batch
        CompileOptions o;
        o.sequenceLength = 21;
        m = ModelCompiler().compile(a, o);
        QVERIFY(m.error.contains(QStringLiteral("exceeds")));
    }

    void norms()
    {
        auto m = compileFp32(sequenceModel(10, 32, {layerNorm(QStringLiteral("ln"))}));
        QCOMPARE(m.parameters, qint64(64));
        QCOMPARE(m.savedPerSample, 10.0 * 32 * 4 + 2 * 10 * 4); // input + mean and rstd per row
        m = compileFp32(sequenceModel(10, 32, {rmsNorm(QStringLiteral("rms"))}));
        QCOMPARE(m.parameters, qint64(32));
        // Eager HF RMSNorm in fp32 on PyTorch 2.x: input (= its fp32 view), rsqrt per row, the
        // normalised tensor.
        QCOMPARE(m.savedPerSample, 10.0 * 32 * 4 + 10 * 4 + 10.0 * 32 * 4);
        m = compileFp32(sequenceModel(10, 32, {rmsNorm(QStringLiteral("rms"))}), Precision::BF16);
        // In bf16 it keeps an fp32 copy of the input and a bf16 normalised tensor: 6 bytes per
        // element, as measured on an H200 (Llama-3.2-1B, PyTorch 2.11).
        QCOMPARE(m.savedPerSample, 10.0 * 32 * 4 + 10 * 4 + 10.0 * 32 * 2);
        // PyTorch 1.13's mean() also kept the fp32 squares.
        CompileOptions old;
        old.precision = Precision::BF16;
        old.pytorch1MeanSavesInput = true;
        m = ModelCompiler().compile(sequenceModel(10, 32, {rmsNorm(QStringLiteral("rms"))}), old);
        QCOMPARE(m.savedPerSample, 10.0 * 32 * 4 * 2 + 10 * 4 + 10.0 * 32 * 2);
    }

    void dropoutSavesOneByteMask()
    {
        auto m = compileFp32(sequenceModel(10, 32, {dropout(QStringLiteral("d"), 0.1)}));
        QCOMPARE(m.savedPerSample, 10.0 * 32);
        m = compileFp32(sequenceModel(10, 32, {dropout(QStringLiteral("d"), 0.0)}));
        QCOMPARE(m.savedPerSample, 0.0);
    }

    void attentionEager()
    {
        AttentionOptions o;
        o.heads = 4;
        auto m = compileFp32(sequenceModel(10, 32, {attention(QStringLiteral("a"), o)}));
        QCOMPARE(m.parameters, qint64(4 * 32 * 32));
        // x (one storage for the q, k, v projections) + q + k + softmax output + v + merged context.
        QCOMPARE(m.savedPerSample, 1280.0 + 1280 + 1280 + 4 * 10 * 10 * 4 + 1280 + 1280);
        QCOMPARE(m.attentionCorePerSample, 4.0 * 10 * 10 * 4);
        QCOMPARE(m.kvElementsPerToken, 2.0 * 32);
        o.dropout = 0.1;
        m = compileFp32(sequenceModel(10, 32, {attention(QStringLiteral("a"), o)}));
        QCOMPARE(m.savedPerSample, 8000.0 + 400 + 1600); // + mask + dropped probabilities
    }

    void latentAttention()
    {
        // DeepseekV3Attention with hidden 32, 2 heads, q_lora_rank 8, kv_lora_rank 6, qk_nope 4,
        // qk_rope 2, v_head_dim 3 (modeling_deepseek_v3.py), fp32, eager, trained.
        LatentAttentionOptions o;
        o.heads = 2;
        o.qRank = 8;
        o.kvRank = 6;
        o.nopeDim = 4;
        o.ropeDim = 2;
        o.vDim = 3;
        auto m = compileFp32(sequenceModel(10, 32, {build::latentAttention(QStringLiteral("mla"), o)}));
        QVERIFY2(m.ok(), qPrintable(m.error));
        // q_a 32·8 + q_a_layernorm 8 + q_b 8·(2·6) + kv_a 32·(6+2) + kv_a_layernorm 6 + kv_b 6·(2·7) + o
        // 6·32.
        QCOMPARE(m.parameters, qint64(256 + 8 + 96 + 256 + 6 + 84 + 192));
        // x (1280, shared by q_a_proj and kv_a_proj); q_a_layernorm: input, rsqrt, normalised,
        // q_b_proj's input (320 + 40 + 320 + 320); kv_a_layernorm on the latent (a view of the
        // 8-wide kv_a output: 320) + rsqrt 40 + normalised 240 + kv_b_proj's input 240; query and
        // key after the RoPE cat (480 each); fp32 softmax 2·10·10·4; v, a view of kv_b_proj's
        // 14-wide output (560); the merged context o_proj keeps (240).
        QCOMPARE(m.savedPerSample, 1280.0 + 1000 + 840 + 960 + 800 + 560 + 240);
        QCOMPARE(m.savedFixed, 2.0 * 10 * 2 * 4); // cos and sin of the rotary part
        // Hugging Face caches the decompressed key (2·6) and value (2·3); vLLM the latent + rotary key.
        QCOMPARE(m.kvElementsPerToken, 18.0);
        QCOMPARE(m.kvLatentElementsPerToken, 8.0);
        // Measured with PyTorch 1.13 (tools/calibration/measure_mla_mamba.py): 6,248 bytes, which is
        // this plus 1.13's mean() inputs (the fp32 squares of both norms, 320 + 240) plus 8: the
        // float64 scalar `* scaling` keeps.
        CompileOptions torch113;
        torch113.pytorch1MeanSavesInput = true;
        const auto m113 = ModelCompiler().compile(
            sequenceModel(10, 32, {build::latentAttention(QStringLiteral("mla"), o)}), torch113);
        QCOMPARE(m113.savedPerSample + 8, 6248.0);
        o.qRank = 0; // DeepSeek-V2-Lite: one q_proj, no bias
        m = compileFp32(sequenceModel(10, 32, {build::latentAttention(QStringLiteral("mla"), o)}));
        QCOMPARE(m.parameters, qint64(32 * 12 + 256 + 6 + 84 + 192));
        QCOMPARE(m.savedPerSample, 1280.0 + 840 + 960 + 800 + 560 + 240);
        QCOMPARE(ModelCompiler()
                         .compile(sequenceModel(10, 32, {build::latentAttention(QStringLiteral("mla"), o)}),
                                  torch113)
                         .savedPerSample +
                     8,
                 4928.0); // measured, as above
    }

    void mambaMixer()
    {
        // MambaMixer, hidden 8, intermediate 16, state 4, conv 4, dt_rank 2 (modeling_mamba.py).
        auto m = compileFp32(
            sequenceModel(10, 8, {build::mamba(QStringLiteral("mixer"), 16, 4, 4, 2, true, false)}));
        QVERIFY2(m.ok(), qPrintable(m.error));
        // in_proj 8·32, conv1d 16·4 + 16, x_proj 16·(2 + 8), dt_proj 2·16 + 16, A_log 16·4, D 16, out_proj
        // 16·8.
        QCOMPARE(m.parameters, qint64(256 + 80 + 160 + 48 + 64 + 16 + 128));
        // slow_forward per token (fp32): projected 128, conv output 64, SiLU output 64, x_proj
        // output 40, dt_proj output 64, softplus output 64, discrete_A 256, discrete_B 256, the
        // scan's states 256, act(gate) 64, scan output 64 = 1320; the conv's 3 extra positions
        // (192); the scan's initial zero state (256); in_proj's input 320 and out_proj's 640.
        QCOMPARE(m.savedPerSample, 10.0 * 1320 + 192 + 256 + 320 + 640);
        QCOMPARE(m.savedFixed, 2 * 16.0 * 4 * 4); // exp(A_log) and A = -exp(...)
        // Measured (tools/calibration/measure_mla_mamba.py, PyTorch 1.13, CPU): 15,120 bytes, equal
        // to savedPerSample + savedFixed.
        QCOMPARE(m.kvElementsPerToken, 0.0);
        QCOMPARE(m.recurrentStateElements, 16.0 * 4 + 16.0 * 4); // conv state + ssm state
    }

    void attentionSinksAndWindow()
    {
        AttentionOptions o;
        o.heads = 4;
        Node a = attention(QStringLiteral("a"), o);
        a.set(attr::AttnSinks, 1).set(attr::AttnWindow, 128);
        const auto m = compileFp32(sequenceModel(10, 32, {a}));
        QCOMPARE(m.parameters, qint64(4 * 32 * 32 + 4)); // one sink logit per head
        QCOMPARE(m.kvElementsPerToken, 0.0);
        QCOMPARE(m.kvWindowElementsPerToken, 2.0 * 32);
        QCOMPARE(m.kvWindowTokens, qint64(128));
    }

    void attentionGroupedQueryAndFlash()
    {
        AttentionOptions o;
        o.heads = 4;
        o.kvHeads = 2;
        auto m = compileFp32(sequenceModel(10, 32, {attention(QStringLiteral("a"), o)}));
        QCOMPARE(m.parameters, qint64(32 * 32 + 2 * 32 * 16 + 32 * 32));
        // Eager GQA materialises K and V per query head (repeat_kv) before the matmuls.
        QCOMPARE(m.savedPerSample, 1280.0 + 1280 + 1280 + 1600 + 1280 + 1280);
        QCOMPARE(m.kvElementsPerToken, 2.0 * 16);
        CompileOptions flash;
        flash.flashAttention = true;
        m = ModelCompiler().compile(sequenceModel(10, 32, {attention(QStringLiteral("a"), o)}), flash);
        // FlashAttention: x, q, grouped k and v, output, fp32 log-sum-exp per head and row.
        QCOMPARE(m.savedPerSample, 1280.0 + 1280 + 640 + 640 + 1280 + 4 * 10 * 4);
        QCOMPARE(m.attentionCorePerSample, 0.0);
        o.heads = 5;
        m = compileFp32(sequenceModel(10, 32, {attention(QStringLiteral("a"), o)}));
        QVERIFY(m.error.contains(QStringLiteral("divisible")));
    }

    void mlpVariants()
    {
        auto m = compileFp32(
            sequenceModel(10, 32, {mlp(QStringLiteral("m"), 128, MlpActivation::GELU, false, true)}));
        QCOMPARE(m.parameters, qint64(2 * 32 * 128 + 128 + 32));
        QCOMPARE(m.savedPerSample, 1280.0 + 5120 + 5120); // x, fc1 output (GELU input), GELU output
        m = compileFp32(
            sequenceModel(10, 32, {mlp(QStringLiteral("m"), 128, MlpActivation::ReLU, false, true)}));
        QCOMPARE(m.savedPerSample, 1280.0 + 5120); // ReLU keeps only its output
        m = compileFp32(
            sequenceModel(10, 32, {mlp(QStringLiteral("m"), 128, MlpActivation::SiLU, true, false)}));
        QCOMPARE(m.parameters, qint64(3 * 32 * 128));
        QCOMPARE(m.savedPerSample, 1280.0 + 4 * 5120); // x, gate, silu(gate), up, product
    }

    void mixtureOfExperts()
    {
        const auto m = compileFp32(
            sequenceModel(10, 32, {moe(QStringLiteral("moe"), 4, 2, 64, MlpActivation::SiLU, true, false)}));
        QCOMPARE(m.parameters, qint64(4 * 3 * 32 * 64 + 32 * 4));
        QCOMPARE(m.activeParameters, qint64(2 * 3 * 32 * 64 + 32 * 4));
        // MixtralSparseMoeBlock.forward, fp32, 10 tokens routed to 2 of 4 experts (20 pairs): x for the
        // router (1280), the fp32 softmax (10 x 4 x 4), per pair the top-k index and weight (8 + 4),
        // and per pair the gathered input (32), w1 output, silu output, w3 output and their product
        // (4 x 64) and the expert output the routing-weight mul keeps (32), 4 bytes each.
        QCOMPARE(m.savedPerSample, 1280.0 + 160 + 20 * 12 + 20 * (32 + 4 * 64 + 32) * 4.0);
        QCOMPARE(m.forwardFlopsPerSample, 2.0 * 10 * 32 * 4 + 2.0 * 20 * (3 * 32 * 64));
    }

    void recurrent()
    {
        auto m = compileFp32(sequenceModel(10, 16, {lstm(QStringLiteral("l"), 32)}));
        QCOMPARE(m.parameters, qint64(4 * 32 * (16 + 32) + 8 * 32)); // PyTorch keeps b_ih and b_hh
        QCOMPARE(m.output, (Shape{2, {10, 32, 1}}));
        m = compileFp32(sequenceModel(10, 16, {gru(QStringLiteral("g"), 32, 2, true)}));
        QCOMPARE(m.parameters, qint64(2 * (3 * 32 * (16 + 32) + 6 * 32) + 2 * (3 * 32 * (64 + 32) + 6 * 32)));
        QCOMPARE(m.output, (Shape{2, {10, 64, 1}}));
    }

    void residualConcatScale()
    {
        auto m = compileFp32(
            imageModel(8, 4, {residual(QStringLiteral("r"), {conv(QStringLiteral("c"), 16, 1)})}));
        QVERIFY(m.error.contains(QStringLiteral("must match")));
        m = compileFp32(
            imageModel(8, 4, {denseConcat(QStringLiteral("d"), {conv(QStringLiteral("c"), 16, 1)})}));
        QCOMPARE(m.output, (Shape{3, {24, 4, 4}}));
        // x * sigmoid(fc(pool(x))): mul keeps both factors; sigmoid keeps the gate (same storage).
        m = compileFp32(imageModel(
            8, 4,
            {scale(QStringLiteral("se"), {adaptiveAvgPool(QStringLiteral("p")),
                                          conv(QStringLiteral("fc"), 8, 1), sigmoid(QStringLiteral("s"))})}));
        QCOMPARE(m.output, (Shape{3, {8, 4, 4}}));
        QCOMPARE(m.savedPerSample, 8.0 * 16 * 4 + 8 * 4 /* fc input */ + 8 * 4 /* gate */);
    }

    void repeatedBlockEqualsUnrolled()
    {
        // BN + in-place ReLU, three times: the second BN's input is the first ReLU's storage,
        // already saved. The steady-state simulation must agree with the unrolled model.
        const std::vector<Node> body = {batchNorm(QStringLiteral("bn")), relu(QStringLiteral("r"), true)};
        const auto repeated = compileFp32(imageModel(16, 8, {sequence(QStringLiteral("b"), body, 3)}));
        std::vector<Node> unrolled;
        for (int i = 0; i < 3; ++i)
            unrolled.insert(unrolled.end(), body.begin(), body.end());
        const auto flat = compileFp32(imageModel(16, 8, unrolled));
        QCOMPARE(repeated.savedPerSample, 4.0 * 16 * 64 * 4);
        QCOMPARE(repeated.savedPerSample, flat.savedPerSample);
        QCOMPARE(repeated.savedFixed, flat.savedFixed);
        QCOMPARE(repeated.parameters, flat.parameters);
        // Rows: the block's row carries the totals, its children run three times.
        QCOMPARE(repeated.rows[2].instances, qint64(3));
        QCOMPARE(repeated.rows[1].savedBytes, repeated.savedPerSample);
    }

    void invalidAttributeNamesTheLayer()
    {
        Node bad = conv(QStringLiteral("stem"), 0, 3);
        const auto m = compileFp32(imageModel(3, 32, {bad}));
        QVERIFY(m.error.contains(QStringLiteral("stem")));
        QVERIFY(m.error.contains(QStringLiteral("Output channels")));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
