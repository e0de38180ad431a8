#include "core/hardware/recommender.h"

#include <algorithm>
#include <cmath>

namespace headroom {

QString rankById(RankBy r)
{
    switch (r) {
    case RankBy::Time:
        return QStringLiteral("time");
    case RankBy::CostPerSample:
        return QStringLiteral("cost-per-sample");
    case RankBy::Cost:
        break;
    }
    return QStringLiteral("cost");
}

std::optional<RankBy> rankByFromId(const QString &id)
{
    for (RankBy r : {RankBy::Cost, RankBy::Time, RankBy::CostPerSample})
        if (id.compare(rankById(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

std::vector<Recommendation> Recommender::recommend(const Plan &plan, const GpuCatalog &catalog,
                                                   const RecommendOptions &options, QString *error)
{
    std::vector<Recommendation> out;
    PlanEvaluator evaluator(catalog);
    PlanEvaluation e;
    Plan candidate = plan;
    candidate.hardware.parallelism = Parallelism{};
    candidate.hardware.gpuCount = 1;
    evaluator.evaluate(candidate, e, true);
    if (!e.ok()) {
        if (error)
            *error = e.error;
        return out;
    }
    const bool training = plan.workload.mode != Mode::Inference;
    const double margin = plan.assumptions.value(AssumptionId::SafetyMargin);
    struct Strategy
    {
        const char *id;
        int zero;
    };
    const Strategy strategies[] = {{"dp", 0}, {"zero2", 2}, {"zero3", 3}};
    for (const GpuSpec &gpu : catalog.gpus()) {
        for (int count : options.counts) {
            for (const Strategy &st : strategies) {
                if (!training && st.zero > 0)
                    continue; // ZeRO shards training state only
                if (count == 1 && st.zero > 0)
                    continue; // nothing to shard over
                Parallelism par;
                par.zeroStage = st.zero;
                candidate.hardware.gpuId = gpu.id;
                candidate.hardware.gpuCount = count;
                candidate.hardware.parallelism = par;
                e.gpu = &gpu;
                e.memory = MemoryModel::evaluate(e.model, plan.workload, plan.assumptions, &gpu,
                                                 candidate.hardware.layout());
                const double limit = e.memory.visible * (1.0 - margin);
                if (e.memory.total > limit)
                    continue;
                Recommendation r;
                r.gpu = &gpu;
                r.gpuCount = count;
                r.parallelism = par;
                r.strategy = QLatin1String(st.id);
                r.perGpuBytes = e.memory.total;
                r.limitBytes = limit;
                r.throughput = ThroughputModel::estimate(candidate, e, options.run, catalog.currency());
                if (!r.throughput.valid)
                    continue;
                if (options.budget > 0 && r.throughput.purchaseCost > options.budget)
                    continue;
                out.push_back(r);
            }
        }
    }
    auto key = [&](const Recommendation &r) {
        switch (options.rankBy) {
        case RankBy::Time:
            return r.throughput.runHours;
        case RankBy::CostPerSample:
            return r.throughput.costPerMillionSamples;
        case RankBy::Cost:
            break;
        }
        return r.throughput.purchaseCost;
    };
    // Ties (same price) go to the faster configuration, then to fewer GPUs.
    std::stable_sort(out.begin(), out.end(), [&](const Recommendation &a, const Recommendation &b) {
        if (key(a) != key(b))
            return key(a) < key(b);
        if (a.throughput.runHours != b.throughput.runHours)
            return a.throughput.runHours < b.throughput.runHours;
        return a.gpuCount < b.gpuCount;
    });
    return out;
}

QJsonArray Recommender::toJson(const std::vector<Recommendation> &list)
{
    QJsonArray a;
    for (const Recommendation &r : list)
        a.append(QJsonObject{{QStringLiteral("gpu"), r.gpu->id},
                             {QStringLiteral("gpu_name"), r.gpu->name},
                             {QStringLiteral("gpus"), r.gpuCount},
                             {QStringLiteral("strategy"), r.strategy},
                             {QStringLiteral("per_gpu_bytes"), std::round(r.perGpuBytes)},
                             {QStringLiteral("limit_bytes"), std::round(r.limitBytes)},
                             {QStringLiteral("samples_per_second"), r.throughput.samplesPerSecond},
                             {QStringLiteral("run_hours"), r.throughput.runHours},
                             {QStringLiteral("purchase_cost"), r.throughput.purchaseCost},
                             {QStringLiteral("run_cost"), r.throughput.runCost},
                             {QStringLiteral("cost_per_million_samples"), r.throughput.costPerMillionSamples},
                             {QStringLiteral("scaling_efficiency"), r.throughput.scalingEfficiency}});
    return a;
}

} // namespace headroom
