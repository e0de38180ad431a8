#pragma once

#include "core/hardware/interconnect.h"
#include "core/results/planevaluator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace headroom {

// How much work a run does: samples, or tokens for sequence models (then samples = tokens / seq).
struct RunLength
{
    double samples = 0;
    double tokens = 0;
    // Samples of the run for this model; one million when neither is set.
    double resolvedSamples(qint64 sequenceLength) const;
};

// Speed, energy and cost of one plan on its hardware: compute at a utilisation of the GPU's
// peak, the gradient all-reduce, the pipeline bubble, then the run's time and cost.
struct ThroughputEstimate
{
    bool valid = false;
    QString peakColumn;        // catalog column used: fp32, tf32, fp16, bf16, fp8, int8
    double peakTflops = 0;     // per GPU
    double mfu = 0;            // model FLOPs utilisation assumption
    double flopsPerSample = 0; // training: 3 × forward (+1 forward under full recompute)
    double globalBatch = 0;    // samples per optimizer step: micro-batch × accumulation × dp
    double computeSeconds = 0; // per step, all GPUs, without bubble
    double bubbleFraction = 0; // (p - 1) / (m + p - 1)
    double gradientBytes = 0;  // one data-parallel rank's gradients
    double allReduceSeconds = 0;
    double tensorParallelSeconds = 0; // Megatron TP all-reduces of layer outputs, per step
    Link tensorParallelLink;
    double offloadSeconds = 0;
    Link link;
    double stepSeconds = 0;
    double samplesPerSecond = 0;
    double tokensPerSecond = 0;
    double singleGpuSamplesPerSecond = 0; // the same micro-batch on one GPU, no communication
    double scalingEfficiency = 1;         // samples/s ÷ (N × single-GPU samples/s)
    double ruleOfThumbEfficiency8 = 0.85; // the article's "~85% at 8 GPUs": a rule of thumb, not computed

    // The run.
    double runSamples = 0;
    double runHours = 0;
    double gpuHours = 0;
    double energyKWh = 0;
    double energyCost = 0;
    double hourlyPerGpu = 0; // rental price, or purchase price amortised
    bool rented = false;
    double computeCost = 0; // GPU-hours × hourlyPerGpu
    double runCost = 0;     // computeCost + energy (energy only when owned)
    double costPerMillionSamples = 0;
    double purchaseCost = 0; // N × catalog price
    QString currency;
};

class ThroughputModel
{
    Q_DECLARE_TR_FUNCTIONS(ThroughputModel)
public:
    static ThroughputEstimate estimate(const Plan &plan, const PlanEvaluation &e, const RunLength &run = {},
                                       const QString &currency = GpuCatalog::builtin().currency());
    // Peak dense TFLOPS of `gpu` for a precision, and the catalog column it came from.
    static double peakTflops(const GpuSpec &gpu, Precision p, QString *column = nullptr);

    static QJsonObject throughputJson(const ThroughputEstimate &t);
    static QJsonObject costJson(const ThroughputEstimate &t);
};

} // namespace headroom
