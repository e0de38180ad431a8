#pragma once

#include "core/results/comparison.h"
#include "core/results/hardwarereport.h"
#include "report/reportwriter.h"

#include <QCoreApplication>

namespace headroom::report {

// What every section of the build report reads: the plan, its evaluation and hardware report,
// and the comparison of its scenarios (when it has 2 to 8).
struct ReportContext
{
    const Plan &plan;
    PlanEvaluation evaluation;
    HardwareReport hardware;
    Comparison comparison;
    bool hasComparison = false;

    QString money(double v) const;
};

// The sections, in the report's order.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(BuildReport)
public:
    static void title(ReportWriter &w, const ReportContext &c);
    static void workload(ReportWriter &w, const ReportContext &c);
    static void verdict(ReportWriter &w, const ReportContext &c);
    static void billOfMaterials(ReportWriter &w, const ReportContext &c);
    static void memory(ReportWriter &w, const ReportContext &c);
    static void sweep(ReportWriter &w, const ReportContext &c);
    static void comparison(ReportWriter &w, const ReportContext &c);
    static void storageAndRam(ReportWriter &w, const ReportContext &c);
    static void assumptions(ReportWriter &w, const ReportContext &c);
    static void limitations(ReportWriter &w, const ReportContext &c);
};

} // namespace headroom::report
