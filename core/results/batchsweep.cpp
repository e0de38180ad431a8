#include "core/results/batchsweep.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {
// Batches beyond 2^30 overflow the memory model's int batch; no GPU holds them anyway.
constexpr qint64 kMaxExtent = qint64(1) << 30;
} // namespace

const QStringList &BatchSweep::referenceGpuIds()
{
    // 24, 48, 80 and 141 GB: the sizes a buyer chooses between (resources/catalog/gpus.json).
    static const QStringList ids{QStringLiteral("rtx-4090"), QStringLiteral("l40s"),
                                 QStringLiteral("h100-sxm"), QStringLiteral("h200")};
    return ids;
}

BatchSweep BatchSweep::compute(const Plan &plan, const PlanEvaluation &e, const SweepOptions &options)
{
    BatchSweep s;
    if (!e.ok())
        return s;
    const MemoryBreakdown &b = e.memory;
    const qint64 batch = plan.workload.microBatch;
    auto point = [&](qint64 at) {
        const double total = PlanEvaluator::totalAt(plan, e, at);
        return SweepPoint{at, total, e.gpu != nullptr && total <= b.visible};
    };

    if (e.gpu)
        s.references.push_back({e.gpu, true, b.visible, b.maxBatch,
                                b.maxBatch > 0 ? PlanEvaluator::totalAt(plan, e, b.maxBatch) : 0.0});
    if (options.references && options.catalog)
        for (const QString &id : referenceGpuIds()) {
            const GpuSpec *g = options.catalog->find(id);
            if (!g || g == e.gpu)
                continue;
            SweepReference r{g, false, g->capacityBytes() - g->driverReserveBytes(), 0, 0};
            r.maxBatch = PlanEvaluator::maxBatchWithin(plan, e, r.visible);
            r.totalAtMax = r.maxBatch > 0 ? PlanEvaluator::totalAt(plan, e, r.maxBatch) : 0.0;
            s.references.push_back(r);
        }

    // Twice the plan's batch and twice the largest that fits, so both sit inside the chart; with
    // the reference GPUs, also their limits when within reach (up to 8× further out).
    s.extent = std::max<qint64>({8, 2 * b.maxBatch, 2 * batch});
    for (const SweepReference &r : s.references)
        if (!r.chosen && r.maxBatch <= 8 * s.extent)
            s.extent = std::max(s.extent, r.maxBatch + r.maxBatch / 10 + 1);
    s.extent = std::min(s.extent, kMaxExtent);

    const int points = std::max(2, options.curvePoints);
    for (int i = 0; i <= points; ++i) {
        const qint64 at = std::max<qint64>(1, std::llround(double(s.extent) * i / points));
        if (s.curve.empty() || s.curve.back().batch != at)
            s.curve.push_back(point(at));
    }

    std::vector<qint64> batches;
    for (qint64 v = 1; v <= s.extent; v *= 2)
        batches.push_back(v);
    batches.push_back(std::min(batch, kMaxExtent));
    if (b.maxBatch > 0)
        batches.push_back(b.maxBatch);
    std::sort(batches.begin(), batches.end());
    batches.erase(std::unique(batches.begin(), batches.end()), batches.end());
    for (qint64 v : batches)
        s.table.push_back(point(v));
    return s;
}

QJsonArray BatchSweep::toJson() const
{
    QJsonArray a;
    for (const SweepPoint &p : table)
        a.append(QJsonObject{{QStringLiteral("batch"), double(p.batch)},
                             {QStringLiteral("total"), double(std::llround(p.total))},
                             {QStringLiteral("fits"), p.fits}});
    return a;
}

} // namespace headroom
