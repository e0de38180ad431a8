// `headroom-cli recommend`: GPU types, counts and sharding that fit a plan, ranked.
#include "app/cli/clicommands.h"

#include "app/cli/planoptions.h"
#include "core/common/units.h"
#include "core/hardware/recommender.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace headroom::cli {

int commandRecommend(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Ranks GPU type × count (1, 2, 4, 8) × data parallel, ZeRO-2 and ZeRO-3 "
                "configurations that fit the plan with the safety margin."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("A .headroom plan file (optional with --preset)."),
                            QStringLiteral("[FILE.headroom]"));
    const PlanOptions o;
    o.addTo(p);
    const QCommandLineOption budget(QStringLiteral("budget"), Cli::tr("Most the GPUs may cost to buy."),
                                    QStringLiteral("X"));
    const QCommandLineOption rank(QStringLiteral("rank"),
                                  Cli::tr("cost (purchase), time or cost-per-sample."), QStringLiteral("BY"));
    const QCommandLineOption top(QStringLiteral("top"), Cli::tr("Show the best N (default 10)."),
                                 QStringLiteral("N"));
    p.addOptions({budget, rank, top});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    PlanSetup setup;
    if (const int rc = buildPlan(p, o, true, setup); rc != Ok)
        return rc;
    RecommendOptions options;
    options.run = setup.run;
    if (p.isSet(budget)) {
        bool ok = false;
        options.budget = p.value(budget).toDouble(&ok);
        if (!ok || !(options.budget > 0))
            return fail(InvalidInput,
                        Cli::tr("--budget must be a positive number (got \"%1\")").arg(p.value(budget)));
    }
    if (p.isSet(rank)) {
        const auto r = rankByFromId(p.value(rank));
        if (!r)
            return fail(
                InvalidInput,
                Cli::tr("--rank: \"%1\" is not one of cost, time, cost-per-sample").arg(p.value(rank)));
        options.rankBy = *r;
    }
    int topN = 10;
    if (p.isSet(top)) {
        bool ok = false;
        topN = p.value(top).toInt(&ok);
        if (!ok || topN < 1)
            return fail(InvalidInput, Cli::tr("--top must be a whole number of at least 1"));
    }
    QString error;
    std::vector<Recommendation> list =
        Recommender::recommend(setup.plan, GpuCatalog::builtin(), options, &error);
    if (!error.isEmpty())
        return fail(InvalidInput, error);
    if (int(list.size()) > topN)
        list.resize(std::size_t(topN));
    if (p.isSet(o.json)) {
        printJson(QJsonObject{{QStringLiteral("plan"), setup.plan.name},
                              {QStringLiteral("rank_by"), rankById(options.rankBy)},
                              {QStringLiteral("budget"), options.budget},
                              {QStringLiteral("currency"), GpuCatalog::builtin().currency()},
                              {QStringLiteral("recommendations"), Recommender::toJson(list)}});
        return Ok;
    }
    QTextStream &os = out();
    if (list.empty()) {
        os << Cli::tr("No configuration of up to 8 GPUs fits this plan with the safety margin.") << '\n';
        os.flush();
        return Ok;
    }
    os << pad(Cli::tr("GPU"), 34) << pad(Cli::tr("N"), 4) << pad(Cli::tr("Strategy"), 10)
       << pad(Cli::tr("Per GPU"), 12) << pad(Cli::tr("Samples/s"), 12) << pad(Cli::tr("Run (h)"), 10)
       << pad(Cli::tr("Buy (%1)").arg(GpuCatalog::builtin().currency()), 12) << Cli::tr("Per 1M samples")
       << '\n';
    for (const Recommendation &r : list)
        os << pad(r.gpu->name, 34) << pad(QString::number(r.gpuCount), 4) << pad(r.strategy, 10)
           << pad(formatBytes(r.perGpuBytes), 12) << pad(num(r.throughput.samplesPerSecond, 'g', 4), 12)
           << pad(num(r.throughput.runHours, 'g', 4), 10) << pad(num(r.throughput.purchaseCost, 'f', 0), 12)
           << num(r.throughput.costPerMillionSamples, 'f', 2) << '\n';
    os.flush();
    return Ok;
}

} // namespace headroom::cli
