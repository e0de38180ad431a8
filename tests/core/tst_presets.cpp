// Every preset's parameter count against its published figure, and structural sanity.
#include "core/presets/presets.h"
#include "testutil.h"

#include <QtTest>

using namespace headroom;

class TestPresets : public QObject
{
    Q_OBJECT
private slots:
    void parameterCounts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("published");
        // Published counts: torchvision's model docs ("num_params"), Hugging Face model cards /
        // safetensors totals, the papers. Repeated here on purpose: the test must fail if a
        // preset's own published figure drifts.
        const std::pair<const char *, qint64> expected[] = {
            {"resnet18", 11'689'512},
            {"resnet34", 21'797'672},
            {"resnet50", 25'557'032},
            {"resnet101", 44'549'160},
            {"resnet152", 60'192'808},
            {"vgg16", 138'357'544},
            {"vgg19", 143'667'240},
            {"alexnet", 61'100'840},
            {"mobilenet_v2", 3'504'872},
            {"efficientnet_b0", 5'288'548},
            {"densenet121", 7'978'856},
            {"vit_b_16", 86'567'656},
            {"vit_l_16", 304'326'632},
            {"unet", 31'037'698},
            {"bert-base", 109'482'240},
            {"bert-large", 335'141'888},
            {"gpt2", 124'439'808},
            {"gpt2-medium", 354'823'168},
            {"gpt2-large", 774'030'080},
            {"gpt2-xl", 1'557'611'200},
            {"llama-2-7b", 6'738'415'616},
            {"llama-2-13b", 13'015'864'320},
            {"llama-2-70b", 68'976'648'192},
            {"llama-3-8b", 8'030'261'248},
            {"llama-3-70b", 70'553'706'496},
            {"mistral-7b", 7'241'732'096},
            {"mixtral-8x7b", 46'702'792'704},
        };
        for (const auto &[id, count] : expected)
            QTest::newRow(id) << QString::fromLatin1(id) << count;
    }

    void parameterCounts()
    {
        QFETCH(QString, id);
        QFETCH(qint64, published);
        const auto arch = Presets::create(id);
        QVERIFY(arch);
        QCOMPARE(arch->publishedParameters, published);
        const CompiledModel m = test::compileFp32(*arch);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.parameters, published);
        QVERIFY(m.savedPerSample > 0);
        QVERIFY(m.forwardFlopsPerSample > 0);
    }

    void gpt3IsOneHundredSeventyFiveBillion()
    {
        // The paper gives "175.0B" (table 2.1); the architecture it describes has 174.6 B.
        const CompiledModel m = test::compileFp32(*Presets::create(QStringLiteral("gpt3-175b")));
        QVERIFY(m.ok());
        QCOMPARE(m.parameters, qint64(174'604'259'328));
        QVERIFY(std::abs(double(m.parameters) / 175e9 - 1.0) < 0.003);
    }

    void mixtralActiveParameters()
    {
        // Mixtral routes each token to 2 of 8 experts: 12.9 B active of 46.7 B (Jiang et al. 2024).
        const CompiledModel m = test::compileFp32(*Presets::create(QStringLiteral("mixtral-8x7b")));
        QVERIFY(std::abs(double(m.activeParameters) / 12.88e9 - 1.0) < 0.01);
    }

    void listIsComplete()
    {
        QCOMPARE(int(Presets::list().size()),
                 28 + 18); // + the HF-built presets, tested in tests/importers/tst_hffamilies.cpp
        for (const PresetInfo &p : Presets::list()) {
            QVERIFY(!p.name.isEmpty());
            QVERIFY(p.family == QLatin1String("vision") || p.family == QLatin1String("language") ||
                    p.family == QLatin1String("llm"));
        }
        QVERIFY(!Presets::create(QStringLiteral("no-such-model")));
    }

    void transformerBlocksAreCheckpointUnits()
    {
        const CompiledModel m = test::compileFp32(*Presets::create(QStringLiteral("llama-2-7b")));
        QCOMPARE(m.checkpointUnits, 32);
        QCOMPARE(m.attentionLayers, 32);
        QVERIFY(m.checkpointStoredPerSample < m.savedPerSample / 10);
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
