#pragma once

#include "core/hardware/throughputmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <vector>

namespace headroom {

enum class RankBy { Cost, Time, CostPerSample };
QString rankById(RankBy r); // cost, time, cost-per-sample
std::optional<RankBy> rankByFromId(const QString &id);

struct Recommendation
{
    const GpuSpec *gpu = nullptr;
    int gpuCount = 1;
    Parallelism parallelism;
    QString strategy; // dp, zero2, zero3
    double perGpuBytes = 0;
    double limitBytes = 0; // visible memory less the safety margin
    ThroughputEstimate throughput;
};

struct RecommendOptions
{
    RankBy rankBy = RankBy::Cost;
    double budget = 0; // hardware purchase budget; 0 = none
    RunLength run;
    std::vector<int> counts = {1, 2, 4, 8};
};

// Enumerates GPU type × count × strategy (plain data parallel, ZeRO-2, ZeRO-3) and keeps the
// configurations whose per-GPU peak stays below the visible memory less the safety margin.
class Recommender
{
    Q_DECLARE_TR_FUNCTIONS(Recommender)
public:
    static std::vector<Recommendation> recommend(const Plan &plan, const GpuCatalog &catalog,
                                                 const RecommendOptions &options, QString *error = nullptr);
    static QJsonArray toJson(const std::vector<Recommendation> &list);
};

} // namespace headroom
