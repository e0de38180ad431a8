#include "core/model/runtimeprofile.h"

#include "core/model/techniques.h"

#include <QCoreApplication>
#include <array>

// Strings use QCoreApplication::translate("RuntimeProfile", ...), the context RuntimeProfileText
// declares.

namespace headroom {

namespace {

constexpr std::array<EnumName<RuntimeProfile>, 8> kNames{{
    {RuntimeProfile::Custom, "custom", QT_TRANSLATE_NOOP("RuntimeProfile", "Custom (no profile)")},
    {RuntimeProfile::PyTorch1, "pytorch1", QT_TRANSLATE_NOOP("RuntimeProfile", "PyTorch 1.x")},
    {RuntimeProfile::PyTorch2, "pytorch2", QT_TRANSLATE_NOOP("RuntimeProfile", "PyTorch 2.x eager")},
    {RuntimeProfile::HfTrainer, "hf-trainer", QT_TRANSLATE_NOOP("RuntimeProfile", "Hugging Face Trainer")},
    {RuntimeProfile::Torchtune, "torchtune", QT_TRANSLATE_NOOP("RuntimeProfile", "torchtune")},
    {RuntimeProfile::LitGpt, "litgpt", QT_TRANSLATE_NOOP("RuntimeProfile", "LitGPT")},
    {RuntimeProfile::Unsloth, "unsloth", QT_TRANSLATE_NOOP("RuntimeProfile", "Unsloth")},
    {RuntimeProfile::DeepSpeed, "deepspeed", QT_TRANSLATE_NOOP("RuntimeProfile", "DeepSpeed")},
}};

// CUDA context figures by era (the cuda_context_mib assumption's source has the measurements):
// before CUDA 11.7 every kernel of every library loaded at start-up; from 11.7 (PyTorch 1.13 sets
// CUDA_MODULE_LOADING=LAZY, pytorch/pytorch#86509) only the kernels a run uses.
constexpr double kEagerLoadingContextMiB = 1343; // V100, CUDA 11.2 (Hugging Face docs)
constexpr double kLazyLoadingContextMiB = 768;   // H200, CUDA 13, a whole training step (715-781)

const std::array<RuntimeProfileInfo, 8> &table()
{
    static const std::array<RuntimeProfileInfo, 8> rows{{
        {RuntimeProfile::Custom,
         "custom",
         kNames[0].label,
         QT_TRANSLATE_NOOP("RuntimeProfile", "No framework's defaults: every setting is the plan's own."),
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {},
         {}},
        {RuntimeProfile::PyTorch1,
         "pytorch1",
         kNames[1].label,
         QT_TRANSLATE_NOOP(
             "RuntimeProfile",
             "PyTorch 1.x with the Hugging Face stack of its time: zero_grad() kept gradients allocated "
             "(set_to_none=False until PyTorch 2.0), transformers' AdamW (adamw_hf) stepped one "
             "parameter at a time with no full-size temporary, attention was eager (SDPA arrived in "
             "2.0), and CUDA before 11.7 loaded every kernel at start-up: 1,343 MiB of context on a "
             "V100 with CUDA 11.2 (Hugging Face, \"Efficient training on a single GPU\")."),
         false,
         false,
         {},
         {},
         false,
         true,
         kEagerLoadingContextMiB,
         0u,
         {}},
        {RuntimeProfile::PyTorch2,
         "pytorch2",
         kNames[2].label,
         QT_TRANSLATE_NOOP(
             "RuntimeProfile",
             "A plain PyTorch 2.x training loop: zero_grad(set_to_none=True) frees gradients, "
             "torch.optim picks the foreach Adam/AdamW on CUDA (one state-sized temporary in step()), "
             "lazy kernel loading: 715-781 MiB of context measured on an H200 (Headroom's calibration "
             "runs). Attention is whatever the model's code calls."),
         true,
         true,
         {},
         {},
         {},
         true,
         kLazyLoadingContextMiB,
         0u,
         {}},
        {RuntimeProfile::HfTrainer,
         "hf-trainer",
         kNames[3].label,
         QT_TRANSLATE_NOOP(
             "RuntimeProfile",
             "transformers' Trainer on PyTorch >= 2.8: optim defaults to adamw_torch_fused "
             "(training_args.py), so the step needs no full-size temporary; models load with "
             "attn_implementation=\"sdpa\" (the default since transformers 4.36); logits are upcast "
             "to fp32 for the loss; gradients are freed with set_to_none. bf16=True is autocast "
             "(BF16 mixed precision), so the weights stay fp32."),
         true,
         false,
         {},
         {},
         true,
         true,
         kLazyLoadingContextMiB,
         0u,
         {}},
        {RuntimeProfile::Torchtune, "torchtune", kNames[4].label,
         QT_TRANSLATE_NOOP(
             "RuntimeProfile",
             "torchtune's recipes: dtype bf16 converts the model (pure BF16) with no fp32 master "
             "copy and optimizer states in bf16; the configs use torch.optim.AdamW with fused=True; "
             "the loss is CEWithChunkedOutputLoss (8 chunks); attention is "
             "F.scaled_dot_product_attention; LoRA configs set lora_dropout: 0.0."),
         true, false, false, Precision::BF16, true, true, kLazyLoadingContextMiB,
         unsigned(TechniqueChunkedCrossEntropy), 0.0},
        {RuntimeProfile::LitGpt, "litgpt", kNames[5].label,
         QT_TRANSLATE_NOOP(
             "RuntimeProfile",
             "LitGPT's finetune scripts: precision bf16-true (pure BF16, no master copy), "
             "torch.optim.AdamW built by instantiate_torch_optimizer without a fused flag (foreach), "
             "the LM head and loss in chunks (lm_head_chunk_size=128 and chunked_cross_entropy, "
             "modelled as chunked cross-entropy), SDPA attention, lora_dropout 0.05."),
         true, true, false, Precision::BF16, true, true, kLazyLoadingContextMiB,
         unsigned(TechniqueChunkedCrossEntropy), 0.05},
        {RuntimeProfile::Unsloth,
         "unsloth",
         kNames[6].label,
         QT_TRANSLATE_NOOP(
             "RuntimeProfile",
             "Unsloth's fine-tuning: its fused linear cross-entropy (the logits never exist in full), "
             "flash/SDPA attention, lora_dropout 0 (the value its fast LoRA path needs), the Trainer's "
             "fused AdamW step. Its offloaded gradient checkpointing is not modelled separately: choose "
             "full checkpointing."),
         true,
         false,
         false,
         {},
         true,
         true,
         kLazyLoadingContextMiB,
         unsigned(TechniqueFusedCrossEntropy),
         0.0},
        {RuntimeProfile::DeepSpeed,
         "deepspeed",
         kNames[7].label,
         QT_TRANSLATE_NOOP(
             "RuntimeProfile",
             "DeepSpeed's engine: bf16/fp16 training keeps fp32 master weights and fp32 Adam states "
             "(runtime/bf16_optimizer.py, fp16/fused_optimizer.py); FusedAdam updates in place with "
             "multi_tensor_apply (ops/adam/fused_adam.py), so no full-size temporary."),
         true,
         false,
         true,
         {},
         {},
         true,
         kLazyLoadingContextMiB,
         0u,
         {}},
    }};
    return rows;
}

bool differs(const std::optional<bool> &want, bool have)
{
    return want && *want != have;
}

} // namespace

template<> std::span<const EnumName<RuntimeProfile>> enumNames<RuntimeProfile>()
{
    return kNames;
}

const RuntimeProfileInfo &runtimeProfileInfo(RuntimeProfile p)
{
    return table()[static_cast<std::size_t>(p)];
}

QString runtimeProfileId(RuntimeProfile p)
{
    return QString::fromLatin1(runtimeProfileInfo(p).id);
}

std::optional<RuntimeProfile> runtimeProfileFromId(const QString &id)
{
    for (const RuntimeProfileInfo &info : table())
        if (id.compare(QLatin1String(info.id), Qt::CaseInsensitive) == 0)
            return info.profile;
    return std::nullopt;
}

QString runtimeProfileName(RuntimeProfile p)
{
    return QCoreApplication::translate("RuntimeProfile", runtimeProfileInfo(p).label);
}

QString runtimeProfileSource(RuntimeProfile p)
{
    return QCoreApplication::translate("RuntimeProfile", runtimeProfileInfo(p).source);
}

void applyRuntimeProfile(RuntimeProfile p, Workload &w, Assumptions &a)
{
    const RuntimeProfileInfo &info = runtimeProfileInfo(p);
    w.runtimeProfile = p;
    if (info.gradientsFreed)
        a.set(AssumptionId::GradientsFreedAfterStep, *info.gradientsFreed ? 1 : 0);
    if (info.optimizerTemporary)
        a.set(AssumptionId::OptimizerStepTemporary, *info.optimizerTemporary ? 1 : 0);
    if (info.lossInFp32)
        a.set(AssumptionId::LossInFp32, *info.lossInFp32 ? 1 : 0);
    if (info.cudaContextMiB)
        a.set(AssumptionId::CudaContextMiB, *info.cudaContextMiB);
    if (info.masterWeights)
        w.masterWeights = *info.masterWeights;
    if (info.precision && w.mode != Mode::Inference)
        w.precision = *info.precision;
    if (info.fusedAttention)
        w.flashAttention = *info.fusedAttention;
    if (info.techniques && w.mode != Mode::Inference)
        w.techniques = *info.techniques;
    if (info.loraDropout)
        w.loraDropout = *info.loraDropout;
}

QStringList runtimeProfileEdits(const Workload &w, const Assumptions &a)
{
    const RuntimeProfileInfo &info = runtimeProfileInfo(w.runtimeProfile);
    QStringList edits;
    auto assumption = [&](const std::optional<bool> &want, AssumptionId id) {
        if (differs(want, a.value(id) != 0.0))
            edits << Assumptions::label(id);
    };
    assumption(info.gradientsFreed, AssumptionId::GradientsFreedAfterStep);
    assumption(info.optimizerTemporary, AssumptionId::OptimizerStepTemporary);
    assumption(info.lossInFp32, AssumptionId::LossInFp32);
    if (info.cudaContextMiB && *info.cudaContextMiB != a.value(AssumptionId::CudaContextMiB))
        edits << Assumptions::label(AssumptionId::CudaContextMiB);
    const bool training = w.mode != Mode::Inference;
    // Master weights only exist for full training in pure 16-bit (LoRA trains fp32 adapters).
    const bool peft = w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full;
    const PrecisionTraits traits = precisionTraits(w.precision);
    const bool masterApplies = training && !peft && traits.halfWeights && !traits.autocast;
    if (masterApplies && differs(info.masterWeights, w.masterWeights))
        edits << RuntimeProfileText::tr("master weights");
    if (training && info.precision && *info.precision != w.precision)
        edits << RuntimeProfileText::tr("precision");
    if (differs(info.fusedAttention, w.flashAttention))
        edits << RuntimeProfileText::tr("attention kernel");
    if (training && info.techniques && *info.techniques != w.techniques)
        edits << RuntimeProfileText::tr("memory techniques");
    if (w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full && info.loraDropout &&
        *info.loraDropout != w.loraDropout)
        edits << RuntimeProfileText::tr("LoRA dropout");
    return edits;
}

QString runtimeProfileSummary(const Workload &w, const Assumptions &a)
{
    const QStringList edits = runtimeProfileEdits(w, a);
    const QString name = runtimeProfileName(w.runtimeProfile);
    if (edits.isEmpty() || w.runtimeProfile == RuntimeProfile::Custom)
        return name;
    return RuntimeProfileText::tr("%1 (edited: %2)").arg(name, edits.join(QStringLiteral(", ")));
}

} // namespace headroom
