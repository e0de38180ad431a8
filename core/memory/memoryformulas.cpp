// The text beside each number: how the memory model got it, and where its constants come from.
#include "core/common/units.h"
#include "core/memory/losstemporary.h"
#include "core/memory/memoryinternal.h"
#include "core/memory/memorymodel.h"
#include "core/model/techniques.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace memory;

namespace {
// What a memory technique of the plan changes in a component's formula; empty when none does.
QString techniqueNote(Component c, const MemoryBreakdown &b, const CompiledModel &m, const Workload &w)
{
    const unsigned t = w.techniques;
    if (w.mode == Mode::Inference || t == 0)
        return {};
    if (c == Component::Temporaries && (t & TechniqueChunkedCrossEntropy))
        return MemoryModel::tr("; the loss is %1: %2 chunks of the output head, one upcast at a time")
            .arg(techniqueLabel(TechniqueChunkedCrossEntropy))
            .arg(kCrossEntropyChunks);
    if (c == Component::Temporaries && (t & TechniqueFusedCrossEntropy)) {
        LossShape l;
        l.rows = b.batch * (double(m.output.elements()) / std::max(1.0, m.outputClasses));
        l.classes = std::max(1.0, m.outputClasses);
        l.headInput = m.outputHeadInputFeatures;
        return MemoryModel::tr(
                   "; the loss is %1: about %2 chunks of the logits, the input gradient computed in "
                   "the forward")
            .arg(techniqueLabel(TechniqueFusedCrossEntropy))
            .arg(fusedCrossEntropyChunks(l), 0, 'f', 0);
    }
    if (c == Component::Gradients && (t & TechniqueOptimizerInBackward))
        return MemoryModel::tr(
                   "; %1: each parameter is stepped and its gradient freed as soon as it is complete, "
                   "so they never all exist")
            .arg(techniqueLabel(TechniqueOptimizerInBackward));
    if (c == Component::Activations && (t & TechniqueActivationOffload))
        return b.hostPinnedActivations > 0
                   ? MemoryModel::tr(
                         "; %1: the GPU keeps two blocks' saved tensors, %2 per node wait in pinned "
                         "host RAM")
                         .arg(techniqueLabel(TechniqueActivationOffload),
                              formatBytes(b.hostPinnedActivations))
                   : MemoryModel::tr(
                         "; %1 needs repeated blocks to stream, this model has none: nothing offloaded")
                         .arg(techniqueLabel(TechniqueActivationOffload));
    return {};
}
} // namespace

QString MemoryModel::formula(Component c, const MemoryBreakdown &b, const CompiledModel &m, const Workload &w,
                             const Assumptions &a)
{
    return formulaBody(c, b, m, w, a) + techniqueNote(c, b, m, w);
}

QString MemoryModel::formulaBody(Component c, const MemoryBreakdown &b, const CompiledModel &m,
                                 const Workload &w, const Assumptions &a)
{
    // Multi-GPU: the single-GPU formula, then what this GPU keeps of it.
    const ParallelLayout &L = b.layout;
    const bool sharded = L.gpus > 1 || L.tp > 1 || L.pp > 1 || L.zero > 0 || L.offload != CpuOffload::None;
    if (sharded && (c == Component::Weights || c == Component::Gradients || c == Component::Optimizer ||
                    c == Component::Activations || c == Component::KvCache)) {
        MemoryBreakdown one;
        compute(m, w, a, b.batch, one, ParallelLayout{});
        if (one[c] == b[c]) // replicated, not sharded: the single-GPU formula says it all
            return formulaBody(c, one, m, w, a);
        return tr("%1; this GPU keeps %2 (%3)")
            .arg(formulaBody(c, one, m, w, a), formatBytes(b[c]), ParallelismText::describe(L));
    }
    const Setup s = setupOf(w);
    const QString params = formatInteger(m.parameters);
    const QString trainable = formatInteger(s.peft ? m.adapterParameters : m.trainableParameters);
    const QString value = formatBytes(b[c]);
    switch (c) {
    case Component::Weights:
        if (s.qlora)
            return tr("%1 linear weights × %2 bytes (NF4 + double-quantised scales) + other weights × 2 "
                      "bytes + "
                      "%3 LoRA adapter parameters × 4 bytes = %4")
                .arg(formatInteger(m.quantisableParameters))
                .arg(kNf4Bytes, 0, 'f', 3)
                .arg(formatInteger(m.adapterParameters), value);
        if (s.peft)
            return tr("%1 frozen base parameters × %2 bytes (%3) + %4 LoRA adapter parameters × 4 bytes = %5")
                .arg(formatInteger(m.parameters - m.adapterParameters))
                .arg(s.traits.weightBytes)
                .arg(precisionName(w.precision), formatInteger(m.adapterParameters), value);
        if (!s.training && !s.traits.trainable)
            return tr("%1 linear weights × %2 bytes (%3 with a 16-bit scale per 128 weights) + other weights "
                      "× 2 "
                      "bytes = %4")
                .arg(formatInteger(m.quantisableParameters))
                .arg(s.traits.weightBytes, 0, 'f', 4)
                .arg(precisionName(w.precision), value);
        return tr("%1 parameters × %2 bytes (%3) = %4")
            .arg(params)
            .arg(s.traits.weightBytes)
            .arg(precisionName(w.precision), value);
    case Component::Gradients:
        if (!s.training)
            return tr("No gradients in inference.");
        if (b[c] < b.gradientsAllocated)
            return tr("%1 trainable parameters × %2 bytes = %3, allocated during backward while the "
                      "activations are freed: none are live at the peak, the start of backward (with "
                      "gradient accumulation, data parallelism or zero_grad(set_to_none=False) they stay "
                      "resident) = %4")
                .arg(trainable)
                .arg(s.peft ? kAdapterBytes : (s.traits.halfWeights ? 2.0 : 4.0))
                .arg(formatBytes(b.gradientsAllocated), value);
        return tr("%1 trainable parameters × %2 bytes = %3")
            .arg(trainable)
            .arg(s.peft ? kAdapterBytes : (s.traits.halfWeights ? 2.0 : 4.0))
            .arg(value);
    case Component::Optimizer:
        if (!s.training)
            return tr("No optimizer in inference.");
        return tr("%1 trainable parameters × state bytes of %2%3 = %4")
            .arg(trainable, optimizerName(w.optimizer),
                 b.masterWeights > 0 ? tr(" + 4-byte fp32 master copy") : QString(), value);
    case Component::Activations:
        if (!s.training)
            return tr("Largest layer's live inputs, outputs and scores, %1 per sequence × %2 sequences = %3")
                .arg(formatBytes(m.inferencePeakPerSample))
                .arg(b.batch)
                .arg(value);
        if (b.optimizerStepIsPeak)
            return tr("%1 saved for backward per sample × batch %2 + %3 shared, freed before the optimizer "
                      "step, which is the larger peak = %4")
                .arg(formatBytes(m.savedPerSample))
                .arg(b.batch)
                .arg(formatBytes(m.savedFixed), value);
        switch (w.checkpointing) {
        case Checkpointing::Full:
            return tr("Full checkpointing: %1 kept per sample (block inputs and layers outside blocks) + one "
                      "block recomputed, %2 per sample, × batch %3 = %4")
                .arg(formatBytes(m.checkpointStoredPerSample), formatBytes(m.largestUnitPerSample))
                .arg(b.batch)
                .arg(value);
        case Checkpointing::Selective:
            return tr("(%1 − %2 attention scores recomputed) per sample × batch %3 = %4")
                .arg(formatBytes(m.savedPerSample), formatBytes(m.attentionCorePerSample))
                .arg(b.batch)
                .arg(value);
        case Checkpointing::None:
            break;
        }
        return tr("%1 saved for backward per sample × batch %2 + %3 shared = %4 (linear in batch)")
            .arg(formatBytes(m.savedPerSample))
            .arg(b.batch)
            .arg(formatBytes(m.savedFixed), value);
    case Component::Temporaries:
        if (!s.training)
            return tr("Next-token logits %1 + workspace %2 = %3")
                .arg(formatBytes(b.lossTemporary), formatBytes(b.workspaceTemporary), value);
        if (b.optimizerStepIsPeak)
            return tr("The optimizer step is the peak: its scratch, one full-size temporary per parameter "
                      "group (torch.optim foreach) = %1")
                .arg(value);
        if (b.activationsRecompute > 0)
            return tr("Workspaces %1 + autocast weight copies %2 + the larger of the logits and loss %3 and "
                      "the "
                      "backward working set %4 + one recomputed block %5 (they follow each other), less that "
                      "block, which activations count = %6")
                .arg(formatBytes(b.workspaceTemporary), formatBytes(b.autocastCopies),
                     formatBytes(b.lossTemporary), formatBytes(b.backwardTemporary),
                     formatBytes(b.activationsRecompute), value);
        return tr("Workspaces %1 + autocast weight copies %2 + the larger of the logits and loss %3 and the "
                  "backward working set %4, which follow each other = %5")
            .arg(formatBytes(b.workspaceTemporary), formatBytes(b.autocastCopies),
                 formatBytes(b.lossTemporary), formatBytes(b.backwardTemporary), value);
    case Component::KvCache:
        if (s.training)
            return tr("No KV cache in training.");
        if (m.kvWindowTokens > 0 || m.recurrentStateElements > 0 ||
            m.kvLatentElementsPerToken != m.kvElementsPerToken) {
            auto count = [](double v) { return formatInteger(qint64(std::min(v, double(kSizeLimit)))); };
            const bool latent = a.value(AssumptionId::MlaLatentKvCache) != 0.0;
            const double full = latent ? m.kvLatentElementsPerToken : m.kvElementsPerToken;
            QStringList parts;
            if (full > 0) {
                if (m.kvLatentElementsPerToken == m.kvElementsPerToken)
                    parts << tr("%1 per token × %2 tokens").arg(count(full)).arg(w.contextLength);
                else if (latent)
                    parts
                        << tr("%1 per token (MLA latent, kv_lora_rank + qk_rope_head_dim per layer, as vLLM "
                              "and SGLang cache it) × %2 tokens")
                               .arg(count(full))
                               .arg(w.contextLength);
                else
                    parts << tr("%1 per token (MLA decompressed into K and V, as Hugging Face caches it; the "
                                "\"KV cache keeps the MLA latent\" assumption switches to the latent) × %2 "
                                "tokens")
                                 .arg(count(full))
                                 .arg(w.contextLength);
            }
            if (m.kvWindowElementsPerToken > 0)
                parts
                    << tr("%1 per token of sliding-window layers × %2 tokens (window − 1, as Hugging Face's "
                          "and vLLM's caches keep)")
                           .arg(count(m.kvWindowElementsPerToken))
                           .arg(std::min<qint64>(w.contextLength, std::max<qint64>(0, m.kvWindowTokens - 1)));
            if (m.recurrentStateElements > 0)
                parts << tr("%1 of Mamba state (convolution + SSM) per sequence")
                             .arg(count(m.recurrentStateElements));
            return tr("%1 = %2 elements per sequence × %3 sequences × %4 bytes = %5")
                .arg(parts.join(QStringLiteral(" + ")))
                .arg(count(MemoryModel::kvCacheElements(m, a, w.contextLength)))
                .arg(b.batch)
                .arg(kvCacheBytes(w.kvCachePrecision))
                .arg(value);
        }
        return tr("2 (K and V) × %1 layers × KV heads × head dim = %2 elements per token × %3 tokens × %4 "
                  "sequences × %5 bytes = %6")
            .arg(m.attentionLayers)
            .arg(formatInteger(qint64(std::min(m.kvElementsPerToken, double(kSizeLimit)))))
            .arg(w.contextLength)
            .arg(b.batch)
            .arg(kvCacheBytes(w.kvCachePrecision))
            .arg(value);
    case Component::Context:
        return tr("%1 MiB (assumption) = %2").arg(a.value(AssumptionId::CudaContextMiB)).arg(value);
    case Component::Fragmentation:
        return tr("%1% of the %2 allocated = %3")
            .arg(a.value(AssumptionId::AllocatorFragmentation) * 100.0, 0, 'g', 3)
            .arg(formatBytes(b.total - b[Component::Context] - b[Component::Fragmentation]), value);
    case Component::Count_:
        break;
    }
    return {};
}

QString MemoryModel::parallelismFormula(const MemoryBreakdown &b, const CompiledModel &m)
{
    const ParallelLayout &L = b.layout;
    if (L.gpus == 1 && L.zero == 0 && L.offload == CpuOffload::None)
        return {};
    QString s = tr("%1. Model states: %2% of the parameters on this GPU after TP/PP")
                    .arg(ParallelismText::describe(L))
                    .arg(b.modelStateShare * 100.0, 0, 'g', 4);
    if (L.zero >= 1)
        s += tr("; ZeRO-%1 shards %2 over %3 data-parallel ranks")
                 .arg(L.zero)
                 .arg(L.zero == 1   ? tr("optimizer states")
                      : L.zero == 2 ? tr("optimizer states and gradients")
                                    : tr("optimizer states, gradients and weights"))
                 .arg(L.dp);
    if (b.gatherBuffer > 0)
        s += tr("; gathered-block buffer 2 × %1 parameters = %2")
                 .arg(formatInteger(m.largestBlockParameters / L.tp), formatBytes(b.gatherBuffer));
    if (b.hostOffloadBytes > 0)
        s += tr("; %1 of host RAM per node holds the offloaded states").arg(formatBytes(b.hostOffloadBytes));
    if (L.tp > 1)
        s += L.sp ? tr("; activations sbh(34/t + 5as/(ht)) with sequence parallelism")
                  : tr("; activations sbh(10 + 24/t + 5as/(ht))");
    if (L.pp > 1) {
        s +=
            tr("; the first stage keeps its 1/%1 of the layers' activations for %2 micro-batch(es) in flight "
               "(1F1B: no more than the %3 the schedule allows, nor than the micro-batches per step)")
                .arg(L.pp)
                .arg(b.pipelineInFlight)
                .arg(L.inFlight);
    }
    return s + QLatin1Char('.');
}

QString MemoryModel::source(Component c)
{
    switch (c) {
    case Component::Weights:
        return tr(
            "Parameter counts from the architecture; bytes per dtype. Quantised formats: GPTQ/AWQ group size "
            "128; QLoRA NF4 (Dettmers et al. 2023).");
    case Component::Gradients:
        return tr("One gradient per trainable parameter in the parameter's dtype (fp32 under AMP).");
    case Component::Optimizer:
        return tr(
            "torch.optim state per parameter: momentum 1, Adam/AdamW 2 (exp_avg, exp_avg_sq), Lion 1; "
            "bitsandbytes 8-bit Adam 2 bytes; Adafactor factored rows + columns (Shazeer & Stern 2018); "
            "fp32 master weights in DeepSpeed/Megatron mixed precision (ZeRO paper: 16 bytes/param for "
            "mixed-precision Adam).");
    case Component::Activations:
        return tr("Tensors autograd saves for backward, layer by layer from shapes and PyTorch's derivative "
                  "formulas, deduplicated by storage; matches sbh(34 + 5as/h) of Korthikanti et al. 2022 for "
                  "transformer layers and is within 5% of saved_tensors_hooks measurements.");
    case Component::Temporaries:
        return tr(
            "Largest short-lived tensors at the start of backward: logits, log-softmax and their gradient; "
            "the largest layer's input and output gradients; cuBLAS/cuDNN workspace; autocast's cached "
            "half-precision weight copies.");
    case Component::KvCache:
        return tr(
            "2 · layers · kv_heads · head_dim · tokens · sequences · bytes (vLLM, Hugging Face cache).");
    case Component::Context:
        return Assumptions::source(AssumptionId::CudaContextMiB);
    case Component::Fragmentation:
        return Assumptions::source(AssumptionId::AllocatorFragmentation);
    case Component::Count_:
        break;
    }
    return {};
}

} // namespace headroom
