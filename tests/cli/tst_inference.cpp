// Inference as engines run it: the stored dtype and a fused attention kernel by default, and the
// decode speed bound by memory bandwidth (hand-computed from the plan's own bytes).
#include "app/cli/clicommands.h"
#include "core/hardware/gpucatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace headroom;

namespace {
QJsonObject planJson(const QStringList &args)
{
    cli::OutputCapture capture;
    const int code = cli::run(QStringList{QStringLiteral("headroom-cli"), QStringLiteral("plan")} + args +
                              QStringList{QStringLiteral("--json")});
    if (code != 0)
        qWarning() << capture.err();
    return QJsonDocument::fromJson(capture.out().toUtf8()).object();
}

const QStringList kLlama3OnA4090 = {QStringLiteral("--preset"), QStringLiteral("llama-3-8b"),
                                    QStringLiteral("--mode"),   QStringLiteral("inference"),
                                    QStringLiteral("--gpu"),    QStringLiteral("rtx-4090")};
} // namespace

class TestInference : public QObject
{
    Q_OBJECT
private slots:
    void inferenceStoresHalfWeightsAndFusesAttention()
    {
        // The case: 8,030,261,248 parameters were counted at 4 bytes (bf16 AMP keeps fp32
        // weights) with eager attention's 4096² scores: 65.7 GiB. Inference loads bf16 and SDPA.
        const QJsonObject j = planJson(kLlama3OnA4090);
        const QJsonObject b = j[QStringLiteral("breakdown")].toObject();
        QCOMPARE(b[QStringLiteral("weights")].toDouble(), 8030261248.0 * 2);
        QVERIFY2(b[QStringLiteral("total")].toDouble() < 26.0 * (1 << 30),
                 qPrintable(QString::number(b[QStringLiteral("total")].toDouble() / (1 << 30))));
        // --precision and --eager-attention still choose.
        const QJsonObject amp =
            planJson(kLlama3OnA4090 + QStringList{QStringLiteral("--precision"), QStringLiteral("bf16-amp")});
        QCOMPARE(amp[QStringLiteral("breakdown")][QStringLiteral("weights")].toDouble(), 8030261248.0 * 4);
        const QJsonObject eager = planJson(kLlama3OnA4090 + QStringList{QStringLiteral("--eager-attention")});
        QVERIFY(eager[QStringLiteral("breakdown")][QStringLiteral("activations")].toDouble() >
                4 * b[QStringLiteral("activations")].toDouble());
    }

    void decodeIsBoundByMemoryBandwidth()
    {
        const QJsonObject j =
            planJson(kLlama3OnA4090 + QStringList{QStringLiteral("--batch"), QStringLiteral("1")});
        const QJsonObject b = j[QStringLiteral("breakdown")].toObject();
        const QJsonObject s = j[QStringLiteral("inference")].toObject();
        QVERIFY(!s.isEmpty());
        // Llama-3-8B: 32 layers × 8 KV heads × 128 × 2 (K, V) × 2 bytes = 131,072 bytes per token.
        QCOMPARE(s[QStringLiteral("kv_cache_bytes_per_token")].toDouble(), 131072.0);
        // A step reads the weights and the cache at the average context: the prompt is the whole
        // 4096-token context here, so all of it.
        const double bytes = b[QStringLiteral("weights")].toDouble() + 4096 * 131072.0;
        QCOMPARE(s[QStringLiteral("bytes_per_decode_step")].toDouble(), bytes);
        const double bandwidth =
            GpuCatalog::builtin().find(QStringLiteral("rtx-4090"))->bandwidthGBs * 1e9 * 0.6;
        QVERIFY(s[QStringLiteral("decode_memory_bound")].toBool());
        QCOMPARE(s[QStringLiteral("decode_tokens_per_s_per_sequence")].toDouble(), bandwidth / bytes);
        // About 36 tokens/s: fp16 7-8B models decode at roughly 40-60 tokens/s on a 4090 in llama.cpp.
        QVERIFY(s[QStringLiteral("decode_tokens_per_s")].toDouble() > 30 &&
                s[QStringLiteral("decode_tokens_per_s")].toDouble() < 60);
        // Eight sequences read the weights once per step: nearly eight times the aggregate.
        const QJsonObject eight =
            planJson(kLlama3OnA4090 + QStringList{QStringLiteral("--batch"), QStringLiteral("8")});
        const double aggregate =
            eight[QStringLiteral("inference")][QStringLiteral("decode_tokens_per_s")].toDouble();
        QVERIFY(aggregate > 5 * s[QStringLiteral("decode_tokens_per_s")].toDouble());
        // Training plans have no inference object.
        QVERIFY(!planJson({QStringLiteral("--preset"), QStringLiteral("gpt2")})
                     .contains(QStringLiteral("inference")));
    }
};

QTEST_GUILESS_MAIN(TestInference)
#include "tst_inference.moc"
