#include "core/results/scalingcurve.h"

#include <algorithm>

namespace headroom {

double ScalingCurve::ruleOfThumbEfficiency(int gpus, double at8)
{
    const double t = std::clamp((gpus - 1) / 7.0, 0.0, 1.0);
    return 1.0 - t * (1.0 - at8);
}

std::vector<ScalingPoint> ScalingCurve::compute(const Plan &plan, const std::vector<int> &counts,
                                                const GpuCatalog &catalog, const RunLength &run)
{
    std::vector<ScalingPoint> out;
    PlanEvaluator evaluator(catalog);
    double single = 0;
    for (int n : counts) {
        ScalingPoint pt;
        pt.gpus = n;
        Plan p = plan;
        p.scenarios.clear();
        p.hardware.gpuCount = n;
        // Keep the sharding strategy; model parallel degrees that do not divide N fall back to 1.
        Parallelism &par = p.hardware.parallelism;
        par.nodes = 1;
        if (n % (par.tensorParallel * par.pipelineParallel) != 0) {
            par.tensorParallel = 1;
            par.pipelineParallel = 1;
        }
        if (ParallelismText::validate(par, n).isEmpty()) {
            PlanEvaluation e;
            evaluator.evaluate(p, e, true);
            if (e.ok() && e.gpu) {
                const ThroughputEstimate t = ThroughputModel::estimate(p, e, run, catalog.currency());
                pt.valid = t.valid;
                pt.fits = e.memory.fits;
                pt.samplesPerSecond = t.samplesPerSecond;
                pt.runCost = t.runCost;
                pt.purchaseCost = t.purchaseCost;
                pt.scalingEfficiency = t.scalingEfficiency;
                if (single == 0)
                    single = t.singleGpuSamplesPerSecond;
            }
        }
        out.push_back(pt);
    }
    for (ScalingPoint &pt : out)
        pt.ruleOfThumb = single * pt.gpus * ruleOfThumbEfficiency(pt.gpus);
    return out;
}

} // namespace headroom
