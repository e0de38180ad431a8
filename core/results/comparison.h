#pragma once

#include "core/model/plan.h"
#include "core/results/hardwarereport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <vector>

namespace headroom {

// Which way a row improves.
enum class Better { Lower, Higher, Neither };

// How a row's numbers are shown.
enum class RowFormat { Bytes, Count, Seconds, PerSecond, Fraction, Watts, Money, YesNo };

// One scenario evaluated: the plan it stands for, its memory and its hardware report.
struct ComparisonColumn
{
    QString name;
    Plan plan;
    PlanEvaluation evaluation;
    HardwareReport report;
};

// One compared figure across all columns. Values are NaN where a scenario has none.
struct ComparisonRow
{
    QString id;    // "memory.weights", "total", "fits", "step_time", ...
    QString label; // translated
    RowFormat format = RowFormat::Count;
    Better better = Better::Lower;
    std::vector<double> values;
    std::vector<bool> best;       // the best value (all ties marked; none when every value is equal)
    std::vector<double> delta;    // value - baseline value
    std::vector<double> relative; // delta / |baseline| (NaN when the baseline is 0 or missing)

    QString text(int column, const QString &currency = {}) const;
    // "+1.2 GiB (+12%)", "" for the baseline column itself.
    QString deltaText(int column, int baseline, const QString &currency = {}) const;
};

// Two to eight scenarios side by side: per-GPU memory by component, fit, speed, power and cost.
struct Comparison
{
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 8;

    std::vector<ComparisonColumn> columns;
    std::vector<ComparisonRow> rows;
    int baseline = 0;
    QString currency;
    QString error; // fewer than 2 or more than 8 scenarios, or a bad baseline

    bool ok() const { return error.isEmpty(); }
    const ComparisonRow *row(const QString &id) const;
    QJsonObject toJson() const;
};

class ComparisonBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonBuilder)
public:
    static Comparison build(const std::vector<Scenario> &scenarios, int baseline = 0,
                            const GpuCatalog &catalog = GpuCatalog::builtin(), const RunLength &run = {});
    // Recomputes best marks and baseline differences for another baseline column.
    static void setBaseline(Comparison &c, int baseline);
    // Value formatting shared by the table, the CLI and the report.
    static QString formatValue(double v, RowFormat f, const QString &currency = {});
};

} // namespace headroom
