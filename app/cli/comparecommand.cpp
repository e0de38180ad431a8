// `headroom-cli compare FILE [--baseline N] [--json]`: the plan's scenarios side by side.
#include "app/cli/clicommands.h"

#include "core/io/planfile.h"
#include "core/results/comparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace headroom::cli {

namespace {

class Compare
{
    Q_DECLARE_TR_FUNCTIONS(Compare)
};

// One table: a label column, then one column per scenario.
void printTable(QTextStream &out, const QStringList &header, const std::vector<QStringList> &rows)
{
    std::vector<int> width(size_t(header.size()), 0);
    auto measure = [&](const QStringList &cells) {
        for (int i = 0; i < cells.size() && size_t(i) < width.size(); ++i)
            width[size_t(i)] = std::max(width[size_t(i)], int(cells[i].size()));
    };
    measure(header);
    for (const QStringList &r : rows)
        measure(r);
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i == 0 ? cells[i].leftJustified(width[0] + 2)
                           : cells[i].rightJustified(width[size_t(i)]) + QStringLiteral("  ");
        out << text.trimmed() << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
}

} // namespace

int commandCompare(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Compare::tr(
        "Compares the scenarios pinned in a plan file: per-GPU memory, fit, speed, power and cost. "
        "* marks the best value of a row."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Compare::tr("A .headroom plan file with 2 to 8 scenarios."),
                            QStringLiteral("FILE.headroom"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      Compare::tr("Show differences against scenario N (default 1)."),
                                      QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), Compare::tr("Print JSON."));
    p.addOptions({baseline, json});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    QTextStream &out = cli::out();
    if (p.positionalArguments().size() != 1)
        return fail(UsageError, Compare::tr("compare needs exactly one plan file"));
    bool numeric = false;
    const int base = p.value(baseline).toInt(&numeric);
    if (!numeric || base < 1 || base > Comparison::kMaxColumns)
        return fail(
            UsageError,
            Compare::tr("--baseline must be a scenario number from 1 to %1").arg(Comparison::kMaxColumns));
    Plan plan;
    QString error;
    if (!PlanFile::load(p.positionalArguments().constFirst(), plan, &error))
        return fail(InvalidInput, error);
    if (base > int(plan.scenarios.size()))
        return fail(
            UsageError,
            Compare::tr("--baseline %1: the plan has %2 scenarios").arg(base).arg(plan.scenarios.size()));
    const Comparison c = ComparisonBuilder::build(plan.scenarios, base - 1);
    if (!c.ok())
        return fail(InvalidInput, c.error);

    if (p.isSet(json)) {
        out << QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QStringList header{Compare::tr("Scenario")};
    for (const ComparisonColumn &col : c.columns)
        header << col.name;
    std::vector<QStringList> values, deltas;
    for (const ComparisonRow &r : c.rows) {
        QStringList v{r.label}, d{r.label};
        for (int i = 0; i < int(c.columns.size()); ++i) {
            v << r.text(i, c.currency) + (r.best[size_t(i)] ? QStringLiteral(" *") : QStringLiteral("  "));
            d << (i == c.baseline ? Compare::tr("baseline") : r.deltaText(i, c.baseline, c.currency));
        }
        values.push_back(v);
        deltas.push_back(d);
    }
    QStringList setup{Compare::tr("Setup")};
    for (const ComparisonColumn &col : c.columns) {
        const GpuSpec *gpu = col.evaluation.gpu;
        setup << Compare::tr("%1 × %2")
                     .arg(col.plan.hardware.gpuCount)
                     .arg(gpu ? gpu->name : col.plan.hardware.gpuId);
    }
    values.insert(values.begin(), setup);
    printTable(out, header, values);
    for (const ComparisonColumn &col : c.columns)
        if (!col.evaluation.ok())
            out << Compare::tr("%1: %2").arg(col.name, col.evaluation.error) << '\n';
    out << '\n' << Compare::tr("Differences against %1:").arg(c.columns[size_t(c.baseline)].name) << '\n';
    printTable(out, header, deltas);
    return Ok;
}

} // namespace headroom::cli
