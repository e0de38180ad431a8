#include "core/model/workloadlimits.h"

#include "core/model/architecture.h"
#include "core/model/plan.h"

#include <array>

namespace headroom {

namespace {

// Ranges a plan file has always accepted: narrowing one would refuse files saved before. The
// widest of the former copies won where they disagreed (the GPU count and node spin boxes stopped
// at 1,024, tensor parallelism at 64, pipeline stages at 256, below what files held).
constexpr std::array<WorkloadLimit, std::size_t(LimitId::Count_)> kLimits{{
    {LimitId::MicroBatch, "micro_batch", QT_TRANSLATE_NOOP("Workload", "Micro-batch size"), 1, 1'000'000,
     nullptr, "a sanity bound: a million samples per GPU step is far past any GPU's memory"},
    {LimitId::GradientAccumulation, "gradient_accumulation",
     QT_TRANSLATE_NOOP("Workload", "Gradient accumulation"), 1, 1'000'000, nullptr,
     "a sanity bound on micro-batches per optimizer step"},
    {LimitId::SequenceLength, "sequence_length", QT_TRANSLATE_NOOP("Workload", "Sequence length"), 0,
     kMaxSequenceLength, "the architecture's default", "kMaxSequenceLength (core/model/architecture.h)"},
    {LimitId::ImageSize, "image_size", QT_TRANSLATE_NOOP("Workload", "Image size"), 0, 16384,
     "the architecture's default", "a sanity bound: 16,384 px a side is 16 times a 1,024 px image"},
    {LimitId::LoraRank, "lora_rank", QT_TRANSLATE_NOOP("Workload", "LoRA rank"), 1, 65536, nullptr,
     "a sanity bound; the LoRA paper (Hu et al. 2021) uses ranks up to 64"},
    {LimitId::ContextLength, "context_length", QT_TRANSLATE_NOOP("Workload", "Context length"), 1,
     kMaxSequenceLength, nullptr, "kMaxSequenceLength (core/model/architecture.h)"},
    {LimitId::GpuCount, "count", QT_TRANSLATE_NOOP("Workload", "GPU count"), 1, 100'000, nullptr,
     "the largest published cluster: xAI Colossus, 100,000 H100 (2024)"},
    {LimitId::Nodes, "nodes", QT_TRANSLATE_NOOP("Workload", "Nodes"), 1, 100'000, nullptr,
     "at most one node per GPU"},
    {LimitId::ZeroStage, "zero_stage", QT_TRANSLATE_NOOP("Workload", "ZeRO stage"), 0, 3,
     "plain data parallelism (no sharding)", "DeepSpeed ZeRO defines stages 0 to 3"},
    {LimitId::TensorParallel, "tensor_parallel", QT_TRANSLATE_NOOP("Workload", "Tensor parallel"), 1, 4096,
     nullptr, "a sanity bound; Megatron-LM keeps t within a node (Narayanan et al. 2021)"},
    {LimitId::PipelineParallel, "pipeline_parallel", QT_TRANSLATE_NOOP("Workload", "Pipeline stages"), 1,
     4096, nullptr, "a sanity bound; no stage can be smaller than one layer"},
    {LimitId::MicroBatchesInFlight, "micro_batches_in_flight",
     QT_TRANSLATE_NOOP("Workload", "Micro-batches in flight"), 0, 1'000'000, "the pipeline stage count",
     "1F1B keeps at most p micro-batches in flight (Narayanan et al. 2021)"},
}};

constexpr bool tableInOrder()
{
    for (std::size_t i = 0; i < kLimits.size(); ++i)
        if (kLimits[i].id != LimitId(i))
            return false;
    return true;
}
static_assert(tableInOrder(), "kLimits rows in LimitId order");

} // namespace

std::span<const WorkloadLimit> workloadLimits()
{
    return kLimits;
}

const WorkloadLimit &workloadLimit(LimitId id)
{
    return kLimits[std::size_t(id)];
}

int limitedValue(LimitId id, const Workload &w, const HardwareChoice &h)
{
    switch (id) {
    case LimitId::MicroBatch:
        return w.microBatch;
    case LimitId::GradientAccumulation:
        return w.gradientAccumulation;
    case LimitId::SequenceLength:
        return w.sequenceLength;
    case LimitId::ImageSize:
        return w.imageSize;
    case LimitId::LoraRank:
        return w.loraRank;
    case LimitId::ContextLength:
        return w.contextLength;
    case LimitId::GpuCount:
        return h.gpuCount;
    case LimitId::Nodes:
        return h.parallelism.nodes;
    case LimitId::ZeroStage:
        return h.parallelism.zeroStage;
    case LimitId::TensorParallel:
        return h.parallelism.tensorParallel;
    case LimitId::PipelineParallel:
        return h.parallelism.pipelineParallel;
    case LimitId::MicroBatchesInFlight:
        return h.parallelism.microBatchesInFlight;
    case LimitId::Count_:
        break;
    }
    return 0;
}

QString WorkloadLimitText::label(LimitId id)
{
    return QCoreApplication::translate("Workload", workloadLimit(id).label);
}

QString WorkloadLimitText::check(LimitId id, qint64 value)
{
    const WorkloadLimit &l = workloadLimit(id);
    if (value >= l.minimum && value <= l.maximum)
        return {};
    return QCoreApplication::translate("Workload", "%1 must be between %2 and %3 (got %4).")
        .arg(label(id))
        .arg(l.minimum)
        .arg(l.maximum)
        .arg(value);
}

namespace {
QStringList problems(const Workload &w, const HardwareChoice &h, LimitId first, LimitId last)
{
    QStringList out;
    for (int i = int(first); i <= int(last); ++i) {
        const QString problem = WorkloadLimitText::check(LimitId(i), limitedValue(LimitId(i), w, h));
        if (!problem.isEmpty())
            out.append(problem);
    }
    return out;
}
} // namespace

QStringList workloadLimitProblems(const Workload &w)
{
    return problems(w, HardwareChoice{}, LimitId::MicroBatch, LimitId::ContextLength);
}

QStringList hardwareLimitProblems(const HardwareChoice &h)
{
    return problems(Workload{}, h, LimitId::GpuCount, LimitId::MicroBatchesInFlight);
}

} // namespace headroom
