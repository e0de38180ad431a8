#pragma once

#include "core/hardware/throughputmodel.h"

#include <vector>

namespace headroom {

// One point of a throughput-and-cost-versus-GPU-count curve.
struct ScalingPoint
{
    int gpus = 1;
    bool valid = false; // the layout is valid for this count and the model evaluates
    bool fits = false;
    double samplesPerSecond = 0;
    double runCost = 0;      // cost of the plan's run on this many GPUs
    double purchaseCost = 0; // N × catalog price
    double ruleOfThumb = 0;  // N × single-GPU samples/s × the rule-of-thumb efficiency at N
    double scalingEfficiency = 1;
};

// The plan's GPU type at 1, 2, 4 and 8 GPUs (same workload and sharding, data parallel over the
// count), with the article's rule of thumb (~85% scaling efficiency at 8 GPUs, linear in
// between) as a reference.
class ScalingCurve
{
public:
    static std::vector<ScalingPoint> compute(const Plan &plan, const std::vector<int> &counts = {1, 2, 4, 8},
                                             const GpuCatalog &catalog = GpuCatalog::builtin(),
                                             const RunLength &run = {});
    // 1 at one GPU, falling linearly to `at8` at eight (and beyond).
    static double ruleOfThumbEfficiency(int gpus, double at8 = 0.85);
};

} // namespace headroom
