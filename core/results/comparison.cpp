#include "core/results/comparison.h"

#include "core/common/units.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>
#include <functional>
#include <limits>

namespace headroom {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ComparisonRow makeRow(const QString &id, const QString &label, RowFormat f, Better b, int columns)
{
    ComparisonRow r;
    r.id = id;
    r.label = label;
    r.format = f;
    r.better = b;
    r.values.assign(size_t(columns), kNaN);
    return r;
}

QString signedText(double v, const QString &body)
{
    return (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("−") : QString()) + body;
}

} // namespace

QString ComparisonBuilder::formatValue(double v, RowFormat f, const QString &currency)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    const QLocale locale;
    switch (f) {
    case RowFormat::Bytes:
        return formatBytes(v);
    case RowFormat::Count:
        return formatInteger(qint64(std::llround(v)));
    case RowFormat::Seconds:
        return v < 1 ? tr("%1 ms").arg(locale.toString(v * 1000.0, 'f', 1))
                     : tr("%1 s").arg(locale.toString(v, 'f', 2));
    case RowFormat::PerSecond:
        return tr("%1 /s").arg(locale.toString(v, 'f', v < 100 ? 1 : 0));
    case RowFormat::Fraction:
        return tr("%1%").arg(locale.toString(v * 100.0, 'f', 1));
    case RowFormat::Watts:
        return tr("%1 W").arg(locale.toString(v, 'f', 0));
    case RowFormat::Money:
        return tr("%1 %2").arg(locale.toString(v, 'f', v < 100 ? 2 : 0), currency).trimmed();
    case RowFormat::YesNo:
        return v > 0.5 ? tr("FITS") : tr("DOES NOT FIT");
    }
    return {};
}

QString ComparisonRow::text(int column, const QString &currency) const
{
    return ComparisonBuilder::formatValue(values.at(size_t(column)), format, currency);
}

QString ComparisonRow::deltaText(int column, int baseline, const QString &currency) const
{
    if (column == baseline || size_t(column) >= delta.size())
        return {};
    const double d = delta[size_t(column)];
    if (std::isnan(d) || format == RowFormat::YesNo)
        return {};
    if (d == 0)
        return ComparisonBuilder::tr("same");
    QString body = format == RowFormat::Fraction
                       ? ComparisonBuilder::tr("%1 pt").arg(QLocale().toString(std::abs(d) * 100.0, 'f', 1))
                       : ComparisonBuilder::formatValue(std::abs(d), format, currency);
    QString text = signedText(d, body);
    const double rel = relative[size_t(column)];
    if (!std::isnan(rel) && format != RowFormat::Fraction)
        text += QStringLiteral(" (%1%2%)")
                    .arg(rel > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                         QLocale().toString(std::abs(rel) * 100.0, 'f', 0));
    return text;
}

const ComparisonRow *Comparison::row(const QString &id) const
{
    for (const ComparisonRow &r : rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

void ComparisonBuilder::setBaseline(Comparison &c, int baseline)
{
    c.baseline = baseline;
    for (ComparisonRow &r : c.rows) {
        const size_t n = r.values.size();
        r.best.assign(n, false);
        r.delta.assign(n, kNaN);
        r.relative.assign(n, kNaN);
        if (r.better != Better::Neither) {
            double extreme = kNaN;
            bool allEqual = true;
            for (double v : r.values) {
                if (std::isnan(v))
                    continue;
                if (!std::isnan(extreme) && v != extreme)
                    allEqual = false;
                if (std::isnan(extreme) || (r.better == Better::Lower ? v < extreme : v > extreme))
                    extreme = v;
            }
            if (!allEqual)
                for (size_t i = 0; i < n; ++i)
                    r.best[i] = r.values[i] == extreme;
        }
        if (baseline < 0 || size_t(baseline) >= n)
            continue;
        const double base = r.values[size_t(baseline)];
        for (size_t i = 0; i < n; ++i) {
            if (std::isnan(base) || std::isnan(r.values[i]))
                continue;
            r.delta[i] = r.values[i] - base;
            if (base != 0)
                r.relative[i] = r.delta[i] / std::abs(base);
        }
    }
}

Comparison ComparisonBuilder::build(const std::vector<Scenario> &scenarios, int baseline,
                                    const GpuCatalog &catalog, const RunLength &run)
{
    Comparison c;
    c.currency = catalog.currency();
    const int n = int(scenarios.size());
    if (n < Comparison::kMinColumns || n > Comparison::kMaxColumns) {
        c.error = tr("A comparison needs %1 to %2 scenarios; this plan has %3.")
                      .arg(Comparison::kMinColumns)
                      .arg(Comparison::kMaxColumns)
                      .arg(n);
        return c;
    }
    if (baseline < 0 || baseline >= n) {
        c.error = tr("The baseline must be a scenario number from 1 to %1.").arg(n);
        return c;
    }
    PlanEvaluator evaluator(catalog);
    for (const Scenario &s : scenarios) {
        ComparisonColumn col;
        col.name = s.name;
        col.plan = s.toPlan();
        evaluator.evaluate(col.plan, col.evaluation, true);
        if (col.evaluation.ok())
            col.report = HardwareReport::build(col.plan, col.evaluation, run, {}, c.currency);
        c.columns.push_back(std::move(col));
    }

    // Memory components shown when any scenario has them.
    for (int k = 0; k < kComponentCount; ++k) {
        const auto comp = static_cast<Component>(k);
        ComparisonRow r = makeRow(QStringLiteral("memory.") + componentId(comp), componentName(comp),
                                  RowFormat::Bytes, Better::Lower, n);
        bool any = false;
        for (int i = 0; i < n; ++i) {
            const PlanEvaluation &e = c.columns[size_t(i)].evaluation;
            if (!e.ok())
                continue;
            r.values[size_t(i)] = e.memory[comp];
            any = any || e.memory[comp] > 0;
        }
        if (any)
            c.rows.push_back(std::move(r));
    }

    auto add = [&](const QString &id, const QString &label, RowFormat f, Better b,
                   const std::function<double(const ComparisonColumn &)> &value) {
        ComparisonRow r = makeRow(id, label, f, b, n);
        for (int i = 0; i < n; ++i) {
            const ComparisonColumn &col = c.columns[size_t(i)];
            if (col.evaluation.ok())
                r.values[size_t(i)] = value(col);
        }
        c.rows.push_back(std::move(r));
    };
    const auto hasGpu = [](const ComparisonColumn &col) { return col.evaluation.gpu != nullptr; };
    const auto tput = [hasGpu](const ComparisonColumn &col, double v) {
        return hasGpu(col) && col.report.throughput.valid ? v : kNaN;
    };
    add(QStringLiteral("total"), tr("Total per GPU"), RowFormat::Bytes, Better::Lower,
        [](const ComparisonColumn &col) { return col.evaluation.memory.total; });
    add(QStringLiteral("capacity"), tr("GPU memory (visible)"), RowFormat::Bytes, Better::Higher,
        [hasGpu](const ComparisonColumn &col) { return hasGpu(col) ? col.evaluation.memory.visible : kNaN; });
    add(QStringLiteral("fits"), tr("Fits"), RowFormat::YesNo, Better::Higher,
        [](const ComparisonColumn &col) { return col.evaluation.memory.fits ? 1.0 : 0.0; });
    add(QStringLiteral("headroom"), tr("Headroom"), RowFormat::Bytes, Better::Higher,
        [hasGpu](const ComparisonColumn &col) {
            return hasGpu(col) ? col.evaluation.memory.headroomBytes : kNaN;
        });
    add(QStringLiteral("max_batch"), tr("Largest micro-batch"), RowFormat::Count, Better::Higher,
        [hasGpu](const ComparisonColumn &col) {
            return hasGpu(col) ? double(col.evaluation.memory.maxBatch) : kNaN;
        });
    add(QStringLiteral("step_time"), tr("Step time"), RowFormat::Seconds, Better::Lower,
        [tput](const ComparisonColumn &col) { return tput(col, col.report.throughput.stepSeconds); });
    add(QStringLiteral("throughput"), tr("Throughput (samples)"), RowFormat::PerSecond, Better::Higher,
        [tput](const ComparisonColumn &col) { return tput(col, col.report.throughput.samplesPerSecond); });
    add(QStringLiteral("scaling_efficiency"), tr("Scaling efficiency"), RowFormat::Fraction, Better::Higher,
        [tput](const ComparisonColumn &col) { return tput(col, col.report.throughput.scalingEfficiency); });
    add(QStringLiteral("power"), tr("GPU board power"), RowFormat::Watts, Better::Lower,
        [hasGpu](const ComparisonColumn &col) {
            return hasGpu(col) ? col.plan.hardware.gpuCount * col.evaluation.gpu->tdpW : kNaN;
        });
    add(QStringLiteral("hardware_cost"), tr("Hardware cost (GPUs)"), RowFormat::Money, Better::Lower,
        [tput](const ComparisonColumn &col) { return tput(col, col.report.throughput.purchaseCost); });
    add(QStringLiteral("run_cost"), tr("Cost per run"), RowFormat::Money, Better::Lower,
        [tput](const ComparisonColumn &col) { return tput(col, col.report.throughput.runCost); });
    setBaseline(c, baseline);
    return c;
}

QJsonObject Comparison::toJson() const
{
    QJsonArray cols;
    for (const ComparisonColumn &col : columns) {
        const HardwareChoice &h = col.plan.hardware;
        cols.append(QJsonObject{{QStringLiteral("name"), col.name},
                                {QStringLiteral("architecture"), col.plan.architecture.name},
                                {QStringLiteral("gpu"), h.gpuId},
                                {QStringLiteral("gpu_count"), h.gpuCount},
                                {QStringLiteral("error"), col.evaluation.error}});
    }
    QJsonArray rowList;
    for (const ComparisonRow &r : rows) {
        QJsonArray values, best, delta;
        for (size_t i = 0; i < r.values.size(); ++i) {
            values.append(std::isnan(r.values[i]) ? QJsonValue() : QJsonValue(r.values[i]));
            best.append(bool(r.best[i]));
            delta.append(std::isnan(r.delta[i]) ? QJsonValue() : QJsonValue(r.delta[i]));
        }
        rowList.append(
            QJsonObject{{QStringLiteral("id"), r.id},
                        {QStringLiteral("label"), r.label},
                        {QStringLiteral("better"), r.better == Better::Lower    ? QStringLiteral("lower")
                                                   : r.better == Better::Higher ? QStringLiteral("higher")
                                                                                : QStringLiteral("neither")},
                        {QStringLiteral("values"), values},
                        {QStringLiteral("best"), best},
                        {QStringLiteral("delta_vs_baseline"), delta}});
    }
    return QJsonObject{{QStringLiteral("baseline"), baseline},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("columns"), cols},
                       {QStringLiteral("rows"), rowList}};
}

} // namespace headroom
