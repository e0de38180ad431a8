// Storage and RAM costs, assumptions with their sources, and what the estimate leaves out.
#include "core/common/units.h"
#include "report/reportcontext.h"

#include <QLocale>

namespace headroom::report {

void ReportSections::storageAndRam(ReportWriter &w, const ReportContext &c)
{
    const StoragePlan &st = c.hardware.storage;
    const SystemPlan &s = c.hardware.system;
    w.heading(tr("Storage and RAM costs"));
    ReportTable t;
    t.header = QStringList{tr("Option"), tr("Holds"), tr("Cost")};
    t.widths = {0.3, 0.5, 0.2};
    t.right = {false, false, true};
    const QString all = tr("dataset %1, %2 × checkpoint %3, logs %4")
                            .arg(formatBytes(st.datasetBytes, ByteUnits::Decimal))
                            .arg(st.checkpointsKept)
                            .arg(formatBytes(st.checkpointBytes, ByteUnits::Decimal),
                                 formatBytes(st.logBytes, ByteUnits::Decimal));
    t.rows.push_back({tr("All on NVMe SSD"), all, c.money(st.ssdCost)});
    t.rows.push_back({tr("All on HDD"), all, c.money(st.hddCost)});
    t.rows.push_back(
        {tr("Hybrid"), tr("dataset and logs on SSD, checkpoints on HDD"), c.money(st.hybridCost)});
    t.rows.push_back({tr("System RAM"),
                      tr("needs %1, rule of thumb %2, bought as %3 × %4 GB")
                          .arg(formatBytes(s.neededBytes), formatBytes(s.ruleOfThumbBytes))
                          .arg(s.dimms.count)
                          .arg(s.dimms.sizeGiB),
                      c.money(s.ramCost)});
    w.table(t);
    QStringList media;
    for (const StorageMedium &m : st.media)
        media << tr("%1 %2 MB/s%3")
                     .arg(m.id)
                     .arg(QLocale().toString(m.mbPerSecond, 'f', 0))
                     .arg(m.ioBound ? tr(" (too slow)") : QString());
    w.paragraph(tr("The input pipeline reads %1 MB/s at the estimated throughput; media: %2.")
                    .arg(formatAmount(st.requiredMBs), media.join(QStringLiteral(", "))),
                8.5);

    if (!c.hasComparison)
        return;
    ReportTable per;
    per.header = QStringList{tr("Scenario"), tr("RAM"), tr("RAM cost"), tr("Storage"), tr("SSD"), tr("HDD")};
    per.widths = {0.3, 0.14, 0.14, 0.14, 0.14, 0.14};
    for (const ComparisonColumn &col : c.comparison.columns) {
        const HardwareReport &r = col.report;
        per.rows.push_back({col.name, formatBytes(r.system.recommendedBytes), c.money(r.system.ramCost),
                            formatBytes(r.storage.totalBytes, ByteUnits::Decimal), c.money(r.storage.ssdCost),
                            c.money(r.storage.hddCost)});
    }
    w.heading(tr("Host RAM and storage by scenario"), 2);
    w.table(per);
}

void ReportSections::assumptions(ReportWriter &w, const ReportContext &c)
{
    w.heading(tr("Assumptions and sources"));
    ReportTable t;
    t.header = QStringList{tr("Assumption"), tr("Value"), tr("Source")};
    t.widths = {0.28, 0.14, 0.58};
    t.right = {false, true, false};
    for (int i = 0; i < kAssumptionCount; ++i) {
        const auto id = static_cast<AssumptionId>(i);
        const AssumptionInfo &info = assumptionInfo(id);
        const double v = c.plan.assumptions.value(id);
        QString value = QLocale().toString(v, 'g', 6);
        if (info.unit && qstrcmp(info.unit, "0/1") == 0)
            value = v > 0.5 ? tr("yes") : tr("no");
        else if (info.unit && *info.unit)
            value += QLatin1Char(' ') + QString::fromUtf8(info.unit);
        if (!c.plan.assumptions.isDefault(id))
            value += tr(" (edited)");
        t.rows.push_back({Assumptions::label(id), value, Assumptions::source(id)});
    }
    w.table(t);
}

void ReportSections::limitations(ReportWriter &w, const ReportContext &)
{
    w.heading(tr("What this estimate does not cover"));
    w.paragraph(
        tr("Headroom models what PyTorch holds on a GPU at the peak of a training or inference step, "
           "from the architecture and the settings above. It does not see framework versions, custom "
           "kernels, memory held by other processes, data-dependent shapes (variable sequence lengths, "
           "mixture-of-experts routing imbalance) or allocator behaviour beyond the fragmentation "
           "allowance. Speed and cost come from peak throughput at an assumed utilisation, not from "
           "measurement; prices are catalog values and change. Verify on the hardware with "
           "torch.cuda.max_memory_allocated() before buying."));
}

} // namespace headroom::report
