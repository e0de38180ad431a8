// Arithmetic limits: trillion-parameter models and million-token contexts compute exactly;
// absurd sizes (zero, negative, NaN, 1e30, products beyond 2^53) are refused with a message,
// never wrapped around. Runs under UBSan in `make test`, which aborts on any signed overflow.
#include "testutil.h"

#include "core/io/planfile.h"
#include "core/memory/memorymodel.h"
#include "core/presets/presets.h"
#include "core/results/planevaluator.h"

#include <QJsonDocument>
#include <QProcess>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace headroom;
using headroom::test::compileFp32;

namespace {

// A decoder-only transformer: tied embedding, pre-norm blocks with RMSNorm, attention without
// biases (4·h² weights) and a plain 4h MLP without biases (8·h² weights).
Architecture transformer(int layers, int hidden, int heads, int vocab, int seq)
{
    Architecture a;
    a.name = QStringLiteral("transformer");
    a.input = InputSpec{InputSpec::Type::Tokens, 1, 0, seq, 0};
    build::AttentionOptions attn;
    attn.heads = heads;
    const Node block = build::sequence(
        QStringLiteral("blocks"),
        {build::residual(QStringLiteral("attn"), {build::rmsNorm(QStringLiteral("norm1")),
                                                  build::attention(QStringLiteral("attention"), attn)}),
         build::residual(QStringLiteral("ffn"),
                         {build::rmsNorm(QStringLiteral("norm2")),
                          build::mlp(QStringLiteral("mlp"), 4 * hidden, MlpActivation::GELU, false, false)})},
        layers);
    a.root =
        build::sequence(QStringLiteral("model"), {build::embedding(QStringLiteral("embed"), vocab, hidden),
                                                  block, build::rmsNorm(QStringLiteral("norm")),
                                                  build::linear(QStringLiteral("head"), vocab, false, true)});
    return a;
}

qint64 transformerParameters(qint64 layers, qint64 hidden, qint64 vocab)
{
    return layers * (12 * hidden * hidden + 2 * hidden) + vocab * hidden + hidden;
}

CompiledModel compileAt(const Architecture &a, int seq, bool flash = false)
{
    CompileOptions o;
    o.precision = Precision::BF16;
    o.sequenceLength = seq;
    o.flashAttention = flash;
    return ModelCompiler().compile(a, o);
}

Architecture vectorModel(int features, std::vector<Node> body)
{
    Architecture a;
    a.input = InputSpec{InputSpec::Type::Features, features, 0, 0, 0};
    a.root = build::sequence(QStringLiteral("model"), std::move(body));
    return a;
}

struct CliResult
{
    int code;
    QString err;
};

CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEADROOM_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT
private slots:
    void trillionParameterTransformer()
    {
        // 128 layers of hidden 25,600 with a 128k vocabulary: 1,009,916,339,200 parameters.
        const Architecture a = transformer(128, 25600, 160, 128000, 2048);
        const CompiledModel m = compileAt(a, 2048, true);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.parameters, transformerParameters(128, 25600, 128000));
        QCOMPARE(m.parameters, Q_INT64_C(1'009'916'339'200));
        QCOMPARE(m.trainableParameters, m.parameters);

        Plan plan;
        plan.architecture = a;
        plan.workload.precision = Precision::BF16;
        plan.workload.sequenceLength = 2048;
        plan.workload.flashAttention = true;
        plan.workload.optimizer = Optimizer::AdamW;
        plan.hardware.gpuId = QStringLiteral("h100-sxm");
        PlanEvaluator evaluator;
        const PlanEvaluation e = evaluator.evaluate(plan);
        QVERIFY2(e.ok(), qPrintable(e.error));
        // bf16 weights + bf16 gradients + fp32 Adam states and master copy: 16 bytes per parameter.
        QCOMPARE(e.memory.component[int(Component::Weights)], 2.0 * double(m.parameters));
        QVERIFY(std::isfinite(e.memory.total));
        QVERIFY(!e.memory.fits);
        QCOMPARE(e.memory.maxBatch, qint64(0));
    }

    void millionTokenContext()
    {
        const int tokens = 1 << 20; // 1,048,576
        const Architecture a = transformer(4, 512, 8, 32000, tokens);
        for (bool flash : {false, true}) {
            const CompiledModel m = compileAt(a, tokens, flash);
            QVERIFY2(m.ok(), qPrintable(m.error));
            QCOMPARE(m.sequenceLength, qint64(tokens));
            // Eager attention keeps 8 × 2^20 × 2^20 scores per layer: 2^43 elements, exact in double.
            if (!flash)
                QVERIFY(m.attentionCorePerSample >= 4.0 * 8.0 * double(tokens) * double(tokens));
        }

        // Inference with a million-token KV cache: 2 · layers · hidden · tokens · bytes, exactly.
        Plan plan;
        plan.architecture = a;
        plan.workload.mode = Mode::Inference;
        plan.workload.precision = Precision::BF16;
        plan.workload.sequenceLength = 1;
        plan.workload.microBatch = 1;
        plan.workload.contextLength = tokens;
        PlanEvaluator evaluator;
        const PlanEvaluation e = evaluator.evaluate(plan);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.memory.component[int(Component::KvCache)], 2.0 * 4 * 512 * double(tokens) * 2);
    }

    void attentionScoresBeyondTheLimit()
    {
        // 8192 heads over 2^24 tokens: 2^61 scores. Refused by name, not overflowed.
        Architecture a = transformer(1, 8192, 8192, 1000, 1 << 24);
        const CompiledModel m = compileAt(a, 1 << 24);
        QVERIFY(!m.ok());
        QVERIFY2(m.error.startsWith(
                     QStringLiteral("Layer \"attention\" (Multi-head attention): the attention scores "
                                    "(8192 heads × 16777216 × 16777216 tokens) exceed the "
                                    "2^53-byte limit")),
                 qPrintable(m.error));
        // FlashAttention never materialises the scores; the same model then compiles.
        QVERIFY2(compileAt(a, 1 << 24, true).ok(), qPrintable(compileAt(a, 1 << 24, true).error));
    }

    void tensorBeyondTheLimit()
    {
        // A generic layer whose output is 10^9 × 10^9 × 10^9 elements.
        Node g(LayerKind::Generic, QStringLiteral("huge"));
        g.set(attr::GenRank, 3).set(attr::GenD0, 1e9).set(attr::GenD1, 1e9).set(attr::GenD2, 1e9);
        const CompiledModel m = compileFp32(vectorModel(16, {g}));
        QVERIFY(!m.ok());
        QVERIFY2(m.error.contains(QStringLiteral("Layer \"huge\" (Generic op)")) &&
                     m.error.contains(QStringLiteral("exceeds the 2^53-byte limit")),
                 qPrintable(m.error));
    }

    void parametersBeyondTheLimit()
    {
        // 10^9 inputs × 10^9 outputs = 10^18 weights.
        const CompiledModel m =
            compileFp32(vectorModel(1'000'000'000, {build::linear(QStringLiteral("wide"), 1'000'000'000)}));
        QVERIFY(!m.ok());
        QVERIFY2(m.error.contains(QStringLiteral("parameter count exceeds the 2^53 limit")),
                 qPrintable(m.error));

        // Four nested blocks repeated 2^20 times each: 2^80 instances of a small layer.
        Node body = build::linear(QStringLiteral("fc"), 16);
        for (int i = 0; i < 4; ++i)
            body = build::sequence(QStringLiteral("block%1").arg(i), {body}, 1 << 20);
        const CompiledModel nested = compileFp32(vectorModel(16, {body}));
        QVERIFY(!nested.ok());
        QVERIFY2(nested.error.contains(QStringLiteral("parameter count exceeds the 2^53 limit")),
                 qPrintable(nested.error));
    }

    void deeplyNestedRepeatsAreBounded()
    {
        // 40 nested blocks repeated twice: 2^40 simulated instances if nothing stopped it.
        Node body = build::relu(QStringLiteral("act"));
        for (int i = 0; i < 40; ++i)
            body = build::sequence(QStringLiteral("block%1").arg(i), {body}, 2);
        const CompiledModel m = compileFp32(vectorModel(16, {body}));
        QVERIFY(!m.ok());
        QVERIFY2(m.error.contains(QStringLiteral("more than 1000000 layer steps")), qPrintable(m.error));
    }

    void absurdAttributesAreRejected_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << "Output features must be between 1 and 1000000000 (got 0).";
        QTest::newRow("negative") << -5.0 << "Output features must be between 1 and 1000000000 (got -5).";
        QTest::newRow("1e30") << 1e30 << "Output features must be between 1 and 1000000000 (got 1e+30).";
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN()
                             << "Output features must be between 1 and 1000000000 (got nan).";
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity()
                                  << "Output features must be between 1 and 1000000000 (got inf).";
        QTest::newRow("fraction") << 2.5 << "Output features must be a whole number (got 2.5).";
    }
    void absurdAttributesAreRejected()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        Node fc = build::linear(QStringLiteral("fc"), 16);
        fc.set(attr::LinearOut, value);
        const CompiledModel m = compileFp32(vectorModel(16, {fc}));
        QCOMPARE(m.error, QStringLiteral("Layer \"fc\" (Linear): ") + expected);
    }

    void planReaderRejectsAbsurdSizes_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("batch 0") << "workload"
                                 << "micro_batch" << QJsonValue(0)
                                 << "workload.micro_batch: must be between 1 and 1000000 (got 0)";
        QTest::newRow("batch -1") << "workload"
                                  << "micro_batch" << QJsonValue(-1)
                                  << "workload.micro_batch: must be between 1 and 1000000 (got -1)";
        QTest::newRow("batch 1e30") << "workload"
                                    << "micro_batch" << QJsonValue(1e30)
                                    << "workload.micro_batch: must be between 1 and 1000000 (got 1e+30)";
        QTest::newRow("batch \"NaN\"")
            << "workload"
            << "micro_batch" << QJsonValue(QStringLiteral("NaN")) << "workload.micro_batch: must be a number";
        QTest::newRow("seq 2^24+1")
            << "workload"
            << "sequence_length" << QJsonValue(16777217)
            << "workload.sequence_length: must be between 0 and 16777216 (got 16777217)";
        QTest::newRow("context 0") << "workload"
                                   << "context_length" << QJsonValue(0)
                                   << "workload.context_length: must be between 1 and 16777216 (got 0)";
        QTest::newRow("gpu count 1e30")
            << "hardware"
            << "count" << QJsonValue(1e30) << "hardware.count: must be between 1 and 100000 (got 1e+30)";
    }
    void planReaderRejectsAbsurdSizes()
    {
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        Plan plan;
        plan.architecture = *Presets::create(QStringLiteral("gpt2"));
        QJsonObject o = PlanFile::toJson(plan);
        QJsonObject s = o.value(section).toObject();
        s.insert(key, value);
        o.insert(section, s);
        Plan read;
        QString error;
        QVERIFY(!PlanFile::fromJson(QJsonDocument(o).toJson(), read, &error));
        QCOMPARE(error, expected);
    }

    void cliRejectsAbsurdSizes_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("batch 0") << "--batch"
                                 << "0"
                                 << "--batch must be a whole number from 1 to 1000000 (got \"0\")";
        QTest::newRow("batch -3") << "--batch"
                                  << "-3"
                                  << "--batch must be a whole number from 1 to 1000000 (got \"-3\")";
        QTest::newRow("batch 1e30") << "--batch"
                                    << "1e30"
                                    << "--batch must be a whole number from 1 to 1000000 (got \"1e30\")";
        QTest::newRow("batch 2^64") << "--batch"
                                    << "18446744073709551616"
                                    << "--batch must be a whole number from 1 to 1000000";
        QTest::newRow("batch nan") << "--batch"
                                   << "nan"
                                   << "--batch must be a whole number from 1 to 1000000";
        QTest::newRow("seq 2^24+1") << "--seq"
                                    << "16777217"
                                    << "--seq must be a whole number from 0 to 16777216 (got \"16777217\")";
        // 0 is the model's default, as in plan files (the workload-limits table); the verdict says
        // what it became.
        QTest::newRow("image -1") << "--image"
                                  << "-1"
                                  << "--image must be a whole number from 0 to 16384";
        QTest::newRow("image 1e9") << "--image"
                                   << "1000000000"
                                   << "--image must be a whole number from 0 to 16384";
        QTest::newRow("context -1") << "--context"
                                    << "-1"
                                    << "--context must be a whole number from 1 to 16777216";
    }
    void cliRejectsAbsurdSizes()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const CliResult r = cli({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("gpt2"),
                                 option + QLatin1Char('=') + value});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void cliMillionTokens()
    {
        // The largest accepted sequence on a model without a context limit works end to end.
        const CliResult r =
            cli({QStringLiteral("plan"), QStringLiteral("--preset"), QStringLiteral("llama-2-7b"),
                 QStringLiteral("--seq"), QStringLiteral("1048576"), QStringLiteral("--json")});
        // Llama-2's context is 4096 tokens: a clear refusal, not an overflow.
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("exceeds the model's context of 4096 tokens")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
