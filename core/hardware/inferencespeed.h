#pragma once

#include "core/model/plan.h"
#include "core/results/planevaluator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace headroom {

// How fast a plan serves, the way decoding really runs: each generated token reads every weight
// this GPU holds and the KV cache of every sequence once, so a decode step is bound by memory
// bandwidth unless the batch is large (Pope et al. 2022, "Efficiently Scaling Transformer
// Inference", section 3.1; the roofline of Yuan et al. 2024, LLM-Viewer). Prefill processes the
// whole prompt at once and is bound by compute.
struct InferenceSpeed
{
    bool valid = false;
    double kvBytesPerToken = 0;    // one sequence's KV cache per token, all layers, this GPU
    double bytesPerDecodeStep = 0; // weights + the KV cache read at the average context
    double decodeMemorySeconds = 0;
    double decodeComputeSeconds = 0;
    double decodeStepSeconds = 0; // the larger of the two
    bool decodeMemoryBound = true;
    double decodeTokensPerSecond = 0;            // all sequences together
    double decodeTokensPerSecondPerSequence = 0; // what one user sees
    double prefillTokensPerSecond = 0;
    double timeToFirstTokenSeconds = 0; // the whole batch's prompts prefilled at once
    double bandwidthGBs = 0;            // the GPU's, before the efficiency assumption
    double bandwidthEfficiency = 0;

    static InferenceSpeed estimate(const Plan &plan, const PlanEvaluation &e);
    // The CLI's "inference" object (only for inference plans).
    static QJsonObject toJson(const InferenceSpeed &s);
};

} // namespace headroom
