// Runtime profiles (core/model/runtimeprofile.h): each profile's settings against the framework
// code it cites, their effect on the memory model computed by hand for Llama-3.2-1B
// (1,235,814,400 parameters), the "edited" bookkeeping, and the plan-file round trip.
#include "core/io/hf/hfconfigimporter.h"
#include "core/io/planfile.h"
#include "core/memory/memorymodel.h"
#include "core/model/runtimeprofile.h"
#include "core/model/techniques.h"
#include "core/results/planevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace headroom;

namespace {
constexpr double kParams = 1235814400.0;

Plan llamaFullFineTune(RuntimeProfile profile)
{
    Plan plan;
    QString error;
    if (!HfConfigImporter::importFile(QStringLiteral(HEADROOM_TEST_DATA "/hf/llama-3.2-1b.json"),
                                      plan.architecture, &error))
        qFatal("%s", qPrintable(error));
    plan.workload.mode = Mode::FineTuning;
    plan.workload.fineTuneMethod = FineTuneMethod::Full;
    plan.workload.precision = Precision::BF16;
    plan.workload.microBatch = 1;
    plan.workload.sequenceLength = 512;
    plan.hardware.gpuId = QStringLiteral("h200");
    applyRuntimeProfile(profile, plan.workload, plan.assumptions);
    return plan;
}

MemoryBreakdown memoryOf(const Plan &plan)
{
    const PlanEvaluation e = PlanEvaluator().evaluate(plan);
    if (!e.ok())
        qFatal("%s", qPrintable(e.error));
    return e.memory;
}
} // namespace

class TestRuntimeProfiles : public QObject
{
    Q_OBJECT
private slots:
    void everyProfileHasAnIdLabelAndSource()
    {
        for (const EnumName<RuntimeProfile> &n : enumNames<RuntimeProfile>()) {
            QCOMPARE(runtimeProfileFromId(QLatin1String(n.id)), std::optional(n.value));
            QCOMPARE(runtimeProfileId(n.value), QLatin1String(n.id));
            QVERIFY(!runtimeProfileName(n.value).isEmpty());
            QVERIFY2(runtimeProfileSource(n.value).size() > 40, n.id);
        }
        QCOMPARE(runtimeProfileFromId(QStringLiteral("TorchTune")), std::optional(RuntimeProfile::Torchtune));
        QVERIFY(!runtimeProfileFromId(QStringLiteral("keras")));
    }

    void defaultsAreThePyTorch2Profile()
    {
        // The memory model's own defaults describe PyTorch 2.x eager: applying that profile to a
        // default plan changes nothing, so plans from before profiles keep their numbers.
        Workload w;
        Assumptions a;
        QCOMPARE(w.runtimeProfile, RuntimeProfile::PyTorch2);
        Workload applied = w;
        Assumptions appliedAssumptions = a;
        applyRuntimeProfile(RuntimeProfile::PyTorch2, applied, appliedAssumptions);
        QVERIFY(applied == w);
        QVERIFY(appliedAssumptions == a);
        QVERIFY(runtimeProfileEdits(w, a).isEmpty());
    }

    void pytorch1KeepsGradientsAndLoadsEveryKernel()
    {
        const Plan plan = llamaFullFineTune(RuntimeProfile::PyTorch1);
        QCOMPARE(plan.assumptions.value(AssumptionId::GradientsFreedAfterStep), 0.0); // set_to_none=False
        QCOMPARE(plan.assumptions.value(AssumptionId::OptimizerStepTemporary), 0.0);  // adamw_hf loop
        QCOMPARE(plan.assumptions.value(AssumptionId::CudaContextMiB), 1343.0);       // V100, CUDA 11.2
        QVERIFY(!plan.workload.flashAttention); // SDPA arrived in PyTorch 2.0
        const MemoryBreakdown b = memoryOf(plan);
        QCOMPARE(b.component[int(Component::Context)], 1343.0 * 1024 * 1024);
        QCOMPARE(b.optimizerStepScratch, 0.0);
        // Gradients stay allocated: bf16 master-weighted (the plan's default) gradients of every
        // parameter are live at the activation peak.
        QCOMPARE(b.component[int(Component::Gradients)], kParams * 2.0);
    }

    void foreachTemporaryIsTheProfilesChoice()
    {
        // torch.optim's foreach AdamW (PyTorch 2.x default) builds one state-sized temporary in
        // step(); the Trainer's adamw_torch_fused and DeepSpeed's FusedAdam do not.
        Plan eager = llamaFullFineTune(RuntimeProfile::PyTorch2);
        eager.workload.masterWeights = false;
        Plan trainer = llamaFullFineTune(RuntimeProfile::HfTrainer);
        trainer.workload.masterWeights = false;
        // Pure bf16 without a master copy: states in bf16, so the temporary is 2 bytes per parameter.
        QCOMPARE(memoryOf(eager).optimizerStepScratch, kParams * 2.0);
        QCOMPARE(memoryOf(trainer).optimizerStepScratch, 0.0);
        QCOMPARE(memoryOf(llamaFullFineTune(RuntimeProfile::DeepSpeed)).optimizerStepScratch, 0.0);
        QVERIFY(trainer.workload.flashAttention); // attn_implementation="sdpa"
    }

    void torchtuneKeepsNoMasterCopy()
    {
        // dtype bf16, no master weights: AdamW's two states in bf16, 4 bytes per parameter, where
        // the DeepSpeed profile keeps an fp32 master copy and fp32 states: 4 + 2 × 4 = 12 bytes.
        const Plan tune = llamaFullFineTune(RuntimeProfile::Torchtune);
        QCOMPARE(tune.workload.precision, Precision::BF16);
        QVERIFY(!tune.workload.masterWeights);
        QCOMPARE(tune.workload.techniques, unsigned(TechniqueChunkedCrossEntropy));
        QCOMPARE(tune.workload.loraDropout, 0.0);
        QCOMPARE(memoryOf(tune).component[int(Component::Optimizer)], kParams * 4.0);
        const Plan ds = llamaFullFineTune(RuntimeProfile::DeepSpeed);
        QVERIFY(ds.workload.masterWeights);
        QCOMPARE(memoryOf(ds).component[int(Component::Optimizer)], kParams * 12.0);
    }

    void unslothFusesTheLoss()
    {
        const Plan plan = llamaFullFineTune(RuntimeProfile::Unsloth);
        QCOMPARE(plan.workload.techniques, unsigned(TechniqueFusedCrossEntropy));
        QCOMPARE(plan.workload.loraDropout, 0.0);
        QVERIFY(plan.workload.flashAttention);
    }

    void inferenceKeepsItsPrecisionAndTechniques()
    {
        Workload w;
        w.mode = Mode::Inference;
        w.precision = Precision::FP16;
        Assumptions a;
        applyRuntimeProfile(RuntimeProfile::Torchtune, w, a);
        QCOMPARE(w.precision, Precision::FP16);
        QCOMPARE(w.techniques, 0u);
        QVERIFY(runtimeProfileEdits(w, a).isEmpty());
    }

    void editsAreNamed()
    {
        Plan plan = llamaFullFineTune(RuntimeProfile::Torchtune);
        QVERIFY(runtimeProfileEdits(plan.workload, plan.assumptions).isEmpty());
        QCOMPARE(runtimeProfileSummary(plan.workload, plan.assumptions), QStringLiteral("torchtune"));
        plan.workload.masterWeights = true;
        plan.assumptions.set(AssumptionId::CudaContextMiB, 512);
        const QStringList edits = runtimeProfileEdits(plan.workload, plan.assumptions);
        QCOMPARE(edits, QStringList({Assumptions::label(AssumptionId::CudaContextMiB),
                                     QStringLiteral("master weights")}));
        QCOMPARE(runtimeProfileSummary(plan.workload, plan.assumptions),
                 QStringLiteral("torchtune (edited: CUDA context and kernels, master weights)"));
        // A custom plan has nothing to differ from.
        plan.workload.runtimeProfile = RuntimeProfile::Custom;
        QVERIFY(runtimeProfileEdits(plan.workload, plan.assumptions).isEmpty());
    }

    void planFileRoundTrip()
    {
        const Plan plan = llamaFullFineTune(RuntimeProfile::LitGpt);
        const QJsonObject json = PlanFile::toJson(plan);
        QCOMPARE(json.value(QStringLiteral("workload")).toObject().value(QStringLiteral("runtime_profile")),
                 QJsonValue(QStringLiteral("litgpt")));
        Plan back;
        QString error;
        QVERIFY2(PlanFile::fromJson(QJsonDocument(json).toJson(), back, &error), qPrintable(error));
        QVERIFY(back == plan);

        // A file from before profiles reads as PyTorch 2.x eager; an unknown id is refused by name.
        QJsonObject old = json;
        QJsonObject workload = old.value(QStringLiteral("workload")).toObject();
        workload.remove(QStringLiteral("runtime_profile"));
        old.insert(QStringLiteral("workload"), workload);
        QVERIFY2(PlanFile::fromJson(QJsonDocument(old).toJson(), back, &error), qPrintable(error));
        QCOMPARE(back.workload.runtimeProfile, RuntimeProfile::PyTorch2);
        workload.insert(QStringLiteral("runtime_profile"), QStringLiteral("keras"));
        old.insert(QStringLiteral("workload"), workload);
        QVERIFY(!PlanFile::fromJson(QJsonDocument(old).toJson(), back, &error));
        QVERIFY2(error.contains(QStringLiteral("runtime_profile")) &&
                     error.contains(QStringLiteral("torchtune")),
                 qPrintable(error));
    }

    void jsonSaysWhichProfile()
    {
        Plan plan = llamaFullFineTune(RuntimeProfile::HfTrainer);
        plan.workload.flashAttention = false;
        const PlanEvaluation e = PlanEvaluator().evaluate(plan);
        const QJsonObject profile =
            PlanEvaluator::toJson(plan, e).value(QStringLiteral("runtime_profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("id")).toString(), QStringLiteral("hf-trainer"));
        QCOMPARE(profile.value(QStringLiteral("edited")).toArray().size(), 1);
        QCOMPARE(profile.value(QStringLiteral("edited")).toArray().first().toString(),
                 QStringLiteral("attention kernel"));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeProfiles)
#include "tst_runtimeprofiles.moc"
