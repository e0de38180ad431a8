#include "core/hardware/classicalml.h"

#include "core/common/units.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace headroom {

QString classicalAlgorithmId(ClassicalAlgorithm a)
{
    switch (a) {
    case ClassicalAlgorithm::RandomForest:
        return QStringLiteral("random-forest");
    case ClassicalAlgorithm::GradientBoosting:
        return QStringLiteral("xgboost");
    case ClassicalAlgorithm::KNearestNeighbors:
        return QStringLiteral("knn");
    case ClassicalAlgorithm::SVM:
        return QStringLiteral("svm");
    case ClassicalAlgorithm::Linear:
        return QStringLiteral("linear");
    }
    return {};
}

std::optional<ClassicalAlgorithm> classicalAlgorithmFromId(const QString &id)
{
    for (auto a :
         {ClassicalAlgorithm::RandomForest, ClassicalAlgorithm::GradientBoosting,
          ClassicalAlgorithm::KNearestNeighbors, ClassicalAlgorithm::SVM, ClassicalAlgorithm::Linear})
        if (id.compare(classicalAlgorithmId(a), Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

ClassicalEstimate ClassicalMl::estimate(const ClassicalWorkload &w)
{
    ClassicalEstimate e;
    const double n = double(std::max<qint64>(1, w.rows));
    const double f = double(std::max<qint64>(1, w.features));
    const double k = std::max(1, w.classes);
    const double jobs = std::max(1, w.jobs);
    const double cells = n * f;
    e.inputBytes = cells * (w.inputFloat64 ? 8.0 : 4.0) + n * 8.0;
    e.reasons << tr("Input X: %1 rows × %2 features × %3 bytes, plus y = %4")
                     .arg(formatInteger(w.rows))
                     .arg(formatInteger(w.features))
                     .arg(w.inputFloat64 ? 8 : 4)
                     .arg(formatBytes(e.inputBytes));
    switch (w.algorithm) {
    case ClassicalAlgorithm::RandomForest: {
        // scikit-learn trees work on a float32 copy of X (sklearn/tree/_classes.py, DTYPE).
        e.dataBytes = w.inputFloat64 ? cells * 4.0 : 0.0;
        // Fully grown trees: each bootstrap sample holds ~63.2% distinct rows, at most
        // rows / min_samples_leaf leaves, 2·leaves - 1 nodes; max_depth caps it at 2^(d+1) - 1.
        double nodes = 2.0 * std::floor(0.632 * n / std::max(1, w.minSamplesLeaf)) - 1.0;
        if (w.maxDepth > 0)
            nodes = std::min(nodes, std::pow(2.0, w.maxDepth + 1) - 1.0);
        nodes = std::max(1.0, nodes);
        // sklearn/tree/_tree.pxd: Node is 64 bytes (7 eight-byte fields + flag, padded); `value`
        // holds n_outputs × n_classes float64 per node.
        const double perNode = 64.0 + 8.0 * k;
        e.modelBytes = double(w.trees) * nodes * perNode;
        // Per builder thread: sample indices, weights (int64/float64) and a float32 feature buffer.
        e.workingBytes = jobs * n * (8.0 + 8.0 + 4.0);
        e.reasons << tr("float32 copy of X: %1").arg(formatBytes(e.dataBytes))
                  << tr("%1 trees × %2 nodes × (64 + 8 × %3 classes) bytes = %4")
                         .arg(w.trees)
                         .arg(formatInteger(qint64(nodes)))
                         .arg(k)
                         .arg(formatBytes(e.modelBytes))
                  << tr("%1 job(s) × rows × 20 bytes of sample indices, weights and feature buffer = %2")
                         .arg(jobs)
                         .arg(formatBytes(e.workingBytes));
        break;
    }
    case ClassicalAlgorithm::GradientBoosting: {
        // XGBoost tree_method=hist: DMatrix stores CSR entries (uint32 feature + float32 value) and
        // row offsets; the quantised GHistIndexMatrix one byte per cell when max_bin <= 256
        // (XGBoost docs, "Memory usage"; QuantileDMatrix skips the CSR copy).
        const double binBytes = w.bins <= 256 ? 1.0 : (w.bins <= 65536 ? 2.0 : 4.0);
        e.dataBytes = cells * 8.0 + n * 8.0 + cells * binBytes;
        // Gradient pairs (float32 grad, hess) per row and class, and histograms of float64 pairs
        // (16 bytes) per feature and bin for the nodes of one depth level, per thread.
        // Binary and regression objectives grow one tree per round; multi:softmax one per class.
        const double perRound = w.classes > 2 ? k : 1.0;
        const int depth = w.maxDepth > 0 ? w.maxDepth : 6;
        const double levelNodes = std::min(std::pow(2.0, depth), 65536.0);
        e.workingBytes = n * perRound * 8.0 + jobs * levelNodes * f * w.bins * 16.0;
        // RegTree: about 40 bytes per node (node + stats).
        e.modelBytes = double(w.trees) * perRound * (std::pow(2.0, depth + 1) - 1.0) * 40.0;
        e.reasons
            << tr("DMatrix CSR %1 + quantised bins %2 bytes per cell")
                   .arg(formatBytes(cells * 8.0 + n * 8.0))
                   .arg(binBytes)
            << tr("gradients %1 + histograms %2 nodes × %3 features × %4 bins × 16 bytes × %5 thread(s)")
                   .arg(formatBytes(n * perRound * 8.0))
                   .arg(levelNodes)
                   .arg(formatInteger(w.features))
                   .arg(w.bins)
                   .arg(jobs)
            << tr("model: %1 rounds × %2 trees per round × nodes × 40 bytes = %3")
                   .arg(w.trees)
                   .arg(perRound)
                   .arg(formatBytes(e.modelBytes));
        break;
    }
    case ClassicalAlgorithm::KNearestNeighbors: {
        // KNeighbors* keep X as float64 (validate_data); the KD/ball tree adds int64 indices and
        // node bounds for ~2·n/leaf_size nodes (leaf_size 30). Brute-force queries compute
        // distances in chunks of sklearn's working_memory (1024 MiB).
        e.dataBytes = w.inputFloat64 ? 0.0 : cells * 8.0;
        const double treeNodes = 2.0 * std::ceil(n / 30.0);
        e.modelBytes = cells * 8.0 + n * 8.0 + treeNodes * (32.0 + 2.0 * f * 8.0);
        e.workingBytes = std::min(n * n * 8.0, 1024.0 * 1024.0 * 1024.0);
        e.reasons << tr("fitted index: X as float64 + %1 indices + %2 tree nodes with bounds = %3")
                         .arg(formatInteger(w.rows))
                         .arg(formatInteger(qint64(treeNodes)))
                         .arg(formatBytes(e.modelBytes))
                  << tr("query distance chunks, capped by working_memory (1 GiB) = %1")
                         .arg(formatBytes(e.workingBytes));
        break;
    }
    case ClassicalAlgorithm::SVM: {
        // libsvm (sklearn.svm.SVC) caches kernel rows in cache_size = 200 MB; a precomputed
        // kernel is an n × n float64 matrix. Support vectors are at most all rows.
        e.dataBytes = w.inputFloat64 ? 0.0 : cells * 8.0;
        e.workingBytes = w.precomputedKernel ? n * n * 8.0 : 200e6;
        e.modelBytes = cells * 8.0 + n * 8.0 * std::max(1.0, k - 1.0);
        e.reasons << (w.precomputedKernel ? tr("precomputed kernel matrix %1 × %1 × 8 bytes = %2")
                                                .arg(formatInteger(w.rows))
                                                .arg(formatBytes(e.workingBytes))
                                          : tr("libsvm kernel cache (cache_size) 200 MB"))
                  << tr("support vectors (at most every row) and dual coefficients = %1")
                         .arg(formatBytes(e.modelBytes));
        break;
    }
    case ClassicalAlgorithm::Linear: {
        // LinearRegression/Ridge/LogisticRegression: a float64 copy of X when centring for the
        // intercept (copy_X=True), plus predictions and gradients per row and class (lbfgs).
        e.dataBytes = cells * 8.0;
        e.workingBytes = 2.0 * n * k * 8.0;
        e.modelBytes = (f + 1.0) * k * 8.0;
        e.reasons << tr("float64 copy of X for centring: %1").arg(formatBytes(e.dataBytes))
                  << tr("predictions and gradients: 2 × rows × %1 × 8 bytes = %2")
                         .arg(k)
                         .arg(formatBytes(e.workingBytes));
        break;
    }
    }
    e.totalBytes = e.inputBytes + e.dataBytes + e.modelBytes + e.workingBytes;
    return e;
}

QJsonObject ClassicalMl::toJson(const ClassicalEstimate &e)
{
    return QJsonObject{{QStringLiteral("input_bytes"), std::round(e.inputBytes)},
                       {QStringLiteral("data_bytes"), std::round(e.dataBytes)},
                       {QStringLiteral("model_bytes"), std::round(e.modelBytes)},
                       {QStringLiteral("working_bytes"), std::round(e.workingBytes)},
                       {QStringLiteral("total_bytes"), std::round(e.totalBytes)},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)}};
}

} // namespace headroom
