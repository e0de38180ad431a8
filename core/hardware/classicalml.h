#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace headroom {

enum class ClassicalAlgorithm { RandomForest, GradientBoosting, KNearestNeighbors, SVM, Linear };

QString classicalAlgorithmId(ClassicalAlgorithm a); // random-forest, xgboost, knn, svm, linear
std::optional<ClassicalAlgorithm> classicalAlgorithmFromId(const QString &id);

// A classical (CPU, in-memory) learner: host RAM is the constraint, not GPU memory.
struct ClassicalWorkload
{
    ClassicalAlgorithm algorithm = ClassicalAlgorithm::RandomForest;
    qint64 rows = 100000;
    qint64 features = 100;
    int classes = 2;  // 1 for regression
    int trees = 100;  // random forest / boosting rounds
    int maxDepth = 0; // 0: unlimited (scikit-learn's default for forests); XGBoost default 6
    int minSamplesLeaf = 1;
    int bins = 256;                 // XGBoost max_bin
    int jobs = 1;                   // parallel tree builders (n_jobs)
    bool precomputedKernel = false; // SVM: kernel="precomputed", an n×n matrix in RAM
    bool inputFloat64 = true;       // the user's own copy of X (NumPy default float64)
};

struct ClassicalEstimate
{
    double inputBytes = 0;   // the user's X and y
    double dataBytes = 0;    // the copy or index the library builds from them
    double modelBytes = 0;   // the fitted model
    double workingBytes = 0; // temporaries while fitting
    double totalBytes = 0;
    QStringList reasons; // one formula per part
};

class ClassicalMl
{
    Q_DECLARE_TR_FUNCTIONS(ClassicalMl)
public:
    static ClassicalEstimate estimate(const ClassicalWorkload &w);
    static QJsonObject toJson(const ClassicalEstimate &e);
};

} // namespace headroom
