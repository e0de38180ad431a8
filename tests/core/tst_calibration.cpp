// The activation model against real PyTorch measurements (tests/data/calibration, copied from
// the measurements described in its README): every vision case and every transformer case
// measured with CUDA's native dropout must be within 5%, at every batch size and dtype.
#include "core/presets/presets.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace headroom;

namespace {

// These measurements come from PyTorch 1.13, whose mean() kept its input.
CompileOptions pytorch113Options(const QString &dtype)
{
    CompileOptions o;
    o.precision = dtype == QLatin1String("bfloat16") ? Precision::BF16 : Precision::FP32;
    o.pytorch1MeanSavesInput = true;
    return o;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
    // Saved-for-backward estimate at `batch` against a measurement: within 5%.
    static void compareSaved(const Architecture &arch, const CompileOptions &o, int batch, double measured,
                             qint64 params)
    {
        const CompiledModel m = ModelCompiler().compile(arch, o);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.parameters, params);
        const double estimate = m.savedPerSample * batch + m.savedFixed;
        const double error = estimate / measured - 1.0;
        qInfo("%s b%d: measured %.0f, estimated %.0f, error %+.3f%%", qPrintable(arch.name), batch, measured,
              estimate, error * 100);
        QVERIFY2(std::abs(error) < 0.05, qPrintable(QStringLiteral("error %1%").arg(error * 100)));
    }

private slots:
    void savedActivations_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("seq");
        QTest::addColumn<double>("measured");
        QTest::addColumn<qint64>("params");
        const QJsonArray records =
            QJsonDocument::fromJson(test::readTestFile(QStringLiteral("calibration/activations.json")))
                .array();
        QVERIFY(records.size() >= 20);
        int rows = 0;
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            const QString model = r.value(QStringLiteral("model")).toString();
            const QString variant = r.value(QStringLiteral("variant")).toString();
            const bool vision = model.startsWith(QLatin1String("resnet"));
            // CPU dropout saves a float noise tensor; GPUs save a bool mask: only the
            // dropout_native transformer rows describe a GPU.
            if (!vision && variant != QLatin1String("dropout_native"))
                continue;
            const QString dtype = r.value(QStringLiteral("dtype")).toString();
            const int batch = r.value(QStringLiteral("batch")).toInt();
            QTest::addRow("%s/%s/%s/b%d", qPrintable(model), qPrintable(variant), qPrintable(dtype), batch)
                << model << dtype << batch << r.value(QStringLiteral("seq")).toInt()
                << r.value(QStringLiteral("saved_activation_bytes")).toDouble()
                << qint64(r.value(QStringLiteral("params")).toDouble());
            ++rows;
        }
        QVERIFY(rows >= 15);
    }

    void savedActivations()
    {
        QFETCH(QString, model);
        QFETCH(QString, dtype);
        QFETCH(int, batch);
        QFETCH(int, seq);
        QFETCH(double, measured);
        QFETCH(qint64, params);
        auto arch = Presets::create(model);
        QVERIFY(arch);
        test::useFusedGelu(arch->root); // the calibration's GPT-2 ran one GELU kernel
        CompileOptions o = pytorch113Options(dtype);
        o.sequenceLength = seq;
        compareSaved(*arch, o, batch, measured, params);
    }

    // More models measured the same way (tools/calibration/measure_activations.py, CUDA's native
    // dropout): every torchvision preset, U-Net, and small BERT and Llama models written after
    // Hugging Face's modeling code. Within 5% at every batch and dtype.
    void moreModels_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<int>("batch");
        QTest::addColumn<double>("measured");
        QTest::addColumn<qint64>("params");
        const QJsonArray records =
            QJsonDocument::fromJson(test::readTestFile(QStringLiteral("calibration/measured_extra.json")))
                .array();
        QVERIFY(records.size() >= 40);
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("variant")).toString() != QLatin1String("dropout_native"))
                continue;
            const QString model = r.value(QStringLiteral("model")).toString();
            const QString dtype = r.value(QStringLiteral("dtype")).toString();
            const int batch = r.value(QStringLiteral("batch")).toInt();
            QTest::addRow("%s/%s/b%d", qPrintable(model), qPrintable(dtype), batch)
                << model << dtype << batch << r.value(QStringLiteral("saved_activation_bytes")).toDouble()
                << qint64(r.value(QStringLiteral("params")).toDouble());
        }
    }

    void moreModels()
    {
        QFETCH(QString, model);
        QFETCH(QString, dtype);
        QFETCH(int, batch);
        QFETCH(double, measured);
        QFETCH(qint64, params);
        std::optional<Architecture> arch;
        CompileOptions o = pytorch113Options(dtype);
        if (model == QLatin1String("bert_tiny")) {
            // BertModel (no pooler) with a Linear(hidden, vocab) head on every token.
            presets::BertConfig c;
            c.vocab = 1000;
            c.hidden = 256;
            c.layers = 4;
            c.heads = 4;
            c.intermediate = 1024;
            c.pooler = false;
            arch = presets::bertEncoder(c);
            arch->root.children.push_back(build::linear(QStringLiteral("head"), 1000));
            o.sequenceLength = 128;
        } else if (model == QLatin1String("llama_tiny")) {
            arch = presets::llama({QStringLiteral("llama_tiny"),
                                   QStringLiteral("tiny"),
                                   {},
                                   1000,
                                   256,
                                   688,
                                   4,
                                   8,
                                   2,
                                   2048,
                                   0,
                                   0,
                                   0});
            o.sequenceLength = 128;
        } else {
            arch = Presets::create(model);
        }
        QVERIFY(arch);
        compareSaved(*arch, o, batch, measured, params);
    }

    void checkpointedLlamaKeepsBlockInputs()
    {
        // llama_tiny with every decoder layer under non-reentrant checkpointing: 1,116,672 bytes
        // (fp32, batch 1) and 4,463,616 (batch 4) stay saved through the forward.
        const Architecture a = presets::llama(
            {QStringLiteral("t"), QStringLiteral("t"), {}, 1000, 256, 688, 4, 8, 2, 2048, 0, 0, 0});
        CompileOptions o = pytorch113Options(QStringLiteral("float32"));
        o.sequenceLength = 128;
        const CompiledModel m = ModelCompiler().compile(a, o);
        QCOMPARE(m.checkpointStoredPerSample + m.checkpointStoredFixed, 1'116'672.0);
        QCOMPARE(4 * m.checkpointStoredPerSample + m.checkpointStoredFixed, 4'463'616.0);
    }

    void checkpointedGpt2KeepsBlockInputs()
    {
        // Measured with reentrant checkpointing per block, on the CPU (dropout saves a 4-byte noise
        // tensor there; the GPU's 1-byte mask makes the estimate 2.4 MiB smaller): 47,210,496 bytes.
        CompileOptions o = pytorch113Options(QStringLiteral("float32"));
        o.sequenceLength = 1024;
        auto gpt2 = Presets::create(QStringLiteral("gpt2"));
        test::useFusedGelu(gpt2->root);
        const CompiledModel m = ModelCompiler().compile(*gpt2, o);
        const double cpuDropoutExtra = 1024.0 * 768 * (4 - 1);
        const double estimate = m.checkpointStoredPerSample + m.checkpointStoredFixed + cpuDropoutExtra;
        QVERIFY2(std::abs(estimate / 47'210'496.0 - 1.0) < 0.01, qPrintable(QString::number(estimate)));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
