#include "core/hardware/parallelism.h"

#include <algorithm>

namespace headroom {

namespace {
constexpr EnumName<CpuOffload> kOffloads[] = {
    {CpuOffload::None, "none", QT_TRANSLATE_NOOP("Parallelism", "None")},
    {CpuOffload::Optimizer, "optimizer", QT_TRANSLATE_NOOP("Parallelism", "Optimizer states to CPU")},
    {CpuOffload::Params, "params", QT_TRANSLATE_NOOP("Parallelism", "Optimizer states and weights to CPU")},
};
} // namespace

template<> std::span<const EnumName<CpuOffload>> enumNames<CpuOffload>()
{
    return kOffloads;
}

QString cpuOffloadId(CpuOffload o)
{
    for (const auto &n : kOffloads)
        if (n.value == o)
            return QLatin1String(n.id);
    return QStringLiteral("none");
}

std::optional<CpuOffload> cpuOffloadFromId(const QString &id)
{
    for (const auto &n : kOffloads)
        if (id.compare(QLatin1String(n.id), Qt::CaseInsensitive) == 0)
            return n.value;
    return std::nullopt;
}

QString cpuOffloadName(CpuOffload o)
{
    for (const auto &n : kOffloads)
        if (n.value == o)
            return QCoreApplication::translate("Parallelism", n.label);
    return {};
}

ParallelLayout ParallelLayout::of(const Parallelism &p, int gpus)
{
    ParallelLayout l;
    l.gpus = std::max(1, gpus);
    l.nodes = std::max(1, p.nodes);
    l.tp = std::max(1, p.tensorParallel);
    l.pp = std::max(1, p.pipelineParallel);
    l.dp = std::max(1, l.gpus / (l.tp * l.pp));
    l.zero = p.fsdp ? 3 : std::clamp(p.zeroStage, 0, 3);
    l.offload = p.offload;
    l.sp = p.sequenceParallel && l.tp > 1;
    // 1F1B: the first stage runs p forwards before its first backward (Narayanan et al. 2021).
    l.inFlight = l.pp > 1 ? (p.microBatchesInFlight > 0 ? p.microBatchesInFlight : l.pp) : 1;
    return l;
}

QString ParallelismText::validate(const Parallelism &p, int gpus)
{
    if (gpus < 1)
        return tr("The GPU count must be at least 1 (got %1).").arg(gpus);
    if (p.nodes < 1 || gpus % p.nodes != 0)
        return tr("%1 GPUs cannot be spread evenly over %2 nodes.").arg(gpus).arg(p.nodes);
    if (p.zeroStage < 0 || p.zeroStage > 3)
        return tr("The ZeRO stage must be 0, 1, 2 or 3 (got %1).").arg(p.zeroStage);
    if (p.fsdp && p.zeroStage != 0 && p.zeroStage != 3)
        return tr("FSDP shards like ZeRO-3; it cannot be combined with ZeRO-%1.").arg(p.zeroStage);
    if (p.tensorParallel < 1 || p.pipelineParallel < 1)
        return tr("Tensor and pipeline parallel sizes must be at least 1.");
    if (gpus % (p.tensorParallel * p.pipelineParallel) != 0)
        return tr("Tensor parallel %1 × pipeline parallel %2 must divide the %3 GPUs.")
            .arg(p.tensorParallel)
            .arg(p.pipelineParallel)
            .arg(gpus);
    if (p.tensorParallel > gpus / p.nodes)
        return tr("Tensor parallelism (%1) should stay inside one node (%2 GPUs per node).")
            .arg(p.tensorParallel)
            .arg(gpus / p.nodes);
    if (p.offload == CpuOffload::Params && p.zeroStage != 3 && !p.fsdp)
        return tr("Offloading parameters needs ZeRO-3 or FSDP.");
    if (p.offload == CpuOffload::Optimizer && p.zeroStage == 0 && !p.fsdp)
        return tr("Offloading the optimizer needs ZeRO-1, 2 or 3 (ZeRO-Offload) or FSDP.");
    if (p.microBatchesInFlight < 0)
        return tr("Micro-batches in flight cannot be negative.");
    return {};
}

QString ParallelismText::describe(const ParallelLayout &l)
{
    QString s = tr("%1 on %2: DP %3 × TP %4 × PP %5")
                    .arg(tr("%n GPU(s)", nullptr, l.gpus), tr("%n node(s)", nullptr, l.nodes))
                    .arg(l.dp)
                    .arg(l.tp)
                    .arg(l.pp);
    if (l.zero > 0)
        s += QStringLiteral(", ZeRO-%1").arg(l.zero);
    if (l.sp)
        s += tr(", sequence parallel");
    if (l.offload != CpuOffload::None)
        s += tr(", %1 offloaded to CPU").arg(cpuOffloadId(l.offload));
    return s;
}

QString ParallelismText::validateForInference(const Parallelism &p)
{
    if (p.zeroStage == 0 && !p.fsdp && p.offload == CpuOffload::None)
        return {};
    return tr("ZeRO, FSDP and CPU offload shard gradients and optimizer states, which inference does not "
              "have: set ZeRO to 0, FSDP and offload off, and serve a model too large for one GPU with "
              "tensor or pipeline parallelism (vLLM's --tensor-parallel-size, llama.cpp's layer split). "
              "DeepSpeed's ZeRO-Inference weight streaming is not modelled.");
}

} // namespace headroom
