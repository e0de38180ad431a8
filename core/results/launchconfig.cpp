#include "core/results/launchconfig.h"

#include "core/model/techniques.h"

#include <QJsonArray>

namespace headroom {

namespace {

bool isFp16(Precision p)
{
    return p == Precision::FP16 || p == Precision::FP16_AMP;
}
bool isBf16(Precision p)
{
    return p == Precision::BF16 || p == Precision::BF16_AMP;
}

// accelerate's and the Trainer's --mixed_precision / --bf16 / --fp16 value.
QString mixedPrecision(Precision p)
{
    if (isBf16(p))
        return QStringLiteral("bf16");
    if (isFp16(p))
        return QStringLiteral("fp16");
    if (p == Precision::FP8)
        return QStringLiteral("fp8");
    return QStringLiteral("no");
}

// transformers' OptimizerNames (training_args.py) for the plan's optimizer and step kernel.
QString trainerOptim(const Plan &plan)
{
    const bool fused = plan.assumptions.value(AssumptionId::OptimizerStepTemporary) == 0.0;
    switch (plan.workload.optimizer) {
    case Optimizer::SGD:
    case Optimizer::Momentum:
        return QStringLiteral("sgd");
    case Optimizer::Adam:
    case Optimizer::AdamW:
        return fused ? QStringLiteral("adamw_torch_fused") : QStringLiteral("adamw_torch");
    case Optimizer::Adam8bit:
        return QStringLiteral("adamw_bnb_8bit");
    case Optimizer::Adafactor:
        return QStringLiteral("adafactor");
    case Optimizer::Lion:
        return QStringLiteral("lion_32bit");
    }
    return QStringLiteral("adamw_torch");
}

// DeepSpeed's config-json (deepspeed.ai/docs/config-json): batch sizes, precision, ZeRO, offload.
QJsonObject deepspeedConfigOf(const Plan &plan, const ParallelLayout &l)
{
    const Workload &w = plan.workload;
    QJsonObject o{{QStringLiteral("train_micro_batch_size_per_gpu"), w.microBatch},
                  {QStringLiteral("gradient_accumulation_steps"), w.gradientAccumulation},
                  {QStringLiteral("train_batch_size"), w.microBatch * w.gradientAccumulation * l.dp}};
    if (isBf16(w.precision))
        o.insert(QStringLiteral("bf16"), QJsonObject{{QStringLiteral("enabled"), true}});
    if (isFp16(w.precision))
        o.insert(QStringLiteral("fp16"),
                 QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("loss_scale"), 0}});
    QJsonObject zero{{QStringLiteral("stage"), l.zero}};
    const QJsonObject cpu{{QStringLiteral("device"), QStringLiteral("cpu")},
                          {QStringLiteral("pin_memory"), true}};
    if (l.offload != CpuOffload::None)
        zero.insert(QStringLiteral("offload_optimizer"), cpu);
    if (l.offload == CpuOffload::Params)
        zero.insert(QStringLiteral("offload_param"), cpu);
    o.insert(QStringLiteral("zero_optimization"), zero);
    return o;
}

QString torchtuneCommand(const Plan &plan, const ParallelLayout &l)
{
    const Workload &w = plan.workload;
    const bool adapters = w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full;
    const bool distributed = l.gpus > 1;
    const QString recipe =
        QStringLiteral("%1_finetune_%2")
            .arg(adapters ? QStringLiteral("lora") : QStringLiteral("full"),
                 distributed ? QStringLiteral("distributed") : QStringLiteral("single_device"));
    QStringList parts{QStringLiteral("tune run")};
    if (distributed)
        parts << QStringLiteral("--nnodes %1 --nproc_per_node %2").arg(l.nodes).arg(l.gpusPerNode());
    parts << recipe << QStringLiteral("--config CONFIG");
    parts << QStringLiteral("batch_size=%1").arg(w.microBatch)
          << QStringLiteral("gradient_accumulation_steps=%1").arg(w.gradientAccumulation);
    if (w.sequenceLength > 0)
        parts << QStringLiteral("tokenizer.max_seq_len=%1").arg(w.sequenceLength);
    parts << QStringLiteral("dtype=%1")
                 .arg(isBf16(w.precision) ? QStringLiteral("bf16") : QStringLiteral("fp32"));
    parts << QStringLiteral("enable_activation_checkpointing=%1")
                 .arg(w.checkpointing != Checkpointing::None ? QStringLiteral("True")
                                                             : QStringLiteral("False"));
    if (w.techniques & TechniqueActivationOffload)
        parts << QStringLiteral("enable_activation_offloading=True");
    if (w.techniques & TechniqueOptimizerInBackward)
        parts << QStringLiteral("optimizer_in_bwd=True");
    parts << ((w.techniques & TechniqueChunkedCrossEntropy)
                  ? QStringLiteral("loss._component_=torchtune.modules.loss.CEWithChunkedOutputLoss")
                  : QStringLiteral("loss._component_=torch.nn.CrossEntropyLoss"));
    if (adapters) {
        QStringList modules;
        const std::pair<unsigned, const char *> names[] = {
            {LoraQuery, "q_proj"}, {LoraKey, "k_proj"}, {LoraValue, "v_proj"}, {LoraOutput, "output_proj"}};
        for (const auto &[bit, name] : names)
            if (w.loraTargets & bit)
                modules << QLatin1String(name);
        parts << QStringLiteral("model.lora_rank=%1").arg(w.loraRank)
              << QStringLiteral("model.lora_attn_modules=[%1]").arg(modules.join(QLatin1Char(',')))
              << QStringLiteral("model.apply_lora_to_mlp=%1")
                     .arg((w.loraTargets & LoraMlp) ? QStringLiteral("True") : QStringLiteral("False"))
              << QStringLiteral("model.lora_dropout=%1").arg(w.loraDropout);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

LaunchConfigs LaunchConfigs::of(const Plan &plan)
{
    LaunchConfigs c;
    const Workload &w = plan.workload;
    if (w.mode == Mode::Inference) {
        c.notes << tr("Inference plans are started by their engine, not a training launcher.");
        return c;
    }
    c.training = true;
    const ParallelLayout l = plan.hardware.layout();
    const bool fsdp = plan.hardware.parallelism.fsdp;
    const bool deepspeed = !fsdp && (l.zero > 0 || l.offload != CpuOffload::None);
    c.deepspeedConfig = deepspeedConfigOf(plan, l);

    // torchrun (torch.distributed.run): one process per GPU on every node.
    c.torchrun = l.nodes > 1
                     ? QStringLiteral("torchrun --nnodes=%1 --nproc-per-node=%2 --node-rank=$NODE_RANK "
                                      "--rdzv-backend=c10d --rdzv-endpoint=$MASTER_ADDR:29500 train.py")
                           .arg(l.nodes)
                           .arg(l.gpusPerNode())
                     : QStringLiteral("torchrun --standalone --nproc-per-node=%1 train.py").arg(l.gpus);

    // accelerate launch (accelerate/commands/launch.py).
    QStringList acc{QStringLiteral("accelerate launch"), QStringLiteral("--num_machines %1").arg(l.nodes),
                    QStringLiteral("--num_processes %1").arg(l.gpus),
                    QStringLiteral("--mixed_precision %1").arg(mixedPrecision(w.precision))};
    if (deepspeed) {
        acc << QStringLiteral("--use_deepspeed --zero_stage %1").arg(l.zero)
            << QStringLiteral("--gradient_accumulation_steps %1").arg(w.gradientAccumulation);
        if (l.offload != CpuOffload::None)
            acc << QStringLiteral("--offload_optimizer_device cpu");
        if (l.offload == CpuOffload::Params)
            acc << QStringLiteral("--offload_param_device cpu");
    } else if (fsdp) {
        acc << QStringLiteral("--use_fsdp --fsdp_sharding_strategy FULL_SHARD");
        if (l.offload != CpuOffload::None)
            acc << QStringLiteral("--fsdp_offload_params true");
    }
    acc << QStringLiteral("train.py");
    c.accelerate = acc.join(QLatin1Char(' '));

    // transformers.TrainingArguments as command-line flags of a Trainer script.
    QStringList args{QStringLiteral("--per_device_train_batch_size %1").arg(w.microBatch),
                     QStringLiteral("--gradient_accumulation_steps %1").arg(w.gradientAccumulation)};
    if (isBf16(w.precision))
        args << QStringLiteral("--bf16");
    if (isFp16(w.precision))
        args << QStringLiteral("--fp16");
    if (w.checkpointing != Checkpointing::None)
        args << QStringLiteral("--gradient_checkpointing");
    args << QStringLiteral("--optim %1").arg(trainerOptim(plan));
    if (deepspeed)
        args << QStringLiteral("--deepspeed ds_config.json");
    else if (fsdp)
        args << QStringLiteral("--fsdp \"full_shard%1\"")
                    .arg(l.offload != CpuOffload::None ? QStringLiteral(" offload") : QString());
    c.trainerArguments = args.join(QLatin1Char(' '));
    c.torchtune = torchtuneCommand(plan, l);

    // What the launchers cannot say, or where they allocate other than the plan.
    if (w.precision == Precision::BF16_AMP || w.precision == Precision::FP16_AMP)
        c.notes << tr("DeepSpeed's bf16/fp16 modes convert the model to 16 bits and keep fp32 master weights "
                      "in its optimizer; the plan's mixed precision keeps fp32 weights. Plan Pure BF16 with "
                      "master weights to match ds_config.json.");
    const bool pure16 = w.precision == Precision::BF16 || w.precision == Precision::FP16;
    const bool adapters = w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full;
    if (pure16)
        c.notes << tr(
            "Load the model in 16 bits in the script (from_pretrained(..., "
            "torch_dtype=torch.bfloat16); torchtune's dtype=bf16): the Trainer's --bf16/--fp16 alone "
            "is autocast over fp32 weights.");
    if (pure16 && w.masterWeights && !adapters && !deepspeed)
        c.notes << tr("Only DeepSpeed keeps the fp32 master copy this plan counts: add --deepspeed "
                      "ds_config.json, or plan without master weights (what a bf16 model under the Trainer, "
                      "torchtune or LitGPT allocates).");
    if (w.precision == Precision::FP8)
        c.notes << tr("FP8 training needs NVIDIA Transformer Engine in the script; ds_config.json has no FP8 "
                      "switch.");
    if (l.tp > 1 || l.pp > 1)
        c.notes << tr("Tensor and pipeline parallelism (TP %1, PP %2) need Megatron-LM, DeepSpeed's pipeline "
                      "engine or torchtitan; the launch lines start data-parallel processes only.")
                       .arg(l.tp)
                       .arg(l.pp);
    if (w.techniques & TechniqueFusedCrossEntropy)
        c.notes << tr("Fused linear cross-entropy comes from Liger (liger_kernel) or Unsloth in the script.");
    if (l.gpus > 1 && l.zero == 0 && !fsdp)
        c.notes << tr("torchtune's distributed recipes always shard with FSDP; the plan is plain data "
                      "parallelism, so its memory is the DDP figure.");
    if (w.mode == Mode::FineTuning && w.fineTuneMethod == FineTuneMethod::QLoRA)
        c.notes << tr("QLoRA: choose a qlora_* model builder in the torchtune config (4-bit NF4 base).");
    // torchtune names its configs MODEL/SIZE_lora or _full, with _single_device for one GPU.
    c.notes << tr("CONFIG is the torchtune recipe config of your model, e.g. llama3_2/1B_%1%2.")
                   .arg(adapters ? QStringLiteral("lora") : QStringLiteral("full"),
                        l.gpus > 1 ? QString() : QStringLiteral("_single_device"));
    return c;
}

QJsonObject LaunchConfigs::toJson() const
{
    QJsonObject o{{QStringLiteral("training"), training},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (training) {
        o.insert(QStringLiteral("deepspeed_config"), deepspeedConfig);
        o.insert(QStringLiteral("torchrun"), torchrun);
        o.insert(QStringLiteral("accelerate"), accelerate);
        o.insert(QStringLiteral("trainer_arguments"), trainerArguments);
        o.insert(QStringLiteral("torchtune"), torchtune);
    }
    return o;
}

} // namespace headroom
