#pragma once

#include "core/hardware/inferencespeed.h"
#include "core/hardware/storageplanner.h"
#include "core/hardware/systemplanner.h"
#include "core/hardware/throughputmodel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace headroom {

// Everything beyond one GPU's memory for a plan: speed and cost, the host, storage. The CLI's
// `plan` output and the build report share it.
struct HardwareReport
{
    ThroughputEstimate throughput;
    InferenceSpeed inference; // inference plans only
    SystemPlan system;
    StoragePlan storage;

    static HardwareReport build(const Plan &plan, const PlanEvaluation &e, const RunLength &run = {},
                                const StorageInputs &storage = {},
                                const QString &currency = GpuCatalog::builtin().currency());
    // The layout and what it does to this GPU: "per_gpu" in the CLI's JSON.
    static QJsonObject perGpuJson(const PlanEvaluation &e);
    // Adds per_gpu, host_ram_bytes, host, storage, throughput and cost to `o`.
    void addTo(QJsonObject &o, const PlanEvaluation &e) const;
};

} // namespace headroom
