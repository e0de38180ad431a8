#pragma once

#include "core/results/planevaluator.h"

#include <QJsonArray>
#include <vector>

namespace headroom {

// One batch of a sweep: the plan's total per GPU at that batch and whether it fits the chosen GPU.
struct SweepPoint
{
    qint64 batch = 0;
    double total = 0;
    bool fits = false; // false when the plan's GPU is not in the catalog
};

// One GPU's memory line on the sweep chart, with the largest batch that fits under it.
struct SweepReference
{
    const GpuSpec *gpu = nullptr;
    bool chosen = false; // the plan's own GPU (always first)
    double visible = 0;  // what nvidia-smi reports as total
    qint64 maxBatch = 0;
    double totalAtMax = 0; // the plan's total at maxBatch (0 when nothing fits)
};

struct SweepOptions
{
    int curvePoints = 64;    // evenly spaced batches from 1 to the extent, for a chart
    bool references = false; // also the reference GPUs, and an extent that shows their limits
    const GpuCatalog *catalog = &GpuCatalog::builtin();
};

// Memory per GPU against batch size for one evaluated plan, with its parallel layout (the same
// computation PlanEvaluator ran, so the point at the plan's batch is the verdict's total). The
// desktop app's sweep tab, the build report and `plan --json` all show this.
struct BatchSweep
{
    qint64 extent = 0;                      // the largest batch shown
    std::vector<SweepPoint> curve;          // for a chart
    std::vector<SweepPoint> table;          // powers of two up to the extent, the plan's batch, the max batch
    std::vector<SweepReference> references; // the chosen GPU first, then the reference GPUs

    static BatchSweep compute(const Plan &plan, const PlanEvaluation &e, const SweepOptions &options = {});
    // The table as the CLI's "sweep" array: batch, total (bytes), fits.
    QJsonArray toJson() const;
    // One representative per common memory size, compared with the chosen GPU on the chart.
    static const QStringList &referenceGpuIds();
};

} // namespace headroom
