// The Hugging Face families added for issue #12: every config in tests/data/hf imports with the
// exact published total (and, for mixtures of experts, active) parameter count; unknown or
// half-understood configs are refused with a message that names what is wrong.
// Sources of the config files and counts: tests/data/hf/README.md.
#include "core/io/hf/hfconfigimporter.h"
#include "core/io/planfile.h"
#include "core/memory/memorymodel.h"
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
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray withField(const QString &file, const QString &key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(readData(file)).object();
    o.insert(key, value);
    return QJsonDocument(o).toJson();
}

CompiledModel compile(const Architecture &a)
{
    ModelCompiler compiler;
    CompileOptions options;
    options.sequenceLength = 128;
    return compiler.compile(a, options);
}
} // namespace

class TestHfFamilies : public QObject
{
    Q_OBJECT
private slots:
    void counts_data();
    void counts();
    void gemma3WarnsAboutVision();
    void refusesUnknownFamilies_data();
    void refusesUnknownFamilies();
    void refusesUnreadShapeFields_data();
    void refusesUnreadShapeFields();
    void qkNormAndSharedExpertRoundTrip();
    void presets_data();
    void presets();
    void badConfigs_data();
    void badConfigs();
    void latentAndRecurrentCaches();
    void llama4Wrapper();
    void slidingWindows_data();
    void slidingWindows();
};

void TestHfFamilies::counts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("active"); // top-k routed + shared experts + every non-expert weight
    // Hub safetensors totals (model pages' "Model size") unless noted.
    QTest::newRow("qwen3") << "qwen3-8b.json" << qint64(8'190'735'360) << qint64(8'190'735'360);
    // Qwen3-30B-A3B: 30,532,122,624 total; "3.3B activated" (8 of 128 experts).
    QTest::newRow("qwen3_moe") << "qwen3-30b-a3b.json" << qint64(30'532'122'624) << qint64(3'353'032'704);
    // Qwen1.5-MoE-A2.7B model card: 14.3B total, 2.7B activated (4 of 60 experts + shared expert).
    QTest::newRow("qwen2_moe") << "qwen1.5-moe-a2.7b.json" << qint64(14'315'784'192) << qint64(2'689'173'504);
    QTest::newRow("gemma2") << "gemma-2-9b.json" << qint64(9'241'705'984) << qint64(9'241'705'984);
    // Gemma-3-4B-it text_config: 4,300,079,472 total on the Hub less the SigLIP tower and projector
    // (419,816,304), which the importer leaves out.
    QTest::newRow("gemma3") << "gemma-3-4b-it.json" << qint64(3'880'263'168) << qint64(3'880'263'168);
    QTest::newRow("phi3") << "phi-3.5-mini-instruct.json" << qint64(3'821'079'552) << qint64(3'821'079'552);
    QTest::newRow("olmo2") << "olmo-2-1124-7b.json" << qint64(7'298'617'344) << qint64(7'298'617'344);
    // Olmo-3-1025-7B: OLMo 2's layers with a 100,278-token vocabulary: 7,298,011,136.
    QTest::newRow("olmo3") << "olmo-3-1025-7b.json" << qint64(7'298'011'136) << qint64(7'298'011'136);
    QTest::newRow("granite") << "granite-3.3-8b-instruct.json" << qint64(8'170'864'640)
                             << qint64(8'170'864'640);
    QTest::newRow("starcoder2") << "starcoder2-3b.json" << qint64(3'030'371'328) << qint64(3'030'371'328);
    QTest::newRow("gpt_bigcode") << "gpt_bigcode-santacoder.json" << qint64(1'124'886'528)
                                 << qint64(1'124'886'528);
    QTest::newRow("cohere") << "c4ai-command-r-v01.json" << qint64(34'980'831'232) << qint64(34'980'831'232);
    QTest::newRow("bloom") << "bloom-560m.json" << qint64(559'214'592) << qint64(559'214'592);
    QTest::newRow("mt5") << "mt5-small.json" << qint64(300'176'768) << qint64(300'176'768);
    // DeepSeek-V2-Lite model card: 15.7B total, 2.4B activated; safetensors 15,706,484,224. Active:
    // every non-expert weight (router included), 6 of 64 routed experts and the 2 shared ones.
    QTest::newRow("deepseek_v2") << "deepseek-v2-lite.json" << qint64(15'706'484'224)
                                 << qint64(2'661'150'208);
    // DeepSeek-V3 "671B total, 37B activated": the 61 layers transformers builds. The Hub's
    // 684,531,386,000 adds the multi-token-prediction layer 61 (11,507,286,016 + eh_proj
    // 102,760,448 + 3 norms 21,504), its copies of the embedding and head (1,853,358,080), the FP8
    // checkpoint's weight_scale_inv, one per 128 × 128 block of each FP8 matrix (41,540,496), and the
    // 59 routers' e_score_correction_bias buffers (15,104): exactly the Hub total.
    QTest::newRow("deepseek_v3") << "deepseek-v3.json" << qint64(671'026'404'352) << qint64(37'552'282'624);
    // state-spaces/mamba-130m-hf: 129,135,360 (tied head); tiiuae/falcon-mamba-7b: 7,272,665,088.
    QTest::newRow("mamba") << "mamba-130m.json" << qint64(129'135'360) << qint64(129'135'360);
    // gpt-oss (modeling_gpt_oss.py shapes; the Hub's MXFP4 safetensors store packed experts): model
    // card "21B parameters, 3.6B active" and "117B, 5.1B active", which leave out the input
    // embedding (201,088 × 2,880 = 579,133,440) that the active count here includes.
    QTest::newRow("gpt_oss 20b") << "gpt-oss-20b.json" << qint64(20'914'757'184) << qint64(4'187'440'704);
    QTest::newRow("gpt_oss 120b") << "gpt-oss-120b.json" << qint64(116'829'156'672) << qint64(5'711'982'912);
    // Llama 4 text models (text_config of meta-llama/Llama-4-Scout-17B-16E and -Maverick-17B-128E,
    // written from the published fields): hand counts from modeling_llama4.py's shapes; model cards
    // "17B active, 109B total" and "17B active, 400B total", whose totals add the vision encoder.
    QTest::newRow("llama4 scout") << "llama-4-scout-17b-16e-text.json" << qint64(107'769'861'120)
                                  << qint64(17'172'894'720);
    QTest::newRow("llama4 maverick") << "llama-4-maverick-17b-128e-text.json" << qint64(400'711'848'960)
                                     << qint64(17'184'691'200);
    QTest::newRow("falcon_mamba") << "falcon-mamba-7b.json" << qint64(7'272'665'088) << qint64(7'272'665'088);
}

void TestHfFamilies::counts()
{
    QFETCH(QString, file);
    QFETCH(qint64, total);
    QFETCH(qint64, active);
    Architecture a;
    QString error;
    QVERIFY2(HfConfigImporter::importFile(dataFile(file), a, &error), qPrintable(error));
    const CompiledModel m = compile(a);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.parameters, total);
    QCOMPARE(m.activeParameters, active);
}

void TestHfFamilies::gemma3WarnsAboutVision()
{
    Architecture a;
    HfImportInfo info;
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("gemma-3-4b-it.json")), a, nullptr, &info));
    QCOMPARE(info.modelType, QStringLiteral("gemma3_text"));
    QCOMPARE(info.warnings.size(), 1);
    QVERIFY2(info.warnings.first().contains(QLatin1String("vision tower")),
             qPrintable(info.warnings.first()));
    QVERIFY(a.source.contains(QLatin1String("vision tower")));
}

void TestHfFamilies::refusesUnknownFamilies_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("suggestion"); // empty: none may be offered
    QTest::newRow("typo") << "qwen3_mo"
                          << "qwen3_moe";
    QTest::newRow("dash") << "gpt-bigcode"
                          << "gpt_bigcode";
    // Real, different architectures: the old hint sent these to bert, gpt2 and gemma.
    QTest::newRow("gpt_neo") << "gpt_neo" << QString();
    QTest::newRow("rwkv") << "rwkv" << QString();
    QTest::newRow("jamba") << "jamba" << QString();
    QTest::newRow("far") << "zzzzzz" << QString();
}

void TestHfFamilies::refusesUnknownFamilies()
{
    QFETCH(QString, type);
    QFETCH(QString, suggestion);
    QCOMPARE(HfConfigImporter::closestModelType(type), suggestion);
    Architecture a;
    QString error;
    QVERIFY(!HfConfigImporter::import(
        withField(QStringLiteral("llama-2-7b.json"), QStringLiteral("model_type"), type), a, &error));
    QVERIFY2(error.contains(QLatin1String("Supported families: ")) &&
                 error.contains(QLatin1String("qwen3")) &&
                 error.contains(QLatin1String("Architecture tab")) && error.contains(QLatin1String("ONNX")),
             qPrintable(error));
    QCOMPARE(error.contains(QLatin1String("did you mean")), !suggestion.isEmpty());
    if (!suggestion.isEmpty())
        QVERIFY2(error.contains(QStringLiteral("did you mean \"%1\"").arg(suggestion)), qPrintable(error));
}

void TestHfFamilies::refusesUnreadShapeFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    // A Llama config with experts or MLA ranks is not a Llama: importing it as one would drop them.
    QTest::newRow("llama experts") << "llama-3.1-8b.json"
                                   << "num_experts" << QJsonValue(16);
    QTest::newRow("llama mla") << "llama-3.1-8b.json"
                               << "kv_lora_rank" << QJsonValue(512);
    QTest::newRow("qwen3 shared expert") << "qwen3-8b.json"
                                         << "shared_expert_intermediate_size" << QJsonValue(5632);
    QTest::newRow("gpt2 qk norm") << "gpt2.json"
                                  << "qk_layernorm" << QJsonValue(true);
}

void TestHfFamilies::refusesUnreadShapeFields()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    Architecture a;
    QString error;
    QVERIFY(!HfConfigImporter::import(withField(file, key, value), a, &error));
    QVERIFY2(error.contains(QStringLiteral("\"%1\" changes the model's weights").arg(key)),
             qPrintable(error));
}

void TestHfFamilies::qkNormAndSharedExpertRoundTrip()
{
    // The new attributes are read back from the imported tree (the plan file stores every
    // attribute of the kind's table by key).
    Architecture a;
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("qwen1.5-moe-a2.7b.json")), a, nullptr));
    const Node *moe = nullptr;
    std::function<void(const Node &)> find = [&](const Node &n) {
        if (n.kind == LayerKind::MoE)
            moe = &n;
        for (const Node &c : n.children)
            find(c);
        for (const Node &c : n.shortcut)
            find(c);
    };
    find(a.root);
    QVERIFY(moe);
    QCOMPARE(moe->intValue(attr::MoeSharedHidden), qint64(5632));
    QVERIFY(moe->flag(attr::MoeSharedGate));
    // Saved and loaded by key: the tree (q/k norm of Qwen3 included) survives the plan file.
    for (const char *file :
         {"qwen1.5-moe-a2.7b.json", "qwen3-8b.json", "olmo-2-1124-7b.json", "deepseek-v2-lite.json",
          "deepseek-v3.json", "mamba-130m.json", "gpt-oss-20b.json", "gemma-3-4b-it.json"}) {
        Architecture in, back;
        QVERIFY(HfConfigImporter::importFile(dataFile(QLatin1String(file)), in, nullptr));
        QString error;
        QVERIFY2(PlanFile::architectureFromJson(PlanFile::architectureToJson(in), back, &error),
                 qPrintable(error));
        QVERIFY(back.root == in.root);
        QCOMPARE(compile(back).parameters, compile(in).parameters);
    }
}

void TestHfFamilies::presets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("active");
    // Hub safetensors totals; Gemma 3: the Hub total less SigLIP (416,866,032) and the projector
    // (1152 x hidden + 1152), since the preset is the language model.
    QTest::newRow("llama-3.1-8b") << "llama-3.1-8b" << qint64(8'030'261'248) << qint64(8'030'261'248);
    QTest::newRow("llama-3.1-70b") << "llama-3.1-70b" << qint64(70'553'706'496) << qint64(70'553'706'496);
    QTest::newRow("llama-3.1-405b") << "llama-3.1-405b" << qint64(405'853'388'800) << qint64(405'853'388'800);
    QTest::newRow("llama-3.2-1b") << "llama-3.2-1b" << qint64(1'235'814'400) << qint64(1'235'814'400);
    QTest::newRow("llama-3.2-3b") << "llama-3.2-3b" << qint64(3'212'749'824) << qint64(3'212'749'824);
    QTest::newRow("qwen2.5-7b") << "qwen2.5-7b" << qint64(7'615'616'512) << qint64(7'615'616'512);
    QTest::newRow("qwen2.5-72b") << "qwen2.5-72b" << qint64(72'706'203'648) << qint64(72'706'203'648);
    QTest::newRow("qwen3-8b") << "qwen3-8b" << qint64(8'190'735'360) << qint64(8'190'735'360);
    QTest::newRow("qwen3-32b") << "qwen3-32b" << qint64(32'762'123'264) << qint64(32'762'123'264);
    // Model cards: "30.5B total, 3.3B activated"; "235B total, 22B activated": active is the total
    // less the 120 unrouted experts (gate, up, down: 3 x hidden x moe_intermediate) in each layer.
    QTest::newRow("qwen3-30b-a3b") << "qwen3-30b-a3b" << qint64(30'532'122'624) << qint64(3'353'032'704);
    QTest::newRow("qwen3-235b-a22b") << "qwen3-235b-a22b" << qint64(235'093'634'560)
                                     << qint64(235'093'634'560 - qint64(94) * (128 - 8) * 3 * 4096 * 1536);
    QTest::newRow("gemma-3-4b") << "gemma-3-4b-text" << qint64(4'300'079'472 - 416'866'032 - 2'950'272)
                                << qint64(3'880'263'168);
    QTest::newRow("gemma-3-12b") << "gemma-3-12b-text" << qint64(12'187'325'040 - 416'866'032 - 4'424'832)
                                 << qint64(11'766'034'176);
    QTest::newRow("gemma-3-27b") << "gemma-3-27b-text" << qint64(27'432'406'640 - 416'866'032 - 6'194'304)
                                 << qint64(27'009'346'304);
    QTest::newRow("phi-4") << "phi-4" << qint64(14'659'507'200) << qint64(14'659'507'200);
    QTest::newRow("deepseek-v3") << "deepseek-v3" << qint64(671'026'404'352) << qint64(37'552'282'624);
    QTest::newRow("gpt-oss-20b") << "gpt-oss-20b" << qint64(20'914'757'184) << qint64(4'187'440'704);
    QTest::newRow("gpt-oss-120b") << "gpt-oss-120b" << qint64(116'829'156'672) << qint64(5'711'982'912);
}

void TestHfFamilies::presets()
{
    QFETCH(QString, id);
    QFETCH(qint64, total);
    QFETCH(qint64, active);
    const auto a = Presets::create(id);
    QVERIFY(a);
    QCOMPARE(a->publishedParameters, total);
    const CompiledModel m = compile(*a);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.parameters, total);
    QCOMPARE(m.activeParameters, active);
}

void TestHfFamilies::badConfigs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("deepseek top-k") << "bad/deepseek-v3-topk-over-experts.json"
                                    << "\"num_experts_per_tok\" 300 exceeds \"n_routed_experts\" 256";
    QTest::newRow("deepseek head dims") << "bad/deepseek-v2-no-head-dim.json"
                                        << "\"qk_nope_head_dim\" and \"qk_rope_head_dim\" are both 0";
    QTest::newRow("mamba state") << "bad/mamba-no-state-size.json"
                                 << "lacks \"state_size\"";
    QTest::newRow("gpt_oss layer type") << "bad/gpt-oss-unknown-layer-type.json"
                                        << "\"layer_types\" holds \"chunked_attention\"";
    QTest::newRow("llama4 moe_layers") << "bad/llama4-moe-layer-out-of-range.json"
                                       << "\"moe_layers\" holds 48, which is not a layer index below 48";
    QTest::newRow("falcon_mamba rank") << "bad/falcon-mamba-bad-rank.json"
                                       << "\"time_step_rank\" must be a whole number";
}

void TestHfFamilies::badConfigs()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    Architecture a;
    QString error;
    QVERIFY(!HfConfigImporter::importFile(dataFile(file), a, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestHfFamilies::latentAndRecurrentCaches()
{
    Architecture a;
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("deepseek-v3.json")), a, nullptr));
    CompiledModel m = compile(a);
    // Hugging Face: 61 layers × 128 heads × (192 key + 128 value); vLLM/SGLang: 61 × (512 + 64).
    QCOMPARE(m.kvElementsPerToken, 61.0 * 128 * (192 + 128));
    QCOMPARE(m.kvLatentElementsPerToken, 61.0 * 576);
    Assumptions assumptions;
    QCOMPARE(MemoryModel::kvCacheElements(m, assumptions, 1000), 61.0 * 128 * 320 * 1000);
    assumptions.set(AssumptionId::MlaLatentKvCache, 1);
    QCOMPARE(MemoryModel::kvCacheElements(m, assumptions, 1000), 61.0 * 576 * 1000);
    // Mamba keeps conv (1536 × 4) and SSM (1536 × 16) states per layer, whatever the context.
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("mamba-130m.json")), a, nullptr));
    m = compile(a);
    QCOMPARE(m.kvElementsPerToken, 0.0);
    QCOMPARE(MemoryModel::kvCacheElements(m, assumptions, 100), 24.0 * 1536 * (4 + 16));
    QCOMPARE(MemoryModel::kvCacheElements(m, assumptions, 100000), 24.0 * 1536 * (4 + 16));
    // gpt-oss-20b: 12 full layers keep the context, 12 sliding ones 127 tokens (window 128 − 1).
    QVERIFY(HfConfigImporter::importFile(dataFile(QStringLiteral("gpt-oss-20b.json")), a, nullptr));
    m = compile(a);
    QCOMPARE(m.kvWindowTokens, qint64(128));
    QCOMPARE(MemoryModel::kvCacheElements(m, assumptions, 4096), 12.0 * 2 * 512 * (4096 + 127));
    QCOMPARE(MemoryModel::kvCacheElements(m, assumptions, 100), 12.0 * 2 * 512 * (100 + 100));
}

void TestHfFamilies::llama4Wrapper()
{
    // Llama4ForConditionalGeneration's config: the language model is text_config; the vision
    // encoder is left out with a warning.
    const QJsonObject text =
        QJsonDocument::fromJson(readData(QStringLiteral("llama-4-scout-17b-16e-text.json"))).object();
    const QJsonObject root{
        {QStringLiteral("model_type"), QStringLiteral("llama4")},
        {QStringLiteral("text_config"), text},
        {QStringLiteral("vision_config"), QJsonObject{{QStringLiteral("hidden_size"), 1408}}}};
    Architecture a;
    HfImportInfo info;
    QString error;
    QVERIFY2(HfConfigImporter::import(QJsonDocument(root).toJson(), a, &error, &info), qPrintable(error));
    QCOMPARE(info.modelType, QStringLiteral("llama4_text"));
    QCOMPARE(info.warnings.size(), 1);
    QCOMPARE(compile(a).parameters, qint64(107'769'861'120));
}

void TestHfFamilies::slidingWindows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<double>("slidingElements"); // K and V per token, sliding layers
    QTest::addColumn<double>("fullElements");    // K and V per token, full-attention layers
    // Gemma2Config: even layers slide (21 of 42), 8 KV heads x 256.
    QTest::newRow("gemma2") << "gemma-2-9b.json" << qint64(4096) << 21.0 * 2 * 8 * 256 << 21.0 * 2 * 8 * 256;
    // Gemma3TextConfig: every 6th layer global: 29 local and 5 global of 34, 4 KV heads x 256.
    QTest::newRow("gemma3") << "gemma-3-4b-it.json" << qint64(1024) << 29.0 * 2 * 4 * 256
                            << 5.0 * 2 * 4 * 256;
    // OLMo 3 lists layer_types: 3 sliding to 1 full, 32 KV heads x 128.
    QTest::newRow("olmo3") << "olmo-3-1025-7b.json" << qint64(4096) << 24.0 * 2 * 32 * 128
                           << 8.0 * 2 * 32 * 128;
    // Qwen1.5-MoE has sliding_window but use_sliding_window false: every layer full.
    QTest::newRow("qwen2_moe") << "qwen1.5-moe-a2.7b.json" << qint64(0) << 0.0 << 24.0 * 2 * 16 * 128;
    // gpt-oss-20b: layer_types alternate, 8 KV heads x 64.
    QTest::newRow("gpt_oss") << "gpt-oss-20b.json" << qint64(128) << 12.0 * 2 * 8 * 64 << 12.0 * 2 * 8 * 64;
}

void TestHfFamilies::slidingWindows()
{
    QFETCH(QString, file);
    QFETCH(qint64, window);
    QFETCH(double, slidingElements);
    QFETCH(double, fullElements);
    Architecture a;
    QString error;
    QVERIFY2(HfConfigImporter::importFile(dataFile(file), a, &error), qPrintable(error));
    const CompiledModel m = compile(a);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.kvWindowTokens, window);
    QCOMPARE(m.kvWindowElementsPerToken, slidingElements);
    QCOMPARE(m.kvElementsPerToken, fullElements);
}

QTEST_GUILESS_MAIN(TestHfFamilies)
#include "tst_hffamilies.moc"
