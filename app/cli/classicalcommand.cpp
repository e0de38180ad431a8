// `headroom-cli classical`: host RAM of a classical (CPU) learner.
#include "app/cli/clicommands.h"

#include "core/common/units.h"
#include "core/hardware/classicalml.h"
#include "core/hardware/systemplanner.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace headroom::cli {

int commandClassical(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Host RAM for a classical (CPU) learner."));
    p.addHelpOption();
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       Cli::tr("random-forest, xgboost, knn, svm or linear."),
                                       QStringLiteral("A"));
    const QCommandLineOption rows(QStringLiteral("rows"), Cli::tr("Training rows."), QStringLiteral("N"));
    const QCommandLineOption features(QStringLiteral("features"), Cli::tr("Features per row."),
                                      QStringLiteral("N"));
    const QCommandLineOption classes(QStringLiteral("classes"), Cli::tr("Classes (1 for regression)."),
                                     QStringLiteral("N"));
    const QCommandLineOption trees(QStringLiteral("trees"), Cli::tr("Trees or boosting rounds."),
                                   QStringLiteral("N"));
    const QCommandLineOption depth(QStringLiteral("depth"), Cli::tr("Maximum tree depth (0: unlimited)."),
                                   QStringLiteral("N"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), Cli::tr("Parallel jobs (n_jobs)."),
                                  QStringLiteral("N"));
    const QCommandLineOption kernel(QStringLiteral("precomputed-kernel"),
                                    Cli::tr("SVM with a precomputed kernel matrix."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    p.addOptions({algorithm, rows, features, classes, trees, depth, jobs, kernel, json});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    ClassicalWorkload w;
    if (p.isSet(algorithm)) {
        const auto a = classicalAlgorithmFromId(p.value(algorithm));
        if (!a)
            return fail(InvalidInput,
                        Cli::tr("--algorithm: \"%1\" is not one of random-forest, xgboost, knn, svm, linear")
                            .arg(p.value(algorithm)));
        w.algorithm = *a;
    }
    auto integer = [&](const QCommandLineOption &opt, auto &target, qint64 minimum) {
        if (!p.isSet(opt))
            return true;
        bool ok = false;
        const qint64 v = p.value(opt).toLongLong(&ok);
        if (!ok || v < minimum || v > (qint64(1) << 40)) {
            fail(InvalidInput,
                 Cli::tr("--%1 must be a whole number of at least %2").arg(opt.names().first()).arg(minimum));
            return false;
        }
        target = decltype(target + 0)(v);
        return true;
    };
    if (!integer(rows, w.rows, 1) || !integer(features, w.features, 1) || !integer(classes, w.classes, 1) ||
        !integer(trees, w.trees, 1) || !integer(depth, w.maxDepth, 0) || !integer(jobs, w.jobs, 1))
        return InvalidInput;
    w.precomputedKernel = p.isSet(kernel);
    const ClassicalEstimate e = ClassicalMl::estimate(w);
    if (p.isSet(json)) {
        QJsonObject j = ClassicalMl::toJson(e);
        j.insert(QStringLiteral("algorithm"), classicalAlgorithmId(w.algorithm));
        j.insert(QStringLiteral("recommended_dimms"),
                 QStringLiteral("%1x%2GB")
                     .arg(SystemPlanner::roundUpToDimms(e.totalBytes).count)
                     .arg(SystemPlanner::roundUpToDimms(e.totalBytes).sizeGiB));
        printJson(j);
        return Ok;
    }
    for (const QString &line : e.reasons)
        out() << line << '\n';
    const DimmConfig d = SystemPlanner::roundUpToDimms(e.totalBytes);
    out() << Cli::tr("Host RAM: %1; buy %2 × %3 GB DIMMs")
                 .arg(formatBytes(e.totalBytes))
                 .arg(d.count)
                 .arg(d.sizeGiB)
          << '\n';
    out().flush();
    return Ok;
}

} // namespace headroom::cli
