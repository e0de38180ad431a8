#pragma once

#include "core/results/planevaluator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace headroom {

// What the user tells the storage planner about the data and the run.
struct StorageInputs
{
    double datasetBytes = 0;      // 0: run samples × bytes per sample on disk
    double sampleBytesOnDisk = 0; // 0: uint16 token files (2 bytes/token) or raw uint8 pixels
    int checkpointsKept = 3;
    double logBytes = 1e9; // logs, metrics and TensorBoard events
};

struct StorageMedium
{
    QString id; // hdd, sata_ssd, nvme
    double mbPerSecond = 0;
    bool ioBound = false; // the input pipeline needs more than the medium reads
};

struct StoragePlan
{
    double datasetBytes = 0;
    double checkpointBytes = 0; // weights + optimizer states (what a resumable checkpoint holds)
    int checkpointsKept = 0;
    double logBytes = 0;
    double totalBytes = 0;
    double ssdCost = 0;
    double hddCost = 0;
    double hybridCost = 0;  // dataset and logs on SSD, checkpoints on HDD
    double requiredMBs = 0; // read rate the planned samples/s need
    StorageMedium media[3];
    QString currency;
};

class StoragePlanner
{
    Q_DECLARE_TR_FUNCTIONS(StoragePlanner)
public:
    // `samplesPerSecond` comes from the throughput model; `runSamples` sizes a default dataset.
    static StoragePlan plan(const Plan &plan, const PlanEvaluation &e, const StorageInputs &in,
                            double samplesPerSecond, double runSamples, const QString &currency);
    static QJsonObject toJson(const StoragePlan &s);
};

} // namespace headroom
