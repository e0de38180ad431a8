#include "report/buildreport.h"

#include "report/reportcontext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

namespace headroom::report {

bool BuildReport::write(const Plan &plan, const QString &path, QPageSize::PageSizeId page, QString *error,
                        int *pages)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ReportContext c{plan, {}, {}, {}, false};
    PlanEvaluator evaluator;
    evaluator.evaluate(plan, c.evaluation, true);
    if (!c.evaluation.ok())
        return fail(tr("The plan does not evaluate: %1").arg(c.evaluation.error));
    c.hardware = HardwareReport::build(plan, c.evaluation);
    const int n = int(plan.scenarios.size());
    if (n >= Comparison::kMinColumns && n <= Comparison::kMaxColumns) {
        c.comparison = ComparisonBuilder::build(plan.scenarios);
        c.hasComparison = c.comparison.ok();
    }

    // Two passes: the first (into memory) counts the pages for the "Page N of M" footers.
    const auto render = [&](QPdfWriter &writer, int totalPages) {
        writer.setResolution(72); // one device unit = one point
        writer.setPageSize(QPageSize(page));
        writer.setPageMargins(QMarginsF(42, 42, 42, 36), QPageLayout::Point);
        writer.setTitle(
            tr("Headroom build report: %1").arg(plan.name.isEmpty() ? plan.architecture.name : plan.name));
        writer.setCreator(QStringLiteral("Headroom %1").arg(QStringLiteral(HEADROOM_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer))
            return 0;
        painter.setRenderHint(QPainter::Antialiasing);
        ReportWriter w(writer, painter, tr("Headroom %1 build report").arg(QStringLiteral(HEADROOM_VERSION)),
                       totalPages);
        ReportSections::title(w, c);
        ReportSections::workload(w, c);
        ReportSections::verdict(w, c);
        ReportSections::billOfMaterials(w, c);
        ReportSections::memory(w, c);
        ReportSections::sweep(w, c);
        ReportSections::comparison(w, c);
        ReportSections::storageAndRam(w, c);
        ReportSections::assumptions(w, c);
        ReportSections::limitations(w, c);
        w.finish();
        if (w.overflows() > 0 && totalPages > 0)
            qWarning("headroom: %d report block(s) taller than a page overflow it", w.overflows());
        return painter.end() ? w.pages() : 0;
    };
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    const int total = render(counter, 0);
    QPdfWriter writer(path);
    if (total == 0 || render(writer, total) != total || !QFileInfo::exists(path))
        return fail(tr("Cannot write %1").arg(path));
    const int written = total;
    if (pages)
        *pages = written;
    return true;
}

} // namespace headroom::report
