#include "core/memory/memorymodel.h"

#include "core/common/units.h"
#include "core/memory/losstemporary.h"
#include "core/memory/memoryinternal.h"
#include "core/model/techniques.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace memory;

namespace {

double stateCount(Optimizer o)
{
    switch (o) {
    case Optimizer::SGD:
        return 0;
    case Optimizer::Momentum:
    case Optimizer::Lion:
        return 1;
    case Optimizer::Adam:
    case Optimizer::AdamW:
        return 2;
    default:
        return 0; // 8-bit Adam and Adafactor are sized separately
    }
}

// Fills everything that does not depend on the GPU.
// Model states of one GPU in a multi-GPU job. Tensor parallelism splits the attention/MLP/MoE
// weights and the vocab-parallel embedding over t ranks, pipeline parallelism the layers over p
// stages (the most loaded stage keeps every non-layer parameter: embeddings, head, final norm; an
// upper bound, as Megatron's theoretical_memory_usage.py counts the embedding on the first stage).
// ZeRO (Rajbhandari et al. 2020, figure 1) then shards over the dp data-parallel ranks: stage 1
// the optimizer states with the fp32 master copy, 2K/Nd -> (2+2)P + KP/Nd; stage 2 also the
// gradients, 2P + (2+K)P/Nd; stage 3 also the weights, (2+2+K)P/Nd, plus the gathered block
// (largest block's parameters in the weight dtype, x2 for prefetching the next one; FSDP's
// limit_all_gathers keeps at most two in flight). Offload (Ren et al. 2021, ZeRO-Offload) moves
// the optimizer states, master weights and fp32 gradients (16 bytes/parameter with Adam), and with
// `params` the weight shard as well, to host RAM.
void applyModelStateSharding(const CompiledModel &m, const Setup &s, const ParallelLayout &L,
                             MemoryBreakdown &b)
{
    double *c = b.component;
    b.layout = L;
    if (L.tp > 1 || L.pp > 1) {
        const double P = double(m.parameters);
        const double layers = double(m.parallelLayerParameters), emb = double(m.embeddingParameters);
        const double perGpu = (P - layers - emb) + emb / L.tp + layers / (double(L.tp) * L.pp);
        b.modelStateShare = P > 0 ? perGpu / P : 1.0;
        c[int(Component::Weights)] *= b.modelStateShare;
        c[int(Component::Gradients)] *= b.modelStateShare;
        c[int(Component::Optimizer)] *= b.modelStateShare;
        b.masterWeights *= b.modelStateShare;
        b.optimizerStepScratch *= b.modelStateShare;
        b.autocastCopies *= b.modelStateShare;
    }
    const double dp = L.dp;
    const double gradientsBeforeShard = c[int(Component::Gradients)];
    if (L.zero >= 1 && L.dp > 1) {
        c[int(Component::Optimizer)] /= dp;
        b.masterWeights /= dp;
        b.optimizerStepScratch /= dp;
    }
    if (L.zero >= 2 && L.dp > 1)
        c[int(Component::Gradients)] /= dp;
    if (L.zero >= 3) {
        if (L.dp > 1)
            c[int(Component::Weights)] /= dp;
        b.gatherBuffer = 2.0 * double(m.largestBlockParameters) / L.tp * s.traits.weightBytes;
        c[int(Component::Weights)] += b.gatherBuffer;
    }
    if (L.offload != CpuOffload::None && s.training) {
        // Host keeps this GPU's optimizer shard and an fp32 gradient shard (DeepSpeed's CPU Adam).
        const double fp32Grads =
            gradientsBeforeShard / std::max(1.0, dp) * (s.traits.halfWeights ? 2.0 : 1.0);
        double host = c[int(Component::Optimizer)] + fp32Grads;
        c[int(Component::Optimizer)] = 0;
        c[int(Component::Gradients)] = 0; // reduced per bucket and copied out (DeepSpeed estimator: GPU 2P)
        b.optimizerStepScratch = 0;
        if (L.offload == CpuOffload::Params && L.zero >= 3) {
            host += c[int(Component::Weights)] - b.gatherBuffer;
            c[int(Component::Weights)] = b.gatherBuffer;
        }
        b.hostOffloadBytes = host * L.gpusPerNode();
    }
}

// Activations of one GPU: Korthikanti et al. 2022, eq. 2-4. Tensor parallelism splits what
// attention/MLP/MoE produce inside (24sbh + 5as²b of a transformer layer's 34sbh + 5as²b), so a
// layer keeps sbh(10 + 24/t + 5as/(ht)); sequence parallelism splits the rest too,
// sbh(34/t + 5as/(ht)). Pipeline parallelism: a stage holds L/p layers, and under 1F1B the first
// stage keeps the activations of p micro-batches in flight (Narayanan et al. 2021), min(p, m).
void applyActivationSharding(const CompiledModel &m, const Workload &w, const ParallelLayout &L, double B,
                             MemoryBreakdown &b)
{
    double *c = b.component;
    if (L.tp > 1) {
        const double t = L.tp;
        const double saved = m.savedPerSample;
        const double split =
            L.sp ? saved / t : (saved - m.tensorParallelSavedPerSample) + m.tensorParallelSavedPerSample / t;
        const double ratio = saved > 0 ? split / saved : 1.0;
        switch (w.checkpointing) {
        case Checkpointing::None:
            b.activationsStored = B * split + m.savedFixed;
            break;
        case Checkpointing::Selective:
            b.activationsStored = B * (split - m.attentionCorePerSample / t) + m.savedFixed;
            break;
        case Checkpointing::Full:
            b.activationsStored = B * (L.sp ? m.checkpointStoredPerSample / t : m.checkpointStoredPerSample) +
                                  m.checkpointStoredFixed;
            b.activationsRecompute = B * m.largestUnitPerSample * ratio;
            break;
        }
        // Megatron's vocab-parallel cross entropy keeps 1/t of the logits on each rank.
        b.lossTemporary /= t;
        if (L.sp)
            b.backwardTemporary /= t;
    }
    if (L.pp > 1) {
        // 1F1B (Narayanan et al. 2021): the first stage holds one micro-batch per stage still to
        // finish, but never more than the step has.
        b.pipelineInFlight = std::min(L.inFlight, std::max(1, w.gradientAccumulation));
        b.activationsStored *= double(b.pipelineInFlight) / L.pp;
        b.activationsRecompute /= L.pp;
    }
    c[int(Component::Activations)] = b.activationsStored + b.activationsRecompute;
}

// torchtune's activation offloading (training/_activation_offloading.py, OffloadActivations):
// saved tensors go to pinned host memory on a side stream as the forward produces them and come
// back for backward; the GPU keeps about two repeated blocks' worth (the one computing and the
// one in transfer). Models without repeated blocks keep everything on the GPU.
void offloadActivations(const CompiledModel &m, const Workload &w, const ParallelLayout &L, double B,
                        MemoryBreakdown &b)
{
    if (!(w.techniques & TechniqueActivationOffload) || m.checkpointUnits < 2)
        return;
    const double kept = std::min(b.activationsStored, 2.0 * B * m.largestUnitPerSample);
    b.hostPinnedActivations = (b.activationsStored - kept) * L.gpusPerNode();
    b.activationsStored = kept;
}

} // namespace

void memory::compute(const CompiledModel &m, const Workload &w, const Assumptions &a, int batch,
                     MemoryBreakdown &b, const ParallelLayout &L)
{
    const Setup s = setupOf(w);
    const double B = batch;
    const double P = double(m.parameters);
    const double adapters = double(m.adapterParameters);
    const double base = P - adapters;
    double *c = b.component;
    b = MemoryBreakdown{};
    b.batch = batch;
    b.layout = L;
    const bool multiGpu =
        s.training && (L.gpus > 1 || L.tp > 1 || L.pp > 1 || L.zero > 0 || L.offload != CpuOffload::None);

    // Weights.
    if (!s.training && !s.traits.trainable) {
        const double quantised = double(m.quantisableParameters);
        c[int(Component::Weights)] = quantised * s.traits.weightBytes + (P - quantised) * 2.0;
    } else if (s.qlora) {
        const double quantised = double(m.quantisableParameters);
        c[int(Component::Weights)] =
            quantised * kNf4Bytes + (base - quantised) * 2.0 + adapters * kAdapterBytes;
    } else if (s.peft) {
        c[int(Component::Weights)] = base * s.traits.weightBytes + adapters * kAdapterBytes;
    } else {
        c[int(Component::Weights)] = P * s.traits.weightBytes;
    }

    // Gradients, optimizer states, the optimizer step's scratch.
    if (s.training) {
        const double trainable = s.peft ? adapters : double(m.trainableParameters);
        const double paramBytes = s.peft ? kAdapterBytes : (s.traits.halfWeights ? 2.0 : 4.0);
        const bool master = !s.peft && s.traits.halfWeights && w.masterWeights;
        const double stateBytes = (s.peft || master || !s.traits.halfWeights) ? 4.0 : 2.0;
        c[int(Component::Gradients)] = trainable * paramBytes;
        double states = 0;
        switch (w.optimizer) {
        case Optimizer::Adam8bit:
            states = trainable * kAdam8bitBytes;
            break;
        case Optimizer::Adafactor:
            states = (s.peft ? trainable : m.adafactorStateElements) * stateBytes;
            b.optimizerStepScratch = states;
            break;
        default:
            states = trainable * stateCount(w.optimizer) * stateBytes;
            // torch.optim's foreach Adam/Lion builds one full-size temporary (sqrt of v, or the
            // interpolated update) per parameter group; fused kernels and per-parameter loops do not
            // (the optimizer_step_temporary assumption, set by the runtime profile).
            if (w.optimizer != Optimizer::SGD && w.optimizer != Optimizer::Momentum &&
                a.value(AssumptionId::OptimizerStepTemporary) != 0.0)
                b.optimizerStepScratch = trainable * stateBytes;
            break;
        }
        b.masterWeights = master ? trainable * 4.0 : 0.0;
        c[int(Component::Optimizer)] = states + b.masterWeights;
    }

    // Activations.
    if (s.training) {
        switch (w.checkpointing) {
        case Checkpointing::None:
            b.activationsStored = B * m.savedPerSample + m.savedFixed;
            break;
        case Checkpointing::Selective:
            b.activationsStored = B * (m.savedPerSample - m.attentionCorePerSample) + m.savedFixed;
            break;
        case Checkpointing::Full:
            b.activationsStored = B * m.checkpointStoredPerSample + m.checkpointStoredFixed;
            b.activationsRecompute = B * m.largestUnitPerSample;
            break;
        }
        if (!multiGpu) // on several GPUs, after sharding has set this GPU's share
            offloadActivations(m, w, L, B, b);
    } else {
        b.activationsStored = B * m.inferencePeakPerSample;
    }
    c[int(Component::Activations)] = b.activationsStored + b.activationsRecompute;

    // Temporaries.
    const double outElems = double(m.output.elements());
    const double classes = std::max(1.0, m.outputClasses);
    const double outBytes = m.outputElementBytes;
    const bool lossFp32 = a.value(AssumptionId::LossInFp32) != 0.0;
    b.workspaceTemporary = a.value(AssumptionId::CublasWorkspaceMiB) * kMiB +
                           (m.hasConvolutions ? a.value(AssumptionId::ConvWorkspaceMiB) * kMiB : 0.0);
    if (s.training) {
        LossShape loss;
        loss.logits = B * outElems;
        loss.rows = B * (outElems / classes);
        loss.classes = classes;
        loss.headInput = m.outputHeadInputFeatures;
        loss.outBytes = outBytes;
        loss.lossFp32 = lossFp32;
        loss.headGradient =
            s.peft ? 0.0 : classes * m.outputHeadInputFeatures * (s.traits.halfWeights ? 2.0 : 4.0);
        b.lossTemporary = lossTemporaryBytes(loss, w.techniques);
        b.backwardTemporary = B * m.largestLayerIoPerSample;
        b.autocastCopies = s.traits.autocast ? double(m.autocastWeightParameters) * 2.0 : 0.0;
        if (multiGpu) {
            applyModelStateSharding(m, s, L, b);
            applyActivationSharding(m, w, L, B, b);
            // What this GPU keeps after sharding, offloaded.
            offloadActivations(m, w, L, B, b);
            c[int(Component::Activations)] = b.activationsStored + b.activationsRecompute;
        }
        // The loss's logits and gradients are live only until the output head's backward; the
        // body's working set (and a checkpointed block's recomputation, counted in activations)
        // comes after them. So the larger of the two counts, not their sum (measured on an H200:
        // GPT-2 and Llama peaks are saved activations + the three loss tensors).
        const double afterLoss = b.backwardTemporary + b.activationsRecompute;
        const double forwardBackward = b.workspaceTemporary + b.autocastCopies +
                                       std::max(b.lossTemporary, afterLoss) - b.activationsRecompute;
        // Gradients persist through the next forward with accumulation, and DDP/ZeRO keep them
        // in their buckets; otherwise set_to_none frees them and backward allocates them while
        // freeing activations, so the two peaks are the start of backward and the step.
        const double grads = c[int(Component::Gradients)];
        // torchtune's optimizer_in_bwd steps each parameter from its post-accumulate-grad hook and
        // frees the gradient there: no step phase, and the gradients never all exist.
        const bool stepInBackward = (w.techniques & TechniqueOptimizerInBackward) != 0;
        const bool gradsPersist = !stepInBackward && (w.gradientAccumulation > 1 || multiGpu ||
                                                      a.value(AssumptionId::GradientsFreedAfterStep) == 0.0);
        b.gradientsAllocated = grads;
        const double backwardPeak =
            c[int(Component::Activations)] + forwardBackward + (gradsPersist ? grads : 0.0);
        const double stepPeak = stepInBackward ? 0.0 : grads + b.optimizerStepScratch;
        b.optimizerStepIsPeak = stepPeak > backwardPeak;
        if (b.optimizerStepIsPeak) {
            c[int(Component::Activations)] = 0; // freed by the end of backward
            c[int(Component::Temporaries)] = b.optimizerStepScratch;
        } else {
            c[int(Component::Gradients)] = gradsPersist ? grads : 0.0;
            c[int(Component::Temporaries)] = forwardBackward;
        }
    } else {
        // Next-token logits (upcast to fp32 for sampling) for each sequence.
        b.lossTemporary = B * classes * (outBytes + 4.0);
        c[int(Component::Temporaries)] = b.lossTemporary + b.workspaceTemporary;
    }

    // KV cache.
    // KV cache: full-attention layers keep every token of the context, sliding-window layers
    // their window less one (Hugging Face's DynamicSlidingWindowLayer keeps window − 1 tokens:
    // 4,095 measured for Mistral's 4,096; vLLM's SlidingWindowSpec.max_memory_usage_bytes,
    // vllm/v1/kv_cache_interface.py, the same window − 1 plus the tokens scheduled in one step),
    // state-space layers a fixed state per sequence.
    if (!s.training)
        c[int(Component::KvCache)] =
            MemoryModel::kvCacheElements(m, a, w.contextLength) * B * kvCacheBytes(w.kvCachePrecision);

    // Inference with tensor or pipeline parallelism (vLLM, TensorRT-LLM): each GPU holds its
    // share of the weights, its heads' (TP) and layers' (PP) slice of the KV cache, and 1/t of
    // the heads' working set.
    if (!s.training && (L.tp > 1 || L.pp > 1)) {
        applyModelStateSharding(m, s, L, b);
        c[int(Component::KvCache)] /= double(L.tp) * L.pp;
        b.activationsStored /= L.tp;
        c[int(Component::Activations)] = b.activationsStored;
    }

    c[int(Component::Context)] = a.value(AssumptionId::CudaContextMiB) * kMiB;
    double allocated = 0;
    for (int i = 0; i < kComponentCount; ++i)
        if (i != int(Component::Context) && i != int(Component::Fragmentation))
            allocated += c[i];
    c[int(Component::Fragmentation)] = allocated * a.value(AssumptionId::AllocatorFragmentation);
    b.total = allocated + c[int(Component::Context)] + c[int(Component::Fragmentation)];
}

QString componentId(Component c)
{
    static const char *const ids[] = {"weights",     "gradients", "optimizer", "activations",
                                      "temporaries", "kv_cache",  "context",   "fragmentation"};
    return QString::fromLatin1(ids[int(c)]);
}

QString componentName(Component c)
{
    switch (c) {
    case Component::Weights:
        return MemoryModel::tr("Weights");
    case Component::Gradients:
        return MemoryModel::tr("Gradients");
    case Component::Optimizer:
        return MemoryModel::tr("Optimizer states");
    case Component::Activations:
        return MemoryModel::tr("Activations");
    case Component::Temporaries:
        return MemoryModel::tr("Temporaries");
    case Component::KvCache:
        return MemoryModel::tr("KV cache");
    case Component::Context:
        return MemoryModel::tr("CUDA context");
    case Component::Fragmentation:
        return MemoryModel::tr("Allocator reserve");
    case Component::Count_:
        break;
    }
    return {};
}

double MemoryModel::kvCacheElements(const CompiledModel &m, const Assumptions &a, int context)
{
    const double full =
        a.value(AssumptionId::MlaLatentKvCache) != 0.0 ? m.kvLatentElementsPerToken : m.kvElementsPerToken;
    const double window = std::min<double>(context, double(std::max<qint64>(0, m.kvWindowTokens - 1)));
    return full * double(context) + m.kvWindowElementsPerToken * window + m.recurrentStateElements;
}

double MemoryModel::totalAt(const CompiledModel &model, const Workload &workload,
                            const Assumptions &assumptions, int batch, const ParallelLayout &layout)
{
    MemoryBreakdown b;
    compute(model, workload, assumptions, batch, b, layout);
    return b.total;
}

qint64 MemoryModel::solveMaxBatch(const CompiledModel &model, const Workload &workload,
                                  const Assumptions &assumptions, double bytes, qint64 limit,
                                  const ParallelLayout &layout)
{
    // Every component is non-decreasing in the batch (activations + temporaries is
    // max(activations + forward temporaries, step scratch)), so bisection finds the boundary.
    if (!model.ok() || totalAt(model, workload, assumptions, 1, layout) > bytes)
        return 0;
    qint64 lo = 1, hi = 2;
    while (hi <= limit && totalAt(model, workload, assumptions, int(hi), layout) <= bytes) {
        lo = hi;
        hi *= 2;
    }
    hi = std::min(hi, limit + 1);
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (totalAt(model, workload, assumptions, int(mid), layout) <= bytes)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

MemoryBreakdown MemoryModel::evaluate(const CompiledModel &model, const Workload &workload,
                                      const Assumptions &assumptions, const GpuSpec *gpu,
                                      const ParallelLayout &layout)
{
    MemoryBreakdown b;
    if (!model.ok())
        return b;
    compute(model, workload, assumptions, workload.microBatch, b, layout);
    if (!gpu)
        return b;
    b.capacity = gpu->capacityBytes();
    b.driverReserve = gpu->driverReserveBytes();
    b.visible = b.capacity - b.driverReserve;
    b.usable = b.visible - b[Component::Context];
    b.fits = b.total <= b.visible;
    b.headroomBytes = b.visible - b.total;
    b.headroomFraction = b.visible > 0 ? b.headroomBytes / b.visible : 0;
    b.maxBatch = solveMaxBatch(model, workload, assumptions, b.visible, 1 << 24, layout);
    return b;
}

} // namespace headroom
