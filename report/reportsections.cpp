// Title, workload, verdict, bill of materials, memory breakdown and batch sweep.
#include "core/common/units.h"
#include "core/model/runtimeprofile.h"
#include "core/results/batchsweep.h"
#include "core/results/componentcolours.h"
#include "core/results/verdict.h"
#include "report/reportcharts.h"
#include "report/reportcontext.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace headroom::report {

QString ReportContext::money(double v) const
{
    return ComparisonBuilder::formatValue(v, RowFormat::Money, hardware.throughput.currency);
}

void ReportSections::title(ReportWriter &w, const ReportContext &c)
{
    w.heading(tr("Headroom build report"), 0);
    const QString name = c.plan.name.isEmpty() ? c.plan.architecture.name : c.plan.name;
    w.paragraph(tr("%1 — generated %2 by Headroom %3")
                    .arg(name, QDate::currentDate().toString(Qt::ISODate), QStringLiteral(HEADROOM_VERSION)),
                10, false, QColor(60, 60, 60));
}

void ReportSections::workload(ReportWriter &w, const ReportContext &c)
{
    const Plan &p = c.plan;
    const CompiledModel &m = c.evaluation.model;
    const Workload &wl = p.workload;
    qint64 layers = 0;
    for (const LayerRow &r : m.rows)
        if (r.node && !r.node->isComposite())
            layers += r.instances;
    const GpuSpec *gpu = c.evaluation.gpu;
    ReportTable t;
    t.widths = {0.3, 0.7};
    t.right = {false, false};
    auto row = [&](const QString &k, const QString &v) { t.rows.push_back({k, v}); };
    row(tr("Model"), p.architecture.name.isEmpty() ? tr("Custom model") : p.architecture.name);
    row(tr("Parameters"), tr("%1 (%2)").arg(formatCount(double(m.parameters)), formatInteger(m.parameters)));
    if (m.trainableParameters != m.parameters)
        row(tr("Trainable parameters"), formatInteger(m.trainableParameters));
    row(tr("Layers"), tr("%1 layers run per forward pass").arg(formatInteger(layers)));
    row(tr("Input per sample"), m.input.toString());
    row(tr("Mode"), modeName(wl.mode));
    row(tr("Micro-batch"),
        tr("%1 (gradient accumulation %2)").arg(wl.microBatch).arg(wl.gradientAccumulation));
    row(tr("Precision"), precisionName(wl.precision));
    row(tr("Optimizer"), optimizerName(wl.optimizer));
    row(tr("Activation checkpointing"), checkpointingName(wl.checkpointing));
    row(tr("Runtime profile"), runtimeProfileSummary(wl, p.assumptions));
    row(tr("Hardware"), tr("%1 × %2").arg(p.hardware.gpuCount).arg(gpu ? gpu->name : p.hardware.gpuId));
    if (p.hardware.gpuCount > 1)
        row(tr("Parallel layout"), MemoryModel::parallelismFormula(c.evaluation.memory, m));
    w.heading(tr("Workload and architecture"));
    w.table(t);
}

void ReportSections::verdict(ReportWriter &w, const ReportContext &c)
{
    w.heading(tr("Verdict"));
    const Verdict v = Verdict::of(c.plan, c.evaluation);
    const QColor amber(255, 236, 179);
    w.banner(v.sentence(), !v.fits()              ? QColor(248, 215, 218)
                           : v.warnings.isEmpty() ? QColor(212, 237, 218)
                                                  : amber);
    for (const QString &warning : v.warnings)
        w.banner(tr("Warning: %1").arg(warning), amber);
    const ThroughputEstimate &t = c.hardware.throughput;
    if (t.valid)
        w.paragraph(
            tr("Estimated step time %1, %2 samples/s, scaling efficiency %3. A run of %4 samples takes "
               "%5 h and costs %6.")
                .arg(ComparisonBuilder::formatValue(t.stepSeconds, RowFormat::Seconds),
                     QLocale().toString(t.samplesPerSecond, 'f', 1),
                     ComparisonBuilder::formatValue(t.scalingEfficiency, RowFormat::Fraction),
                     formatCount(t.runSamples), QLocale().toString(t.runHours, 'f', 1), c.money(t.runCost)));
}

void ReportSections::billOfMaterials(ReportWriter &w, const ReportContext &c)
{
    const GpuSpec *gpu = c.evaluation.gpu;
    const SystemPlan &s = c.hardware.system;
    const StoragePlan &st = c.hardware.storage;
    const ThroughputEstimate &t = c.hardware.throughput;
    const int nodes = c.plan.hardware.parallelism.nodes;
    ReportTable table;
    table.header = QStringList{tr("Item"), tr("Specification"), tr("Quantity"), tr("Price")};
    table.widths = {0.16, 0.5, 0.14, 0.2};
    table.right = {false, false, true, true};
    double total = 0;
    const double gpuCost = gpu ? c.plan.hardware.gpuCount * gpu->price : 0;
    table.rows.push_back({tr("GPUs"),
                          gpu ? tr("%1, %2 each").arg(gpu->name, c.money(gpu->price)) : c.plan.hardware.gpuId,
                          QString::number(c.plan.hardware.gpuCount), c.money(gpuCost)});
    total += gpuCost;
    table.rows.push_back({tr("System RAM"),
                          tr("%1 × %2 GB DIMMs (%3 recommended per node)")
                              .arg(s.dimms.count)
                              .arg(s.dimms.sizeGiB)
                              .arg(formatBytes(s.recommendedBytes)),
                          QString::number(nodes), c.money(s.ramCost * nodes)});
    total += s.ramCost * nodes;
    table.rows.push_back({tr("SSD"),
                          tr("NVMe SSD for %1 (dataset, %2 checkpoints, logs)")
                              .arg(formatBytes(st.totalBytes, ByteUnits::Decimal))
                              .arg(st.checkpointsKept),
                          QStringLiteral("1"), c.money(st.ssdCost)});
    total += st.ssdCost;
    table.rows.push_back({tr("HDD (alternative)"),
                          tr("Hard disks for the same %1: %2 instead of the SSD (not in the total)")
                              .arg(formatBytes(st.totalBytes, ByteUnits::Decimal), c.money(st.hddCost)),
                          QString(), tr("—")});
    table.rows.push_back(
        {tr("CPU"),
         tr("%1 cores, %2 platform, %3 PCIe lanes").arg(s.cpuCores).arg(s.platform).arg(s.pcieLanesNeeded),
         QString::number(nodes), tr("not priced")});
    table.rows.push_back(
        {tr("PSU"),
         s.psuRecommendedW > 0
             ? tr("%1 W (needs %2 W with margin)").arg(s.psuRecommendedW).arg(std::lround(s.psuWatts))
             : tr("%1 W needed: more than one supply").arg(std::lround(s.psuWatts)),
         QString::number(nodes), tr("not priced")});
    table.rows.push_back({tr("Total"), tr("priced items"), QString(), c.money(total)});
    table.bold.assign(table.rows.size(), {});
    table.bold.back() = {true, true, true, true};
    w.heading(tr("Recommended build"));
    w.table(table);
    Q_UNUSED(t);
}

void ReportSections::memory(ReportWriter &w, const ReportContext &c)
{
    const MemoryBreakdown &b = c.evaluation.memory;
    w.heading(tr("Memory breakdown per GPU"), 1, 90);
    const QString label = c.evaluation.gpu ? c.evaluation.gpu->name : c.plan.hardware.gpuId;
    w.block(90, [&](QPainter &p, const QRectF &r) { ReportCharts::memoryBars(p, r, {label}, {&b}); });
    ReportTable t;
    t.header = QStringList{tr("Component"), tr("Bytes"), tr("Formula")};
    t.widths = {0.18, 0.13, 0.69};
    t.right = {false, true, false};
    for (int k = 0; k < kComponentCount; ++k) {
        const auto comp = static_cast<Component>(k);
        if (b[comp] <= 0)
            continue;
        t.rows.push_back(
            {componentName(comp), formatBytes(b[comp]),
             MemoryModel::formula(comp, b, c.evaluation.model, c.plan.workload, c.plan.assumptions)});
    }
    t.rows.push_back({tr("Total"), formatBytes(b.total), tr("sum of the components above")});
    t.bold.assign(t.rows.size(), {});
    t.bold.back() = {true, true, false};
    w.table(t);
}

void ReportSections::sweep(ReportWriter &w, const ReportContext &c)
{
    const PlanEvaluation &e = c.evaluation;
    const MemoryBreakdown &b = e.memory;
    const BatchSweep sweep = BatchSweep::compute(c.plan, e); // with the plan's parallel layout
    ChartSeries total{tr("Total per GPU"), QColor::fromRgb(kSweepCurveRgb), {}, false, false};
    for (const SweepPoint &p : sweep.curve)
        total.points.emplace_back(double(p.batch), p.total);
    LineChart chart;
    chart.title = tr("Memory per GPU against micro-batch size");
    chart.xLabel = tr("micro-batch");
    chart.yLabel = tr("GiB");
    chart.yScale = 1024.0 * 1024.0 * 1024.0;
    chart.series.push_back(total);
    if (e.gpu)
        chart.series.push_back({tr("Visible memory of %1").arg(e.gpu->name),
                                QColor(200, 0, 0),
                                {QPointF(1, b.visible), QPointF(double(sweep.extent), b.visible)},
                                true,
                                false});
    w.heading(tr("Batch-size sweep"), 1, 190);
    w.block(190, [&](QPainter &p, const QRectF &r) { ReportCharts::lines(p, r, chart); });
    ReportTable t;
    t.header = QStringList{tr("Micro-batch"), tr("Total per GPU"), tr("Fits")};
    t.widths = {0.3, 0.35, 0.35};
    for (const SweepPoint &p : sweep.table)
        t.rows.push_back({formatInteger(p.batch), formatBytes(p.total),
                          e.gpu ? (p.fits ? tr("yes") : tr("no")) : tr("—")});
    w.table(t);
}

} // namespace headroom::report
