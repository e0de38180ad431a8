#include "core/results/hardwarereport.h"

#include <cmath>

namespace headroom {

HardwareReport HardwareReport::build(const Plan &plan, const PlanEvaluation &e, const RunLength &run,
                                     const StorageInputs &storage, const QString &currency)
{
    HardwareReport r;
    r.throughput = ThroughputModel::estimate(plan, e, run, currency);
    r.inference = InferenceSpeed::estimate(plan, e);
    r.system = SystemPlanner::plan(plan, e);
    const double samples =
        r.throughput.runSamples > 0 ? r.throughput.runSamples : run.resolvedSamples(e.model.sequenceLength);
    r.storage = StoragePlanner::plan(plan, e, storage, r.throughput.samplesPerSecond, samples, currency);
    return r;
}

QJsonObject HardwareReport::perGpuJson(const PlanEvaluation &e)
{
    const MemoryBreakdown &b = e.memory;
    const ParallelLayout &L = b.layout;
    return QJsonObject{{QStringLiteral("gpus"), L.gpus},
                       {QStringLiteral("nodes"), L.nodes},
                       {QStringLiteral("data_parallel"), L.dp},
                       {QStringLiteral("tensor_parallel"), L.tp},
                       {QStringLiteral("pipeline_parallel"), L.pp},
                       {QStringLiteral("zero_stage"), L.zero},
                       {QStringLiteral("sequence_parallel"), L.sp},
                       {QStringLiteral("cpu_offload"), cpuOffloadId(L.offload)},
                       {QStringLiteral("micro_batches_in_flight"), L.inFlight},
                       {QStringLiteral("model_state_share"), b.modelStateShare},
                       {QStringLiteral("gather_buffer_bytes"), std::round(b.gatherBuffer)},
                       {QStringLiteral("host_offload_bytes"), std::round(b.hostOffloadBytes)},
                       {QStringLiteral("total_bytes"), std::round(b.total)},
                       {QStringLiteral("fits"), b.fits},
                       {QStringLiteral("description"), MemoryModel::parallelismFormula(b, e.model)}};
}

void HardwareReport::addTo(QJsonObject &o, const PlanEvaluation &e) const
{
    o.insert(QStringLiteral("gpus"), e.memory.layout.gpus);
    o.insert(QStringLiteral("per_gpu"), perGpuJson(e));
    o.insert(QStringLiteral("host_ram_bytes"), std::round(system.recommendedBytes));
    o.insert(QStringLiteral("host"), SystemPlanner::toJson(system));
    o.insert(QStringLiteral("storage"), StoragePlanner::toJson(storage));
    o.insert(QStringLiteral("throughput"), ThroughputModel::throughputJson(throughput));
    o.insert(QStringLiteral("cost"), ThroughputModel::costJson(throughput));
    if (inference.valid)
        o.insert(QStringLiteral("inference"), InferenceSpeed::toJson(inference));
}

} // namespace headroom
