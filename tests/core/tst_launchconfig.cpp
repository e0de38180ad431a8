// Launch configurations from a plan (core/results/launchconfig.h): DeepSpeed's config-json keys,
// torchrun, accelerate launch, TrainingArguments and torchtune overrides, each checked for the plan
// it came from (batch arithmetic, sharding, offload, precision, techniques, LoRA targets).
#include "core/model/runtimeprofile.h"
#include "core/model/techniques.h"
#include "core/presets/presets.h"
#include "core/results/launchconfig.h"

#include <QJsonObject>
#include <QtTest>

using namespace headroom;

namespace {
Plan llama(Mode mode, int gpus)
{
    Plan plan;
    plan.architecture = *Presets::create(QStringLiteral("llama-2-7b"));
    plan.workload.mode = mode;
    plan.workload.precision = Precision::BF16;
    plan.workload.microBatch = 8;
    plan.workload.sequenceLength = 2048;
    plan.hardware.gpuId = QStringLiteral("h100-sxm");
    plan.hardware.gpuCount = gpus;
    return plan;
}

QJsonObject zero(const LaunchConfigs &c)
{
    return c.deepspeedConfig.value(QStringLiteral("zero_optimization")).toObject();
}
} // namespace

class TestLaunchConfig : public QObject
{
    Q_OBJECT
private slots:
    void deepspeedZero3WithOptimizerOffload()
    {
        Plan plan = llama(Mode::Training, 8);
        plan.hardware.parallelism.zeroStage = 3;
        plan.hardware.parallelism.offload = CpuOffload::Optimizer;
        const LaunchConfigs c = LaunchConfigs::of(plan);
        QVERIFY(c.training);
        // train_batch_size = micro-batch × accumulation × data-parallel ranks = 8 × 1 × 8.
        QCOMPARE(c.deepspeedConfig.value(QStringLiteral("train_batch_size")).toInt(), 64);
        QCOMPARE(c.deepspeedConfig.value(QStringLiteral("train_micro_batch_size_per_gpu")).toInt(), 8);
        QVERIFY(c.deepspeedConfig.value(QStringLiteral("bf16"))
                    .toObject()
                    .value(QStringLiteral("enabled"))
                    .toBool());
        QVERIFY(!c.deepspeedConfig.contains(QStringLiteral("fp16")));
        QCOMPARE(zero(c).value(QStringLiteral("stage")).toInt(), 3);
        const QJsonObject offload = zero(c).value(QStringLiteral("offload_optimizer")).toObject();
        QCOMPARE(offload.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        QVERIFY(offload.value(QStringLiteral("pin_memory")).toBool());
        QVERIFY(!zero(c).contains(QStringLiteral("offload_param")));
        QCOMPARE(c.accelerate,
                 QStringLiteral("accelerate launch --num_machines 1 --num_processes 8 --mixed_precision "
                                "bf16 --use_deepspeed --zero_stage 3 --gradient_accumulation_steps 1 "
                                "--offload_optimizer_device cpu train.py"));
        QVERIFY(c.trainerArguments.contains(QStringLiteral("--deepspeed ds_config.json")));
        QCOMPARE(c.torchrun, QStringLiteral("torchrun --standalone --nproc-per-node=8 train.py"));
    }

    void multiNodeTensorParallelDataParallelBatch()
    {
        // 2 nodes × 4 GPUs with TP 2: 4 data-parallel ranks; accumulation 4.
        Plan plan = llama(Mode::Training, 8);
        plan.workload.gradientAccumulation = 4;
        plan.workload.precision = Precision::FP16_AMP;
        plan.hardware.parallelism.nodes = 2;
        plan.hardware.parallelism.tensorParallel = 2;
        plan.hardware.parallelism.zeroStage = 1;
        const LaunchConfigs c = LaunchConfigs::of(plan);
        QCOMPARE(c.deepspeedConfig.value(QStringLiteral("train_batch_size")).toInt(), 8 * 4 * 4);
        QCOMPARE(c.deepspeedConfig.value(QStringLiteral("fp16"))
                     .toObject()
                     .value(QStringLiteral("loss_scale"))
                     .toInt(),
                 0);
        QVERIFY(c.torchrun.startsWith(
            QStringLiteral("torchrun --nnodes=2 --nproc-per-node=4 --node-rank=$NODE_RANK")));
        QVERIFY(c.accelerate.contains(
            QStringLiteral("--num_machines 2 --num_processes 8 --mixed_precision fp16")));
        QVERIFY(c.trainerArguments.contains(QStringLiteral("--fp16")));
        bool tpNote = false, ampNote = false;
        for (const QString &n : c.notes) {
            tpNote |= n.contains(QStringLiteral("TP 2, PP 1"));
            ampNote |= n.contains(QStringLiteral("master weights"));
        }
        QVERIFY(tpNote);
        QVERIFY(ampNote);
    }

    void fsdpGoesThroughAccelerateAndTheTrainer()
    {
        Plan plan = llama(Mode::Training, 4);
        plan.hardware.parallelism.fsdp = true;
        plan.hardware.parallelism.offload = CpuOffload::Params;
        const LaunchConfigs c = LaunchConfigs::of(plan);
        QVERIFY(c.accelerate.contains(QStringLiteral("--use_fsdp --fsdp_sharding_strategy FULL_SHARD "
                                                     "--fsdp_offload_params true")));
        QVERIFY(!c.accelerate.contains(QStringLiteral("deepspeed")));
        QVERIFY(c.trainerArguments.contains(QStringLiteral("--fsdp \"full_shard offload\"")));
        QVERIFY(!c.trainerArguments.contains(QStringLiteral("--deepspeed")));
    }

    void trainerOptimizerFollowsTheProfile()
    {
        Plan plan = llama(Mode::Training, 1);
        plan.workload.optimizer = Optimizer::AdamW;
        QVERIFY(LaunchConfigs::of(plan).trainerArguments.contains(QStringLiteral("--optim adamw_torch")));
        applyRuntimeProfile(RuntimeProfile::HfTrainer, plan.workload, plan.assumptions);
        QVERIFY(
            LaunchConfigs::of(plan).trainerArguments.contains(QStringLiteral("--optim adamw_torch_fused")));
        plan.workload.optimizer = Optimizer::Adam8bit;
        QVERIFY(LaunchConfigs::of(plan).trainerArguments.contains(QStringLiteral("--optim adamw_bnb_8bit")));
        plan.workload.checkpointing = Checkpointing::Full;
        QVERIFY(
            LaunchConfigs::of(plan).trainerArguments.contains(QStringLiteral("--gradient_checkpointing")));
    }

    void torchtuneOverrides()
    {
        Plan plan = llama(Mode::FineTuning, 2);
        plan.workload.fineTuneMethod = FineTuneMethod::LoRA;
        plan.workload.loraRank = 8;
        plan.workload.loraTargets = LoraAllLinear;
        plan.workload.loraDropout = 0;
        plan.workload.gradientAccumulation = 2;
        plan.workload.techniques = TechniqueChunkedCrossEntropy | TechniqueActivationOffload;
        plan.workload.checkpointing = Checkpointing::Full;
        const LaunchConfigs c = LaunchConfigs::of(plan);
        QCOMPARE(c.torchtune,
                 QStringLiteral(
                     "tune run --nnodes 1 --nproc_per_node 2 lora_finetune_distributed --config CONFIG "
                     "batch_size=8 gradient_accumulation_steps=2 tokenizer.max_seq_len=2048 dtype=bf16 "
                     "enable_activation_checkpointing=True enable_activation_offloading=True "
                     "loss._component_=torchtune.modules.loss.CEWithChunkedOutputLoss model.lora_rank=8 "
                     "model.lora_attn_modules=[q_proj,k_proj,v_proj,output_proj] "
                     "model.apply_lora_to_mlp=True model.lora_dropout=0"));
        plan.hardware.gpuCount = 1;
        plan.workload.fineTuneMethod = FineTuneMethod::Full;
        plan.workload.techniques = TechniqueOptimizerInBackward;
        const LaunchConfigs single = LaunchConfigs::of(plan);
        QVERIFY(single.torchtune.startsWith(
            QStringLiteral("tune run full_finetune_single_device --config CONFIG")));
        QVERIFY(single.torchtune.contains(QStringLiteral("optimizer_in_bwd=True")));
        QVERIFY(single.torchtune.contains(QStringLiteral("loss._component_=torch.nn.CrossEntropyLoss")));
        QVERIFY(single.notes.last().contains(QStringLiteral("llama3_2/1B_full_single_device")));
    }

    void inferenceHasNoTrainingLauncher()
    {
        const LaunchConfigs c = LaunchConfigs::of(llama(Mode::Inference, 1));
        QVERIFY(!c.training);
        QCOMPARE(c.notes.size(), 1);
        QVERIFY(!c.toJson().contains(QStringLiteral("deepspeed_config")));
    }
};

QTEST_GUILESS_MAIN(TestLaunchConfig)
#include "tst_launchconfig.moc"
