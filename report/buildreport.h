#pragma once

#include "core/model/plan.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace headroom::report {

// The PDF build report of a plan: workload, verdict, bill of materials, memory breakdown with
// formulas, batch sweep, the scenario comparison (when the plan has 2–8 scenarios), storage and
// RAM costs, assumptions with sources and what the estimate leaves out. Text stays text and
// charts are vector paths. Needs a QGuiApplication (fonts).
class BuildReport
{
    Q_DECLARE_TR_FUNCTIONS(BuildReport)
public:
    // Returns false and sets `error` when the file cannot be written or the plan does not evaluate.
    static bool write(const Plan &plan, const QString &path, QPageSize::PageSizeId page = QPageSize::A4,
                      QString *error = nullptr, int *pages = nullptr);
};

} // namespace headroom::report
