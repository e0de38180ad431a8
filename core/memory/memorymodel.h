#pragma once

#include "core/hardware/gpucatalog.h"
#include "core/hardware/parallelism.h"
#include "core/model/assumptions.h"
#include "core/model/workload.h"
#include "core/simulate/compiledmodel.h"

#include <QCoreApplication>

namespace headroom {

enum class Component {
    Weights,
    Gradients,
    Optimizer,
    Activations,
    Temporaries,
    KvCache,
    Context,
    Fragmentation,
    Count_
};
constexpr int kComponentCount = static_cast<int>(Component::Count_);

QString componentId(Component c);   // JSON name: "weights", "kv_cache", ...
QString componentName(Component c); // translated

// Peak memory of one GPU for one plan, in bytes, by component, plus the capacity it is checked
// against. Plain numbers: building it does no string work and allocates nothing.
struct MemoryBreakdown
{
    double component[kComponentCount] = {};
    double total = 0;
    int batch = 0;

    // Parts of the components, for the explanation texts and charts.
    double activationsStored = 0;    // kept from the forward pass until backward
    double activationsRecompute = 0; // one checkpoint unit recomputed during backward
    double lossTemporary = 0;        // logits, their fp32 copy, log-softmax and its gradient
    double backwardTemporary = 0;    // gradients of the largest layer's input and output
    double workspaceTemporary = 0;   // cuBLAS / cuDNN workspaces
    double autocastCopies = 0;       // half-precision weight copies autocast keeps for backward
    double optimizerStepScratch = 0; // foreach optimizer temporaries during step()
    double masterWeights = 0;        // fp32 master copy, counted in optimizer states
    // Training: all gradients of a step. They are counted at the peak only where they are live
    // then (see MemoryModel): with gradient accumulation or data parallelism, or when the
    // optimizer step is the peak; otherwise the Gradients component is 0.
    double gradientsAllocated = 0;
    bool optimizerStepIsPeak = false; // the peak is the optimizer step, after activations are freed

    // Multi-GPU (all zero on one GPU without offload).
    ParallelLayout layout;
    int pipelineInFlight =
        1; // micro-batches the first pipeline stage holds: min(p or --in-flight, accumulation)
    double modelStateShare = 1;  // share of the model's parameters this GPU's TP/PP shard holds
    double gatherBuffer = 0;     // ZeRO-3/FSDP: gathered block parameters (with prefetch), in weights
    double hostOffloadBytes = 0; // ZeRO-Offload: optimizer states, fp32 gradients (and parameters) per node
    double hostPinnedActivations = 0; // activation offloading: saved tensors in pinned host RAM per node

    double capacity = 0;      // marketed GPU memory
    double driverReserve = 0; // not visible to applications (ECC, driver)
    double visible = 0;       // what nvidia-smi reports as total
    double usable = 0;        // visible minus CUDA context: what tensors can use
    bool fits = false;
    double headroomBytes = 0;    // visible - total (negative when it does not fit)
    double headroomFraction = 0; // headroomBytes / visible
    qint64 maxBatch = 0;         // largest micro-batch (inference: concurrent sequences) that fits

    double operator[](Component c) const { return component[static_cast<int>(c)]; }
};

// The memory model: what a PyTorch training or inference step holds on one GPU at its peak.
// Training peak = weights + optimizer states + the larger of two moments: the start of backward
// (activations + loss and backward temporaries, plus gradients only where they persist between
// steps: gradient accumulation, data parallelism) and the optimizer step (all gradients + the
// step's scratch). PyTorch's zero_grad(set_to_none=True) frees gradients after each step and
// autograd allocates them while it frees activations, so on one GPU they do not add to the
// activation peak (measured on an H200: tests/data/calibration/cuda_h200.json). Inference: weights
// + KV cache + the largest layer's working set. Plus the CUDA context and the allocator's reserve
// on top of everything it allocated.
class MemoryModel
{
    Q_DECLARE_TR_FUNCTIONS(MemoryModel)
public:
    // `gpu` may be null: no capacity, fits = false, maxBatch = 0.
    // `layout` describes one GPU of a multi-GPU job (the default: a single GPU, nothing sharded).
    static MemoryBreakdown evaluate(const CompiledModel &model, const Workload &workload,
                                    const Assumptions &assumptions, const GpuSpec *gpu,
                                    const ParallelLayout &layout = ParallelLayout{});
    // Total bytes at a given batch without capacity checks (the sweep's and solver's inner loop).
    static double totalAt(const CompiledModel &model, const Workload &workload,
                          const Assumptions &assumptions, int batch,
                          const ParallelLayout &layout = ParallelLayout{});
    // Largest batch in [1, limit] whose total fits `bytes` (0 if none). Monotone bisection.
    static qint64 solveMaxBatch(const CompiledModel &model, const Workload &workload,
                                const Assumptions &assumptions, double bytes, qint64 limit = 1 << 24,
                                const ParallelLayout &layout = ParallelLayout{});
    // KV cache elements of one sequence at `context` tokens: full-attention layers (the MLA latent
    // when the mla_latent_kv_cache assumption is on), sliding-window layers up to their window,
    // and the recurrent state of state-space layers.
    static double kvCacheElements(const CompiledModel &model, const Assumptions &assumptions, int context);
    // One sentence on how the layout shards this GPU's memory (empty on a plain single GPU).
    static QString parallelismFormula(const MemoryBreakdown &b, const CompiledModel &model);

    // One sentence per component: the formula with this plan's numbers, and where it comes from.
    static QString formula(Component c, const MemoryBreakdown &b, const CompiledModel &model,
                           const Workload &workload, const Assumptions &assumptions);
    static QString source(Component c);

private:
    // The formula without the sentence a memory technique adds.
    static QString formulaBody(Component c, const MemoryBreakdown &b, const CompiledModel &model,
                               const Workload &workload, const Assumptions &assumptions);
};

} // namespace headroom
