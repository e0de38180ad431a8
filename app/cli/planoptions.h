#pragma once

#include "app/cli/clicommands.h"
#include "core/hardware/storageplanner.h"
#include "core/hardware/throughputmodel.h"
#include "core/model/plan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace headroom::cli {

// The options `plan` and `recommend` share: what to run, on what, and how.
struct PlanOptions
{
    QCommandLineOption preset{QStringLiteral("preset"), Cli::tr("Architecture preset (see 'presets')."),
                              QStringLiteral("ID")};
    QCommandLineOption gpu{QStringLiteral("gpu"), Cli::tr("GPU id (see 'gpus')."), QStringLiteral("ID")};
    QCommandLineOption mode{QStringLiteral("mode"), Cli::tr("train, finetune or inference."),
                            QStringLiteral("MODE")};
    QCommandLineOption batch{QStringLiteral("batch"), Cli::tr("Micro-batch size (inference: sequences)."),
                             QStringLiteral("N")};
    QCommandLineOption accumulation{QStringLiteral("grad-accum"),
                                    Cli::tr("Gradient accumulation steps (pipeline micro-batches per step)."),
                                    QStringLiteral("N")};
    QCommandLineOption seq{QStringLiteral("seq"), Cli::tr("Sequence length in tokens."), QStringLiteral("N")};
    QCommandLineOption image{QStringLiteral("image"), Cli::tr("Image height and width in pixels."),
                             QStringLiteral("N")};
    QCommandLineOption precision{QStringLiteral("precision"),
                                 Cli::tr("fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8 or int4."),
                                 QStringLiteral("P")};
    QCommandLineOption optimizer{QStringLiteral("optimizer"),
                                 Cli::tr("sgd, momentum, adam, adamw, adam8bit, adafactor or lion."),
                                 QStringLiteral("O")};
    QCommandLineOption checkpointing{QStringLiteral("checkpointing"), Cli::tr("none, full or selective."),
                                     QStringLiteral("C")};
    QCommandLineOption flash{QStringLiteral("flash-attention"), Cli::tr("Use FlashAttention.")};
    QCommandLineOption eagerAttention{
        QStringLiteral("eager-attention"),
        Cli::tr("Attention that materialises the scores (Hugging Face eager); --mode inference otherwise "
                "assumes a fused kernel (SDPA/FlashAttention).")};
    QCommandLineOption context{QStringLiteral("context"), Cli::tr("Inference: KV-cache tokens per sequence."),
                               QStringLiteral("N")};
    QCommandLineOption gpus{QStringLiteral("gpus"), Cli::tr("Number of GPUs, all nodes together."),
                            QStringLiteral("N")};
    QCommandLineOption nodes{QStringLiteral("nodes"), Cli::tr("Number of machines."), QStringLiteral("M")};
    QCommandLineOption zero{QStringLiteral("zero"), Cli::tr("DeepSpeed ZeRO stage 0, 1, 2 or 3."),
                            QStringLiteral("S")};
    QCommandLineOption fsdp{QStringLiteral("fsdp"),
                            Cli::tr("PyTorch FSDP full sharding (ZeRO-3 semantics).")};
    QCommandLineOption offload{QStringLiteral("offload"), Cli::tr("CPU offload: optimizer or params."),
                               QStringLiteral("WHAT")};
    QCommandLineOption tp{QStringLiteral("tp"), Cli::tr("Tensor-parallel size."), QStringLiteral("N")};
    QCommandLineOption sp{QStringLiteral("sp"), Cli::tr("Sequence parallelism (with --tp).")};
    QCommandLineOption pp{QStringLiteral("pp"), Cli::tr("Pipeline-parallel stages."), QStringLiteral("N")};
    QCommandLineOption inFlight{QStringLiteral("in-flight"),
                                Cli::tr("Micro-batches the first pipeline stage holds (default: --pp)."),
                                QStringLiteral("N")};
    QCommandLineOption samples{QStringLiteral("samples"),
                               Cli::tr("Samples the run trains on (default 1,000,000)."),
                               QStringLiteral("N")};
    QCommandLineOption tokens{QStringLiteral("tokens"),
                              Cli::tr("Tokens the run trains on (instead of --samples)."),
                              QStringLiteral("N")};
    QCommandLineOption datasetGb{QStringLiteral("dataset-gb"),
                                 Cli::tr("Dataset size on disk in GB (default: estimated from the run)."),
                                 QStringLiteral("GB")};
    QCommandLineOption checkpointsKept{QStringLiteral("checkpoints-kept"),
                                       Cli::tr("Checkpoints kept on disk (default 3)."), QStringLiteral("N")};
    QCommandLineOption json{QStringLiteral("json"), Cli::tr("Print JSON.")};
    QCommandLineOption hfConfig{
        QStringLiteral("hf-config"),
        Cli::tr("Architecture from a Hugging Face config.json (precision from its torch_dtype)."),
        QStringLiteral("FILE")};

    // The rest of the plan file's workload, and its name, notes and assumptions.
    QCommandLineOption fineTune{
        QStringLiteral("fine-tune"),
        Cli::tr("Fine-tuning method: full, lora or qlora (4-bit base). Implies --mode "
                "finetune."),
        QStringLiteral("METHOD")};
    QCommandLineOption loraRank{QStringLiteral("lora-rank"), Cli::tr("LoRA rank r (1 to 65536)."),
                                QStringLiteral("R")};
    QCommandLineOption loraTargets{
        QStringLiteral("lora-targets"),
        Cli::tr(
            "Projections with LoRA adapters: letters q, k, v, o (attention) and m (MLP), e.g. qv; or all."),
        QStringLiteral("LETTERS")};
    QCommandLineOption loraDropout{
        QStringLiteral("lora-dropout"),
        Cli::tr("PEFT lora_dropout, 0 to 0.99 (default 0.05; torchtune and Unsloth use 0)."),
        QStringLiteral("P")};
    QCommandLineOption technique{QStringLiteral("technique"), techniqueHelp(), QStringLiteral("NAME")};
    QCommandLineOption noMasterWeights{
        QStringLiteral("no-master-weights"),
        Cli::tr("Pure fp16/bf16/fp8: no fp32 master copy of the weights (plain model.to(bf16)).")};
    QCommandLineOption kvPrecision{
        QStringLiteral("kv-precision"),
        Cli::tr("Inference: KV-cache precision (fp32, fp16, bf16, fp8, int8, int4...)."),
        QStringLiteral("P")};
    QCommandLineOption profile{QStringLiteral("profile"), profileHelp(), QStringLiteral("NAME")};
    QCommandLineOption set{QStringLiteral("set"), setHelp(), QStringLiteral("KEY=VALUE")};
    QCommandLineOption name{QStringLiteral("name"), Cli::tr("Name the plan."), QStringLiteral("TEXT")};
    QCommandLineOption notes{QStringLiteral("notes"), Cli::tr("The plan's notes."), QStringLiteral("TEXT")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({preset,       gpu,
                      mode,         batch,
                      accumulation, seq,
                      image,        precision,
                      optimizer,    checkpointing,
                      flash,        eagerAttention,
                      context,      gpus,
                      nodes,        zero,
                      fsdp,         offload,
                      tp,           sp,
                      pp,           inFlight,
                      samples,      tokens,
                      datasetGb,    checkpointsKept,
                      json,         hfConfig,
                      fineTune,     loraRank,
                      loraTargets,  loraDropout,
                      technique,    noMasterWeights,
                      kvPrecision,  profile,
                      set,          name,
                      notes});
    }
    // --set's help: what it does and every assumption key with its unit.
    static QString setHelp();
    // --technique's help: every memory technique's name.
    static QString techniqueHelp();
    // --profile's help: every runtime profile's name.
    static QString profileHelp();
};

struct PlanSetup
{
    Plan plan;
    RunLength run;
    StorageInputs storage;
};

// Builds the plan from an optional file and the flags (flags override the file). Returns Ok or
// the exit code, having printed the error.
int buildPlan(const QCommandLineParser &p, const PlanOptions &o, bool requireSource, PlanSetup &setup);

} // namespace headroom::cli
