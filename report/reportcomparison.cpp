// The scenario comparison: table, memory bars, throughput and cost against GPU count.
#include "core/results/scalingcurve.h"
#include "report/reportcharts.h"
#include "report/reportcontext.h"

#include <QPainter>
#include <algorithm>

namespace headroom::report {

namespace {
QColor seriesColour(int i)
{
    static const QColor colours[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                                     QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                                     QColor(227, 119, 194), QColor(127, 127, 127)};
    return colours[i % 8];
}
} // namespace

void ReportSections::comparison(ReportWriter &w, const ReportContext &c)
{
    if (!c.hasComparison)
        return;
    const Comparison &cmp = c.comparison;
    const int n = int(cmp.columns.size());
    w.heading(tr("Scenario comparison"));
    w.paragraph(
        tr("Per-GPU figures for each pinned scenario. The best value of each row is shaded green; the "
           "second line of a cell is the difference against the baseline, %1.")
            .arg(cmp.columns[size_t(cmp.baseline)].name));
    ReportTable t;
    t.header << tr("Figure");
    const double labelWidth = n <= 4 ? 0.2 : 0.15;
    t.widths.push_back(labelWidth);
    t.fontSize = n <= 4 ? 8.5 : n <= 6 ? 7.5 : 6.5;
    for (const ComparisonColumn &col : cmp.columns) {
        t.header << col.name;
        t.widths.push_back((1.0 - labelWidth) / n);
    }
    QStringList setup{tr("Setup")};
    for (const ComparisonColumn &col : cmp.columns)
        setup << tr("%1 × %2, %3")
                     .arg(col.plan.hardware.gpuCount)
                     .arg(col.evaluation.gpu ? col.evaluation.gpu->name : col.plan.hardware.gpuId,
                          col.plan.architecture.name);
    t.rows.push_back(setup);
    t.shading.emplace_back();
    t.bold.emplace_back();
    for (const ComparisonRow &r : cmp.rows) {
        QStringList cells{r.label};
        std::vector<QColor> shade{QColor()};
        std::vector<bool> bold{false};
        for (int i = 0; i < n; ++i) {
            QString text = r.text(i, cmp.currency);
            const QString d = r.deltaText(i, cmp.baseline, cmp.currency);
            if (!d.isEmpty())
                text += QLatin1Char('\n') + d;
            cells << text;
            shade.push_back(r.best[size_t(i)] ? QColor(212, 237, 218) : QColor());
            bold.push_back(r.best[size_t(i)]);
        }
        t.rows.push_back(cells);
        t.shading.push_back(shade);
        t.bold.push_back(bold);
    }
    w.table(t);

    QStringList labels;
    std::vector<const MemoryBreakdown *> bars;
    for (const ComparisonColumn &col : cmp.columns) {
        if (!col.evaluation.ok())
            continue;
        labels << col.name;
        bars.push_back(&col.evaluation.memory);
    }
    const double barsHeight = 50 + 26.0 * double(bars.size());
    w.heading(tr("Memory per GPU by scenario"), 2, barsHeight);
    w.block(barsHeight, [&](QPainter &p, const QRectF &r) { ReportCharts::memoryBars(p, r, labels, bars); });

    LineChart speed, cost;
    speed.title = tr("Throughput against GPU count");
    speed.xLabel = tr("GPUs of the scenario's type");
    speed.yLabel = tr("samples/s");
    speed.xTicks = {1, 2, 4, 8};
    cost.title = tr("Cost of the run against GPU count");
    cost.xLabel = speed.xLabel;
    cost.yLabel = cmp.currency;
    cost.xTicks = speed.xTicks;
    for (int i = 0; i < n; ++i) {
        const auto curve = ScalingCurve::compute(cmp.columns[size_t(i)].plan);
        ChartSeries s{cmp.columns[size_t(i)].name, seriesColour(i), {}, false, true};
        ChartSeries rule{
            tr("%1: ~85% at 8 GPUs").arg(cmp.columns[size_t(i)].name), seriesColour(i), {}, true, false};
        ChartSeries money{cmp.columns[size_t(i)].name, seriesColour(i), {}, false, true};
        for (const ScalingPoint &pt : curve) {
            if (!pt.valid)
                continue;
            s.points.emplace_back(pt.gpus, pt.samplesPerSecond);
            rule.points.emplace_back(pt.gpus, pt.ruleOfThumb);
            money.points.emplace_back(pt.gpus, pt.runCost);
        }
        speed.series.push_back(s);
        speed.series.push_back(rule);
        cost.series.push_back(money);
    }
    const double speedHeight = std::max(200.0, 24.0 * double(speed.series.size()) + 40);
    w.heading(tr("Throughput and cost against GPU count"), 2, speedHeight + 40);
    w.paragraph(
        tr("Each scenario's workload on 1, 2, 4 and 8 of its GPUs. Dashed: the rule of thumb of about 85% "
           "scaling efficiency at 8 GPUs, for reference; it is not computed."),
        8.5);
    w.block(speedHeight, [&](QPainter &p, const QRectF &r) { ReportCharts::lines(p, r, speed); });
    w.block(180, [&](QPainter &p, const QRectF &r) { ReportCharts::lines(p, r, cost); });
}

} // namespace headroom::report
