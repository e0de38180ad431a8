#include "core/hardware/throughputmodel.h"

#include <algorithm>
#include <cmath>

namespace headroom {

double RunLength::resolvedSamples(qint64 sequenceLength) const
{
    if (samples > 0)
        return samples;
    if (tokens > 0)
        return tokens / double(std::max<qint64>(1, sequenceLength));
    return 1e6;
}

double ThroughputModel::peakTflops(const GpuSpec &g, Precision p, QString *column)
{
    auto pick = [&](double v, const char *name) {
        if (column)
            *column = QLatin1String(name);
        return v;
    };
    switch (p) {
    case Precision::FP32:
        return pick(g.fp32Tflops, "fp32");
    case Precision::TF32:
        return g.tf32Tflops > 0 ? pick(g.tf32Tflops, "tf32") : pick(g.fp32Tflops, "fp32");
    case Precision::FP16_AMP:
    case Precision::FP16:
        return pick(g.fp16Tflops, "fp16");
    case Precision::BF16_AMP:
    case Precision::BF16:
        // Without bf16 tensor cores (Volta, Turing) bf16 runs at about the fp32 rate.
        return g.bf16Tflops > 0 ? pick(g.bf16Tflops, "bf16") : pick(g.fp32Tflops, "fp32");
    case Precision::FP8:
        if (g.fp8Tflops > 0)
            return pick(g.fp8Tflops, "fp8");
        return g.bf16Tflops > 0 ? pick(g.bf16Tflops, "bf16") : pick(g.fp16Tflops, "fp16");
    case Precision::INT8:
    case Precision::INT4:
        return g.int8Tops > 0 ? pick(g.int8Tops, "int8") : pick(g.fp16Tflops, "fp16");
    }
    return pick(g.fp32Tflops, "fp32");
}

ThroughputEstimate ThroughputModel::estimate(const Plan &plan, const PlanEvaluation &e, const RunLength &run,
                                             const QString &currency)
{
    ThroughputEstimate t;
    t.currency = currency;
    if (!e.ok() || !e.gpu || e.model.forwardFlopsPerSample <= 0)
        return t;
    const GpuSpec &g = *e.gpu;
    const Workload &w = plan.workload;
    const Assumptions &a = plan.assumptions;
    const ParallelLayout L = plan.hardware.layout();
    const bool training = w.mode != Mode::Inference;
    const double N = L.gpus;

    t.peakTflops = peakTflops(g, w.precision, &t.peakColumn);
    t.mfu = a.value(AssumptionId::ModelFlopsUtilisation);
    // Backward costs twice the forward (one matmul for the input gradient, one for the weight
    // gradient), so a training step is 3 forwards (Kaplan et al. 2020: 6·P·tokens); full
    // recomputation replays the forward once more (Korthikanti et al. 2022: 4 forwards).
    // With a frozen base (LoRA, QLoRA) backward computes input gradients only, one forward's worth;
    // the adapters' weight gradients are negligible (Hu et al. 2021).
    const double F = e.model.forwardFlopsPerSample;
    const bool frozenBase = w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full;
    const double backward = frozenBase ? 1.0 : 2.0;
    const double recompute = w.checkpointing == Checkpointing::Full ? 1.0 : 0.0;
    t.flopsPerSample = training ? (1.0 + backward + recompute) * F : F;
    const double m = training ? std::max(1, w.gradientAccumulation) : 1;
    t.globalBatch = double(w.microBatch) * m * L.dp;
    const double rate = t.peakTflops * 1e12 * t.mfu; // FLOP/s one GPU sustains
    t.computeSeconds = t.globalBatch * t.flopsPerSample / (N * rate);
    // GPipe/1F1B bubble: p - 1 idle slots per m micro-batches (Narayanan et al. 2021, section 2.2).
    t.bubbleFraction = L.pp > 1 ? (L.pp - 1.0) / (m + L.pp - 1.0) : 0.0;
    const double pipelineSeconds = t.computeSeconds / (1.0 - t.bubbleFraction);

    if (training && L.dp > 1) {
        // Ring all-reduce sends 2(n-1)/n of the buffer over each link (Patarasuk & Yuan 2009;
        // NCCL's bus-bandwidth definition). ZeRO-3 replaces it by reduce-scatter plus two
        // all-gathers of the weights: 1.5x the volume (ZeRO paper, section 7).
        const PrecisionTraits traits = precisionTraits(w.precision);
        const bool peft = w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full;
        const double gradBytes = peft ? 4.0 : (traits.halfWeights ? 2.0 : 4.0);
        const double trainable =
            peft ? double(e.model.adapterParameters) : double(e.model.trainableParameters);
        t.gradientBytes = trainable * gradBytes * e.memory.modelStateShare;
        t.link = Interconnect::gradientLink(g, L, a.value(AssumptionId::InterNodeBandwidthGBs));
        const double volume = 2.0 * (L.dp - 1.0) / L.dp * t.gradientBytes * (L.zero >= 3 ? 1.5 : 1.0);
        t.allReduceSeconds = t.link.gbPerSecond > 0 ? volume / (t.link.gbPerSecond * 1e9) : 0;
    }
    if (L.tp > 1 && e.model.tensorParallelCommElementsPerSample > 0) {
        // Megatron TP all-reduces each attention/MLP output once in the forward and once in the
        // backward (sequence parallelism swaps each for an all-gather plus a reduce-scatter of the
        // same volume; Korthikanti et al. 2022, section 4.2.2), ring volume 2(t-1)/t, over the
        // node's NVLink or PCIe. Each GPU's stage runs 1/p of the layers for m micro-batches;
        // full recomputation repeats the forward's.
        ParallelLayout group = L;
        group.gpus = L.tp;
        group.nodes = 1;
        t.tensorParallelLink =
            Interconnect::gradientLink(g, group, a.value(AssumptionId::InterNodeBandwidthGBs));
        const double bytes =
            precisionTraits(w.precision).autocast ? 2.0 : precisionTraits(w.precision).activationBytes;
        const double passes = training ? (w.checkpointing == Checkpointing::Full ? 3.0 : 2.0) : 1.0;
        const double volume = passes * e.model.tensorParallelCommElementsPerSample / L.pp *
                              double(w.microBatch) * m * bytes * 2.0 * (L.tp - 1.0) / L.tp;
        t.tensorParallelSeconds =
            t.tensorParallelLink.gbPerSecond > 0 ? volume / (t.tensorParallelLink.gbPerSecond * 1e9) : 0;
    }
    if (training && L.offload != CpuOffload::None) {
        // ZeRO-Offload: the gradient shard goes to the host and the updated half-precision
        // parameters come back over the GPU's own PCIe link each step.
        const double shard = double(e.model.trainableParameters) * e.memory.modelStateShare / L.dp;
        const double pcie =
            Interconnect::pcieGBs(g.pcieGen > 0 ? g.pcieGen : 4, g.pcieLanes > 0 ? g.pcieLanes : 16);
        t.offloadSeconds = pcie > 0 ? shard * 4.0 / (pcie * 1e9) : 0;
    }
    // No overlap of communication with compute is assumed: an upper bound on the step time
    // (PyTorch DDP overlaps the bucketed all-reduce with backward in practice).
    t.stepSeconds = pipelineSeconds + t.allReduceSeconds + t.tensorParallelSeconds + t.offloadSeconds;
    t.samplesPerSecond = t.stepSeconds > 0 ? t.globalBatch / t.stepSeconds : 0;
    const double seq = double(std::max<qint64>(1, e.model.sequenceLength));
    t.tokensPerSecond = e.model.sequenceLength > 0 ? t.samplesPerSecond * seq : 0;
    t.singleGpuSamplesPerSecond = rate / t.flopsPerSample;
    t.scalingEfficiency =
        t.singleGpuSamplesPerSecond > 0 ? t.samplesPerSecond / (N * t.singleGpuSamplesPerSecond) : 0;

    // The run.
    t.runSamples = run.resolvedSamples(e.model.sequenceLength);
    t.runHours = t.samplesPerSecond > 0 ? t.runSamples / t.samplesPerSecond / 3600.0 : 0;
    t.gpuHours = t.runHours * N;
    // Energy: GPUs at a share of TDP plus each node's CPU and platform.
    const double watts =
        N * g.tdpW * a.value(AssumptionId::PowerUtilisation) + L.nodes * a.value(AssumptionId::CpuPowerW);
    t.energyKWh = watts * t.runHours / 1000.0;
    t.energyCost = t.energyKWh * a.value(AssumptionId::ElectricityPricePerKWh);
    const double rental = a.value(AssumptionId::RentalPricePerGpuHour);
    t.rented = rental > 0;
    // Owned: straight-line depreciation over the amortisation period, running around the clock.
    t.hourlyPerGpu = t.rented ? rental : g.price / (a.value(AssumptionId::AmortisationYears) * 365.25 * 24.0);
    t.computeCost = t.gpuHours * t.hourlyPerGpu;
    t.runCost = t.computeCost + (t.rented ? 0.0 : t.energyCost);
    t.costPerMillionSamples = t.runSamples > 0 ? t.runCost / t.runSamples * 1e6 : 0;
    t.purchaseCost = N * g.price;
    t.valid = true;
    return t;
}

QJsonObject ThroughputModel::throughputJson(const ThroughputEstimate &t)
{
    return QJsonObject{
        {QStringLiteral("peak_tflops_per_gpu"), t.peakTflops},
        {QStringLiteral("peak_column"), t.peakColumn},
        {QStringLiteral("model_flops_utilisation"), t.mfu},
        {QStringLiteral("flops_per_sample"), t.flopsPerSample},
        {QStringLiteral("global_batch"), t.globalBatch},
        {QStringLiteral("compute_seconds_per_step"), t.computeSeconds},
        {QStringLiteral("pipeline_bubble_fraction"), t.bubbleFraction},
        {QStringLiteral("gradient_bytes"), t.gradientBytes},
        {QStringLiteral("all_reduce_seconds_per_step"), t.allReduceSeconds},
        {QStringLiteral("offload_seconds_per_step"), t.offloadSeconds},
        {QStringLiteral("tensor_parallel_seconds_per_step"), t.tensorParallelSeconds},
        {QStringLiteral("interconnect"), t.link.label},
        {QStringLiteral("interconnect_gbs"), t.link.gbPerSecond},
        {QStringLiteral("step_seconds"), t.stepSeconds},
        {QStringLiteral("samples_per_second"), t.samplesPerSecond},
        {QStringLiteral("tokens_per_second"), t.tokensPerSecond},
        {QStringLiteral("single_gpu_samples_per_second"), t.singleGpuSamplesPerSecond},
        {QStringLiteral("scaling_efficiency"), t.scalingEfficiency},
        {QStringLiteral("rule_of_thumb_efficiency_8_gpus"), t.ruleOfThumbEfficiency8},
        {QStringLiteral("rule_of_thumb_label"),
         tr("Rule of thumb from the article: about 85% scaling efficiency at 8 GPUs; measured 84-97% for "
            "ResNet-50 depending on interconnect and precision. Not computed.")}};
}

QJsonObject ThroughputModel::costJson(const ThroughputEstimate &t)
{
    return QJsonObject{{QStringLiteral("currency"), t.currency},
                       {QStringLiteral("run_samples"), t.runSamples},
                       {QStringLiteral("run_hours"), t.runHours},
                       {QStringLiteral("gpu_hours"), t.gpuHours},
                       {QStringLiteral("energy_kwh"), t.energyKWh},
                       {QStringLiteral("energy_cost"), t.energyCost},
                       {QStringLiteral("hourly_per_gpu"), t.hourlyPerGpu},
                       {QStringLiteral("rented"), t.rented},
                       {QStringLiteral("compute_cost"), t.computeCost},
                       {QStringLiteral("run_cost"), t.runCost},
                       {QStringLiteral("cost_per_million_samples"), t.costPerMillionSamples},
                       {QStringLiteral("purchase_cost"), t.purchaseCost}};
}

} // namespace headroom
