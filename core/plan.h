#pragma once

#include "architecture.h"
#include "assumptions.h"
#include "parallelism.h"
#include "workload.h"

#include <QString>

namespace headroom {

struct HardwareChoice
{
    QString gpuId = QStringLiteral("rtx-4090");
    int gpuCount = 1; // N, all nodes together
    Parallelism parallelism;

    ParallelLayout layout() const { return ParallelLayout::of(parallelism, gpuCount); }
    bool operator==(const HardwareChoice &o) const
    {
        return gpuId == o.gpuId && gpuCount == o.gpuCount && parallelism == o.parallelism;
    }
};

// The document a user edits and saves: a model, what to do with it, on what hardware, under
// which assumptions.
struct Plan
{
    QString name;
    Architecture architecture;
    Workload workload;
    HardwareChoice hardware;
    Assumptions assumptions;
    QString notes;

    bool operator==(const Plan &o) const
    {
        return name == o.name && architecture == o.architecture && workload == o.workload &&
               hardware == o.hardware && assumptions == o.assumptions && notes == o.notes;
    }
    bool operator!=(const Plan &o) const { return !(*this == o); }
};

} // namespace headroom
