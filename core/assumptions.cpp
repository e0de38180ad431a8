#include "assumptions.h"

#include <cmath>

namespace headroom {

namespace {
// Order matches AssumptionId.
const AssumptionInfo kInfos[] = {
    {AssumptionId::CudaContextMiB, "cuda_context_mib",
     QT_TRANSLATE_NOOP("Assumption", "CUDA context and kernels"), "MiB", 512, 0, 16384,
     QT_TRANSLATE_NOOP("Assumption",
                       "Memory the CUDA context and loaded kernels take before any tensor: about 250-600 MiB "
                       "with lazy module loading (CUDA 11.7+, recent PyTorch); 1,343 MiB measured on a V100 "
                       "with CUDA 11.2 (Hugging Face, \"Efficient training on a single GPU\").")},
    {AssumptionId::AllocatorFragmentation, "allocator_fragmentation",
     QT_TRANSLATE_NOOP("Assumption", "Allocator reserve and fragmentation"), "fraction", 0.10, 0, 2,
     QT_TRANSLATE_NOOP("Assumption",
                       "Share of allocated memory the PyTorch caching allocator holds on top (block rounding "
                       "to 512 B and 2 MiB/20 MiB segments, split blocks). Measured from about 4% to 35% "
                       "depending on workload; PyTorch docs, \"CUDA semantics: memory management\". A rule "
                       "of thumb, not a law: set it from torch.cuda.memory_reserved()/memory_allocated().")},
    {AssumptionId::CublasWorkspaceMiB, "cublas_workspace_mib",
     QT_TRANSLATE_NOOP("Assumption", "cuBLAS workspace"), "MiB", 32, 0, 4096,
     QT_TRANSLATE_NOOP("Assumption",
                       "cuBLAS workspace per handle: PyTorch's default CUBLAS_WORKSPACE_CONFIG is :4096:8 "
                       "(32 MiB) on Hopper and about 8 MiB on older GPUs (PyTorch docs, reproducibility). "
                       "The article's \"5-10% for workspaces\" overstates it; large temporaries are counted "
                       "as tensors instead.")},
    {AssumptionId::ConvWorkspaceMiB, "conv_workspace_mib",
     QT_TRANSLATE_NOOP("Assumption", "cuDNN convolution workspace"), "MiB", 256, 0, 65536,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "Scratch space cuDNN's convolution algorithms may take (models with convolutions only). "
         "With torch.backends.cudnn.benchmark the fastest algorithm may use hundreds of MiB; "
         "cuDNN developer guide, cudnnGetConvolutionForwardWorkspaceSize.")},
    {AssumptionId::LossInFp32, "loss_in_fp32", QT_TRANSLATE_NOOP("Assumption", "Loss computed in fp32"),
     "0/1", 1, 0, 1,
     QT_TRANSLATE_NOOP("Assumption",
                       "Logits are upcast to fp32 before the cross-entropy loss (Hugging Face Llama's "
                       "logits.float(); autocast runs cross_entropy in fp32). Off: the loss runs in the "
                       "activation dtype.")},
    {AssumptionId::SafetyMargin, "safety_margin", QT_TRANSLATE_NOOP("Assumption", "Safety margin for growth"),
     "fraction", 0.15, 0, 0.9,
     QT_TRANSLATE_NOOP("Assumption",
                       "Share of GPU memory a recommended build keeps free for longer sequences, bigger "
                       "batches and library changes; the article suggests 15-20%.")},
};
static_assert(sizeof(kInfos) / sizeof(kInfos[0]) == kAssumptionCount, "one entry per AssumptionId");
} // namespace

const AssumptionInfo &assumptionInfo(AssumptionId id)
{
    return kInfos[static_cast<std::size_t>(id)];
}

std::optional<AssumptionId> assumptionFromKey(const QString &key)
{
    for (const auto &info : kInfos)
        if (key == QLatin1String(info.key))
            return info.id;
    return std::nullopt;
}

Assumptions::Assumptions()
{
    for (const auto &info : kInfos)
        m_values[static_cast<std::size_t>(info.id)] = info.defaultValue;
}

bool Assumptions::isDefault(AssumptionId id) const
{
    return value(id) == assumptionInfo(id).defaultValue;
}

void Assumptions::reset(AssumptionId id)
{
    set(id, assumptionInfo(id).defaultValue);
}

QString Assumptions::label(AssumptionId id)
{
    return tr(assumptionInfo(id).label);
}

QString Assumptions::source(AssumptionId id)
{
    return tr(assumptionInfo(id).source);
}

QString Assumptions::validate(AssumptionId id, double v)
{
    const AssumptionInfo &info = assumptionInfo(id);
    if (!std::isfinite(v) || v < info.minimum || v > info.maximum)
        return tr("%1 must be between %2 and %3 (got %4).")
            .arg(label(id))
            .arg(info.minimum)
            .arg(info.maximum)
            .arg(v, 0, 'g', 10);
    return {};
}

} // namespace headroom
