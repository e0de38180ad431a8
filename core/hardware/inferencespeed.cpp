#include "core/hardware/inferencespeed.h"

#include "core/hardware/throughputmodel.h"

#include <algorithm>

namespace headroom {

InferenceSpeed InferenceSpeed::estimate(const Plan &plan, const PlanEvaluation &e)
{
    InferenceSpeed s;
    const Workload &w = plan.workload;
    if (w.mode != Mode::Inference || !e.ok() || !e.gpu || e.model.forwardFlopsPerSample <= 0)
        return s;
    const GpuSpec &g = *e.gpu;
    const Assumptions &a = plan.assumptions;
    const ParallelLayout L = plan.hardware.layout();
    const double B = w.microBatch;
    const double context = std::max(1, w.contextLength);
    const double prompt = double(std::max<qint64>(1, e.model.sequenceLength));

    // The KV cache this GPU holds (already split by tensor and pipeline parallelism), per token
    // of one sequence; a generation reads it at the context it has reached, on average halfway
    // from the prompt to the full context.
    const double kvCache = e.memory[Component::KvCache];
    s.kvBytesPerToken = kvCache / (B * context);
    const double averageContext = std::min(context, (std::min(prompt, context) + context) / 2.0);
    s.bytesPerDecodeStep = e.memory[Component::Weights] + B * averageContext * s.kvBytesPerToken;
    s.bandwidthGBs = g.bandwidthGBs;
    s.bandwidthEfficiency = a.value(AssumptionId::MemoryBandwidthUtilisation);
    const double bandwidth = g.bandwidthGBs * 1e9 * s.bandwidthEfficiency;
    s.decodeMemorySeconds = bandwidth > 0 ? s.bytesPerDecodeStep / bandwidth : 0;

    // Compute: two FLOPs per active parameter per generated token (Kaplan et al. 2020), over the
    // GPUs that share a token's layers (tensor parallelism; pipeline stages run one after another).
    const double peak =
        ThroughputModel::peakTflops(g, w.precision) * 1e12 * a.value(AssumptionId::ModelFlopsUtilisation);
    const double active =
        double(e.model.activeParameters > 0 ? e.model.activeParameters : e.model.parameters);
    s.decodeComputeSeconds = peak > 0 ? 2.0 * active * B / (L.tp * peak) : 0;
    s.decodeStepSeconds = std::max(s.decodeMemorySeconds, s.decodeComputeSeconds);
    s.decodeMemoryBound = s.decodeMemorySeconds >= s.decodeComputeSeconds;
    s.decodeTokensPerSecondPerSequence = s.decodeStepSeconds > 0 ? 1.0 / s.decodeStepSeconds : 0;
    s.decodeTokensPerSecond = B * s.decodeTokensPerSecondPerSequence;

    // Prefill: the forward over every prompt token (attention included), compute-bound.
    const double prefillFlops = B * e.model.forwardFlopsPerSample;
    const double prefillSeconds = peak > 0 ? prefillFlops / (L.tp * L.pp * peak) : 0;
    s.timeToFirstTokenSeconds = std::max(prefillSeconds, s.decodeMemorySeconds);
    s.prefillTokensPerSecond = s.timeToFirstTokenSeconds > 0 ? B * prompt / s.timeToFirstTokenSeconds : 0;
    s.valid = s.decodeStepSeconds > 0;
    return s;
}

QJsonObject InferenceSpeed::toJson(const InferenceSpeed &s)
{
    return QJsonObject{
        {QStringLiteral("engine"), QStringLiteral("hf")},
        {QStringLiteral("kv_cache_bytes_per_token"), s.kvBytesPerToken},
        {QStringLiteral("bytes_per_decode_step"), s.bytesPerDecodeStep},
        {QStringLiteral("decode_memory_bound"), s.decodeMemoryBound},
        {QStringLiteral("decode_step_seconds"), s.decodeStepSeconds},
        {QStringLiteral("decode_tokens_per_s"), s.decodeTokensPerSecond},
        {QStringLiteral("decode_tokens_per_s_per_sequence"), s.decodeTokensPerSecondPerSequence},
        {QStringLiteral("prefill_tokens_per_s"), s.prefillTokensPerSecond},
        {QStringLiteral("time_to_first_token_s"), s.timeToFirstTokenSeconds},
        {QStringLiteral("bandwidth_gbs"), s.bandwidthGBs},
        {QStringLiteral("bandwidth_efficiency"), s.bandwidthEfficiency}};
}

} // namespace headroom
