#pragma once

#include "core/results/planevaluator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace headroom {

// A purchasable memory configuration: `count` identical DIMMs of `sizeGiB`.
struct DimmConfig
{
    int count = 0;
    int sizeGiB = 0;
    double totalBytes() const { return double(count) * sizeGiB * 1024.0 * 1024.0 * 1024.0; }
};

// Host of one node: RAM, CPU cores, power supply and PCIe lanes for a plan.
struct SystemPlan
{
    int gpusPerNode = 1;
    // RAM, per node.
    double ruleOfThumbBytes = 0;    // 1.25 × the largest single GPU's memory (not the sum)
    double checkpointLoadBytes = 0; // weights in their dtype, per loading process
    double dataLoaderBytes = 0;     // workers × prefetch × batch, plus the workers' own memory
    double pinnedBytes = 0;         // page-locked staging buffers
    double processBytes = 0;        // the training processes themselves
    double offloadBytes = 0;        // ZeRO-Offload host states
    double neededBytes = 0;         // sum of the above
    double recommendedBytes = 0;    // max(needed, rule of thumb)
    DimmConfig dimms;
    double ramCost = 0;
    QStringList ramReasons;
    // CPU, power, lanes.
    int cpuCores = 0;
    double gpuWatts = 0;
    double psuWatts = 0;     // needed, with margin
    int psuRecommendedW = 0; // next standard PSU size (0: more than one supply)
    int pcieLanesNeeded = 0;
    QString platform; // desktop, HEDT/workstation or server
};

class SystemPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SystemPlanner)
public:
    static SystemPlan plan(const Plan &plan, const PlanEvaluation &e);
    // Smallest total ≥ bytes from 2/4/8/16 DIMMs of 8-128 GB (DDR4/DDR5 retail sizes); fewer DIMMs on ties.
    static DimmConfig roundUpToDimms(double bytes);
    // Bytes one input sample occupies in host memory as a batch tensor (int64 ids, fp32 pixels).
    static double sampleBytes(const CompiledModel &m);
    static QJsonObject toJson(const SystemPlan &s);
};

} // namespace headroom
