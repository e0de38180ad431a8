#include "core/io/hf/hfconfigimporter.h"
#include "core/presets/presets.h"
#include "core/simulate/modelcompiler.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace headroom;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(HEADROOM_TEST_DATA "/hf/") + name;
}

QByteArray readData(const QString &name)
{
    QFile f(dataFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

CompiledModel compileDefault(const Architecture &a)
{
    ModelCompiler compiler;
    CompileOptions options;
    options.sequenceLength = 128;
    return compiler.compile(a, options);
}

QByteArray withField(const QString &file, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(readData(file)).object();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return QJsonDocument(o).toJson();
}
} // namespace

class TestHfConfigImporter : public QObject
{
    Q_OBJECT
private slots:
    void publishedCounts_data();
    void publishedCounts();
    void matchesPresets_data();
    void matchesPresets();
    void mixtralActiveParameters();
    void suggestedPrecision();
    void robertaPositions();
    void unknownModelType();
    void missingField();
    void badValues_data();
    void badValues();
    void notJson();
};

void TestHfConfigImporter::publishedCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("published");
    // Llama 2 paper / meta-llama/Llama-2-7b-hf safetensors metadata total: 6,738,415,616.
    QTest::newRow("llama-2-7b") << "llama-2-7b.json" << qint64(6'738'415'616);
    // meta-llama/Llama-3.1-8B safetensors metadata total ("8.03B params"): 8,030,261,248.
    QTest::newRow("llama-3.1-8b") << "llama-3.1-8b.json" << qint64(8'030'261'248);
    // meta-llama/Llama-3.2-1B safetensors total ("1.24B params", tied embeddings): 1,235,814,400.
    QTest::newRow("llama-3.2-1b") << "llama-3.2-1b.json" << qint64(1'235'814'400);
    // mistralai/Mistral-7B-v0.1 safetensors metadata total: 7,241,732,096.
    QTest::newRow("mistral-7b") << "mistral-7b-v0.1.json" << qint64(7'241'732'096);
    // mistralai/Mixtral-8x7B-v0.1 safetensors metadata total ("46.7B params"): 46,702,792,704.
    QTest::newRow("mixtral-8x7b") << "mixtral-8x7b-v0.1.json" << qint64(46'702'792'704);
    // Qwen/Qwen2.5-0.5B model card ("Number of Parameters: 0.49B"), safetensors total 494,032,768.
    QTest::newRow("qwen2.5-0.5b") << "qwen2.5-0.5b.json" << qint64(494'032'768);
    // google/gemma-2b safetensors metadata total ("2.51B params"): 2,506,172,416.
    QTest::newRow("gemma-2b") << "gemma-2b.json" << qint64(2'506'172'416);
    // microsoft/phi-2 safetensors metadata total ("2.78B params"): 2,779,683,840.
    QTest::newRow("phi-2") << "phi-2.json" << qint64(2'779'683'840);
    // openai-community/gpt2 (GPT2LMHeadModel, tied head): 124,439,808, as the gpt2 preset.
    QTest::newRow("gpt2") << "gpt2.json" << qint64(124'439'808);
    // EleutherAI Pythia README, table of models: pythia-70m "Total Params" 70,426,624.
    QTest::newRow("pythia-70m") << "pythia-70m.json" << qint64(70'426'624);
    // facebook/opt-125m (Zhang et al. 2022, table 1: 125M); OPTForCausalLM.num_parameters() = 125,239,296.
    QTest::newRow("opt-125m") << "opt-125m.json" << qint64(125'239'296);
    // tiiuae/falcon-7b safetensors metadata total ("6.92B params"): 6,921,720,704.
    QTest::newRow("falcon-7b") << "falcon-7b.json" << qint64(6'921'720'704);
    // bert-base-uncased as BertModel with pooler (the bert-base preset): 109,482,240.
    QTest::newRow("bert-base") << "bert-base-uncased.json" << qint64(109'482'240);
    // roberta-base as RobertaModel with pooler (Liu et al. 2019, "125M"): 124,645,632.
    QTest::newRow("roberta-base") << "roberta-base.json" << qint64(124'645'632);
    // t5-small, T5ForConditionalGeneration with tied head (Raffel et al. 2020, "60M"): 60,506,624.
    QTest::newRow("t5-small") << "t5-small.json" << qint64(60'506'624);
}

void TestHfConfigImporter::publishedCounts()
{
    QFETCH(QString, file);
    QFETCH(qint64, published);
    Architecture a;
    QString error;
    QVERIFY2(HfConfigImporter::importFile(dataFile(file), a, &error), qPrintable(error));
    const CompiledModel m = compileDefault(a);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.parameters, published);
}

void TestHfConfigImporter::matchesPresets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::newRow("llama-2-7b") << "llama-2-7b.json"
                                << "llama-2-7b";
    QTest::newRow("mistral-7b") << "mistral-7b-v0.1.json"
                                << "mistral-7b";
    QTest::newRow("mixtral-8x7b") << "mixtral-8x7b-v0.1.json"
                                  << "mixtral-8x7b";
    QTest::newRow("gpt2") << "gpt2.json"
                          << "gpt2";
    QTest::newRow("bert-base") << "bert-base-uncased.json"
                               << "bert-base";
}

void TestHfConfigImporter::matchesPresets()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    Architecture a;
    QString error;
    QVERIFY2(HfConfigImporter::importFile(dataFile(file), a, &error), qPrintable(error));
    const auto p = Presets::create(preset);
    QVERIFY(p);
    QVERIFY(a.root == p->root);
    QCOMPARE(a.input.maxSequenceLength, p->input.maxSequenceLength);
}

void TestHfConfigImporter::mixtralActiveParameters()
{
    Architecture a;
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("mixtral-8x7b-v0.1.json")), a, nullptr));
    const CompiledModel m = compileDefault(a);
    // Two of eight experts per token (Mixtral paper: "13B active parameters"); exact from the shapes.
    QCOMPARE(m.activeParameters, qint64(12'879'925'248));
}

void TestHfConfigImporter::suggestedPrecision()
{
    Architecture a;
    HfImportInfo info;
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("llama-3.1-8b.json")), a, nullptr, &info));
    QCOMPARE(info.modelType, QStringLiteral("llama"));
    QVERIFY(info.precision == Precision::BF16_AMP);
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("phi-2.json")), a, nullptr, &info));
    QVERIFY(info.precision == Precision::FP16_AMP);
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("gpt2.json")), a, nullptr, &info));
    QVERIFY(!info.precision.has_value());
}

void TestHfConfigImporter::robertaPositions()
{
    Architecture a;
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("roberta-base.json")), a, nullptr));
    QCOMPARE(a.input.maxSequenceLength, 512);
}

void TestHfConfigImporter::unknownModelType()
{
    Architecture a = *Presets::create(QStringLiteral("gpt2"));
    const Architecture before = a;
    QString error;
    QVERIFY(!HfConfigImporter::import(
        withField(QStringLiteral("llama-2-7b.json"), QStringLiteral("model_type"), QStringLiteral("lama")), a,
        &error));
    QVERIFY2(error.contains(QLatin1String("\"lama\"")) &&
                 error.contains(QLatin1String("did you mean \"llama\"")),
             qPrintable(error));
    QVERIFY(a == before);
    // gpt_neo is a different architecture, not a typo of gpt_neox: no suggestion.
    QCOMPARE(HfConfigImporter::closestModelType(QStringLiteral("gpt_neo")), QString());
    QCOMPARE(HfConfigImporter::closestModelType(QStringLiteral("qwen3")), QStringLiteral("qwen3"));
}

void TestHfConfigImporter::missingField()
{
    Architecture a = *Presets::create(QStringLiteral("gpt2"));
    const Architecture before = a;
    QString error;
    QVERIFY(!HfConfigImporter::import(withField(QStringLiteral("mistral-7b-v0.1.json"),
                                                QStringLiteral("intermediate_size"), QJsonValue::Undefined),
                                      a, &error));
    QVERIFY2(error.contains(QLatin1String("\"intermediate_size\"")), qPrintable(error));
    QVERIFY(a == before);
    QVERIFY(!HfConfigImporter::import(
        withField(QStringLiteral("gpt2.json"), QStringLiteral("model_type"), QJsonValue::Undefined), a,
        &error));
    QVERIFY2(error.contains(QLatin1String("model_type")), qPrintable(error));
    QVERIFY(a == before);
}

void TestHfConfigImporter::badValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("negative") << "hidden_size" << QJsonValue(-4096);
    QTest::newRow("fraction") << "hidden_size" << QJsonValue(4096.5);
    QTest::newRow("huge") << "vocab_size" << QJsonValue(1e18);
    // Found by fuzz_hfconfig: converting 3e94 to qint64 was undefined behaviour, and a rejected
    // head count read as 0 and was then divided by.
    QTest::newRow("beyond qint64") << "vocab_size" << QJsonValue(3.3e94);
    QTest::newRow("zero heads") << "num_attention_heads" << QJsonValue(0);
    // Found by fuzz_hfconfig: 48,576,145 positions imported, but a plan saved with them did not
    // load again (plan files hold up to 16,777,216).
    QTest::newRow("positions beyond plan files") << "max_position_embeddings" << QJsonValue(48'576'145);
    QTest::newRow("string") << "num_hidden_layers" << QJsonValue(QStringLiteral("32"));
    QTest::newRow("kv groups") << "num_key_value_heads" << QJsonValue(5);
    QTest::newRow("activation") << "hidden_act" << QJsonValue(QStringLiteral("mish"));
    QTest::newRow("dtype") << "torch_dtype" << QJsonValue(QStringLiteral("int3"));
}

void TestHfConfigImporter::badValues()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    Architecture a;
    const Architecture before = a;
    QString error;
    QVERIFY(
        !HfConfigImporter::import(withField(QStringLiteral("mistral-7b-v0.1.json"), key, value), a, &error));
    QVERIFY2(error.contains(key), qPrintable(error));
    QVERIFY(a == before);
}

void TestHfConfigImporter::notJson()
{
    Architecture a;
    QString error;
    QVERIFY(!HfConfigImporter::import("{\"model_type\": ", a, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!HfConfigImporter::import("[1, 2]", a, &error));
    QVERIFY(!HfConfigImporter::importFile(dataFile(QStringLiteral("does-not-exist.json")), a, &error));
    QVERIFY(error.contains(QLatin1String("does-not-exist.json")));
}

QTEST_GUILESS_MAIN(TestHfConfigImporter)
#include "tst_hfconfigimporter.moc"
