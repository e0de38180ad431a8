#pragma once

#include "core/common/units.h"
#include "core/results/planevaluator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace headroom {

enum class VerdictStatus { Fits, DoesNotFit, UnknownGpu, Error };

// The answer to "does it fit, with how much headroom, up to which batch", computed once for the
// desktop app's banner, the build report and the CLI, which only show it.
struct Verdict
{
    VerdictStatus status = VerdictStatus::Error;
    QString model;    // the architecture's name
    QString gpu;      // the GPU's name, or the plan's id when the catalog lacks it
    int gpuCount = 1; // all the plan's GPUs; the numbers are per GPU
    double total = 0; // per GPU
    double visible = 0;
    double headroomBytes = 0; // negative when it does not fit
    double headroomFraction = 0;
    qint64 maxBatch = 0;
    Mode mode = Mode::Training;
    bool tokens = false; // token input (inference batches are then concurrent sequences)
    QString error;
    // Combinations that evaluate but make no sense, and inputs that were defaulted: each one
    // translated sentence, shown in amber beside the verdict (a plan that fits with a warning is
    // not a green light).
    QStringList warnings;

    static Verdict of(const Plan &plan, const PlanEvaluation &e);
    bool fits() const { return status == VerdictStatus::Fits; }
    // The translated sentence, e.g. "Fits: GPT-2 needs 6.12 GiB of the 24.0 GiB visible per GPU on
    // NVIDIA GeForce RTX 4090, 16.4 GiB headroom (68.5%). Largest micro-batch that fits: 52."
    QString sentence(ByteUnits units = ByteUnits::Binary) const;
    // "fits", "does_not_fit", "unknown_gpu", "error": the CLI's JSON.
    QString statusId() const;
    // The CLI's "verdict" object: status, sentence, warnings.
    QJsonObject toJson() const;
};

class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

} // namespace headroom
