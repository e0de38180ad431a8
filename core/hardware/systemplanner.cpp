#include "core/hardware/systemplanner.h"

#include "core/common/units.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace headroom {

namespace {
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr int kDimmCounts[] = {2, 4, 8, 16};
constexpr int kDimmSizes[] = {8, 16, 24, 32, 48, 64, 96, 128};
constexpr int kPsuSizes[] = {550, 650, 750, 850, 1000, 1200, 1300, 1600, 2000, 2400};
} // namespace

double SystemPlanner::sampleBytes(const CompiledModel &m)
{
    // Token ids reach the GPU as int64; images as fp32 tensors after ToTensor/Normalize.
    const bool tokens = m.sequenceLength > 0 && m.input.rank == 1;
    return double(m.input.elements()) * (tokens ? 8.0 : 4.0);
}

DimmConfig SystemPlanner::roundUpToDimms(double bytes)
{
    DimmConfig best;
    for (int count : kDimmCounts)
        for (int size : kDimmSizes) {
            const DimmConfig c{count, size};
            if (c.totalBytes() < bytes)
                continue;
            if (best.count == 0 || c.totalBytes() < best.totalBytes() ||
                (c.totalBytes() == best.totalBytes() && c.count < best.count))
                best = c;
        }
    if (best.count == 0) // beyond 2 TiB: as many 128 GiB DIMMs as it takes
        best = {int(std::ceil(bytes / (128.0 * kGiB))), 128};
    return best;
}

SystemPlan SystemPlanner::plan(const Plan &plan, const PlanEvaluation &e)
{
    SystemPlan s;
    const Assumptions &a = plan.assumptions;
    const Workload &w = plan.workload;
    const ParallelLayout L = plan.hardware.layout();
    s.gpusPerNode = L.gpusPerNode();
    const double gpus = s.gpusPerNode;
    const double workers = a.value(AssumptionId::DataLoaderWorkersPerGpu);
    const double prefetch = a.value(AssumptionId::PrefetchFactor);

    // The common heuristic "RAM = GPU memory + 25%", applied to the largest single GPU: a
    // process stages at most one GPU's worth of tensors at a time.
    if (e.gpu)
        s.ruleOfThumbBytes = 1.25 * e.gpu->capacityBytes();
    s.ramReasons << tr("Rule of thumb: 1.25 × the largest single GPU's memory = %1 (not the sum over GPUs).")
                        .arg(formatBytes(s.ruleOfThumbBytes));

    // Loading a checkpoint: each process materialises the state dict in its stored dtype unless
    // parameters are sharded at load (ZeRO-3 zero.Init, FSDP with meta-device init). Under tensor
    // and pipeline parallelism each rank reads only its own shard: Megatron saves one file per
    // model-parallel rank (megatron/training/checkpointing.py, mp_rank_TP_PP), 1/(t·p) of the model.
    const PrecisionTraits traits = precisionTraits(w.precision);
    const double loaders = L.zero >= 3 ? 1.0 : gpus;
    const double shard = double(L.tp) * double(L.pp);
    s.checkpointLoadBytes = double(e.model.parameters) / shard * traits.weightBytes * loaders;
    if (shard > 1)
        s.ramReasons
            << tr("Checkpoint loading: %1 parameters ÷ %2 model-parallel shards (TP %3 × PP %4) × %5 "
                  "bytes × %6 loading process(es) = %7.")
                   .arg(formatInteger(e.model.parameters))
                   .arg(shard)
                   .arg(L.tp)
                   .arg(L.pp)
                   .arg(traits.weightBytes)
                   .arg(loaders)
                   .arg(formatBytes(s.checkpointLoadBytes));
    else
        s.ramReasons << tr("Checkpoint loading: %1 parameters × %2 bytes × %3 loading process(es) = %4.")
                            .arg(formatInteger(e.model.parameters))
                            .arg(traits.weightBytes)
                            .arg(loaders)
                            .arg(formatBytes(s.checkpointLoadBytes));

    // DataLoader: each worker holds prefetch_factor batches (PyTorch DataLoader docs).
    const double batchBytes = double(w.microBatch) * sampleBytes(e.model);
    s.dataLoaderBytes =
        gpus * workers * (prefetch * batchBytes + a.value(AssumptionId::DataLoaderWorkerGiB) * kGiB);
    s.ramReasons << tr("Data loading: %1 GPU(s) × %2 workers × (%3 batches × %4 + %5 GiB per worker) = %6.")
                        .arg(gpus)
                        .arg(workers)
                        .arg(prefetch)
                        .arg(formatBytes(batchBytes))
                        .arg(a.value(AssumptionId::DataLoaderWorkerGiB))
                        .arg(formatBytes(s.dataLoaderBytes));
    // pin_memory: the pinning thread keeps a page-locked copy of the batches in flight.
    s.pinnedBytes = gpus * prefetch * batchBytes;
    s.processBytes = gpus * a.value(AssumptionId::HostProcessGiB) * kGiB;
    s.ramReasons << tr("Pinned staging buffers %1; %2 training process(es) × %3 GiB = %4.")
                        .arg(formatBytes(s.pinnedBytes))
                        .arg(gpus)
                        .arg(a.value(AssumptionId::HostProcessGiB))
                        .arg(formatBytes(s.processBytes));
    s.offloadBytes = e.memory.hostOffloadBytes + e.memory.hostPinnedActivations;
    if (e.memory.hostOffloadBytes > 0)
        s.ramReasons
            << tr("ZeRO-Offload keeps optimizer states and fp32 gradients (about 16 bytes per parameter "
                  "with Adam; 18 with parameters) on the host: %1.")
                   .arg(formatBytes(e.memory.hostOffloadBytes));
    if (e.memory.hostPinnedActivations > 0)
        s.ramReasons << tr("Activation offloading keeps the saved tensors in pinned host RAM: %1.")
                            .arg(formatBytes(e.memory.hostPinnedActivations));
    s.neededBytes =
        s.checkpointLoadBytes + s.dataLoaderBytes + s.pinnedBytes + s.processBytes + s.offloadBytes;
    s.recommendedBytes = std::max(s.neededBytes, s.ruleOfThumbBytes);
    s.dimms = roundUpToDimms(s.recommendedBytes);
    // DIMMs are sold by the binary GB; price per GB applies to the marketed size.
    s.ramCost = double(s.dimms.count) * s.dimms.sizeGiB * a.value(AssumptionId::RamPricePerGB);
    s.ramReasons << tr("Plan needs %1; recommended %2, bought as %3 × %4 GB DIMMs.")
                        .arg(formatBytes(s.neededBytes), formatBytes(s.recommendedBytes))
                        .arg(s.dimms.count)
                        .arg(s.dimms.sizeGiB);

    // One core drives each GPU's training process, plus one per data-loader worker.
    s.cpuCores = int(gpus * (1.0 + workers));
    // PSU: the GPUs' rated board power plus CPU and platform, with margin for transients.
    s.gpuWatts = e.gpu ? gpus * e.gpu->tdpW : 0;
    s.psuWatts = (s.gpuWatts + a.value(AssumptionId::CpuPowerW)) * (1.0 + a.value(AssumptionId::PsuMargin));
    for (int size : kPsuSizes)
        if (size >= s.psuWatts) {
            s.psuRecommendedW = size;
            break;
        }
    // PCIe lanes: each GPU's link plus one x4 NVMe drive. Desktop CPUs expose 20-24 usable
    // lanes (Intel Core 20, AMD Ryzen AM5 24 + chipset); HEDT/workstation 64-128 (Threadripper,
    // Xeon W); servers 128+ (EPYC, dual Xeon).
    s.pcieLanesNeeded = int(gpus) * (e.gpu && e.gpu->pcieLanes > 0 ? e.gpu->pcieLanes : 16) + 4;
    if (s.pcieLanesNeeded <= 24)
        s.platform = tr("desktop (20-24 CPU lanes)");
    else if (s.pcieLanesNeeded <= 128)
        s.platform = tr("HEDT/workstation (64-128 lanes); on a desktop the GPUs share lanes at x8");
    else
        s.platform = tr("server (128+ lanes or PCIe switches)");
    return s;
}

QJsonObject SystemPlanner::toJson(const SystemPlan &s)
{
    return QJsonObject{{QStringLiteral("gpus_per_node"), s.gpusPerNode},
                       {QStringLiteral("rule_of_thumb_bytes"), std::round(s.ruleOfThumbBytes)},
                       {QStringLiteral("checkpoint_load_bytes"), std::round(s.checkpointLoadBytes)},
                       {QStringLiteral("data_loader_bytes"), std::round(s.dataLoaderBytes)},
                       {QStringLiteral("pinned_bytes"), std::round(s.pinnedBytes)},
                       {QStringLiteral("process_bytes"), std::round(s.processBytes)},
                       {QStringLiteral("offload_bytes"), std::round(s.offloadBytes)},
                       {QStringLiteral("needed_bytes"), std::round(s.neededBytes)},
                       {QStringLiteral("recommended_bytes"), std::round(s.recommendedBytes)},
                       {QStringLiteral("dimm_count"), s.dimms.count},
                       {QStringLiteral("dimm_size_gb"), s.dimms.sizeGiB},
                       {QStringLiteral("ram_cost"), s.ramCost},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(s.ramReasons)},
                       {QStringLiteral("cpu_cores"), s.cpuCores},
                       {QStringLiteral("gpu_watts"), s.gpuWatts},
                       {QStringLiteral("psu_watts"), s.psuWatts},
                       {QStringLiteral("psu_recommended_w"), s.psuRecommendedW},
                       {QStringLiteral("pcie_lanes_needed"), s.pcieLanesNeeded},
                       {QStringLiteral("platform"), s.platform}};
}

} // namespace headroom
