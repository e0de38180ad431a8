#include "core/hardware/storageplanner.h"

#include <QJsonArray>
#include <cmath>

namespace headroom {

StoragePlan StoragePlanner::plan(const Plan &plan, const PlanEvaluation &e, const StorageInputs &in,
                                 double samplesPerSecond, double runSamples, const QString &currency)
{
    StoragePlan s;
    s.currency = currency;
    const Assumptions &a = plan.assumptions;
    const CompiledModel &m = e.model;
    double perSample = in.sampleBytesOnDisk;
    if (perSample <= 0) {
        // Tokenised corpora are stored as uint16 ids (nanoGPT, Megatron .bin shards); images as
        // uint8 pixels before decoding (an upper bound for JPEG-compressed datasets).
        const bool tokens = m.sequenceLength > 0 && m.input.rank == 1;
        perSample = tokens ? 2.0 * double(m.sequenceLength) : double(m.input.elements());
    }
    s.datasetBytes = in.datasetBytes > 0 ? in.datasetBytes : perSample * runSamples;

    // A resumable checkpoint is the full (unsharded) weights plus optimizer states, as
    // torch.save(model.state_dict(), optimizer.state_dict()) writes them.
    if (e.ok()) {
        const MemoryBreakdown one = MemoryModel::evaluate(m, plan.workload, plan.assumptions, nullptr);
        s.checkpointBytes = one[Component::Weights] + one[Component::Optimizer];
    }
    s.checkpointsKept = std::max(0, in.checkpointsKept);
    s.logBytes = std::max(0.0, in.logBytes);
    s.totalBytes = s.datasetBytes + s.checkpointsKept * s.checkpointBytes + s.logBytes;
    const double ssd = a.value(AssumptionId::SsdPricePerGB), hdd = a.value(AssumptionId::HddPricePerGB);
    // Drives are sold by the decimal GB.
    s.ssdCost = s.totalBytes / 1e9 * ssd;
    s.hddCost = s.totalBytes / 1e9 * hdd;
    s.hybridCost =
        (s.datasetBytes + s.logBytes) / 1e9 * ssd + s.checkpointsKept * s.checkpointBytes / 1e9 * hdd;

    // Reading the dataset once per sample consumed: bytes per sample × samples/s.
    const double bytesPerSample = in.datasetBytes > 0 && runSamples > 0 && in.sampleBytesOnDisk <= 0
                                      ? in.datasetBytes / runSamples
                                      : perSample;
    s.requiredMBs = samplesPerSecond * bytesPerSample / 1e6;
    const struct
    {
        const char *id;
        AssumptionId rate;
    } media[] = {{"hdd", AssumptionId::HddMBs},
                 {"sata_ssd", AssumptionId::SataSsdMBs},
                 {"nvme", AssumptionId::NvmeMBs}};
    for (int i = 0; i < 3; ++i) {
        s.media[i].id = QLatin1String(media[i].id);
        s.media[i].mbPerSecond = a.value(media[i].rate);
        s.media[i].ioBound = s.requiredMBs > s.media[i].mbPerSecond;
    }
    return s;
}

QJsonObject StoragePlanner::toJson(const StoragePlan &s)
{
    QJsonObject media;
    for (const StorageMedium &m : s.media)
        media.insert(m.id, QJsonObject{{QStringLiteral("mb_per_second"), m.mbPerSecond},
                                       {QStringLiteral("io_bound"), m.ioBound}});
    return QJsonObject{{QStringLiteral("dataset_bytes"), std::round(s.datasetBytes)},
                       {QStringLiteral("checkpoint_bytes"), std::round(s.checkpointBytes)},
                       {QStringLiteral("checkpoints_kept"), s.checkpointsKept},
                       {QStringLiteral("log_bytes"), std::round(s.logBytes)},
                       {QStringLiteral("total_bytes"), std::round(s.totalBytes)},
                       {QStringLiteral("currency"), s.currency},
                       {QStringLiteral("ssd_cost"), s.ssdCost},
                       {QStringLiteral("hdd_cost"), s.hddCost},
                       {QStringLiteral("hybrid_cost"), s.hybridCost},
                       {QStringLiteral("required_read_mb_per_second"), s.requiredMBs},
                       {QStringLiteral("media"), media}};
}

} // namespace headroom
