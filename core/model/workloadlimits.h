#pragma once

#include "core/model/workload.h"

#include <QString>
#include <QStringList>

#include <span>

namespace headroom {

struct HardwareChoice;

// Every numeric workload and hardware setting a user types, with its one valid range. Validation
// (validateWorkload), the plan-file reader (PlanFile), the settings panels (spin-box ranges) and
// the command line read their bounds from this table, so what one accepts the others accept too.
enum class LimitId {
    // Workload
    MicroBatch,
    GradientAccumulation,
    SequenceLength,
    ImageSize,
    LoraRank,
    ContextLength,
    // HardwareChoice and its Parallelism
    GpuCount,
    Nodes,
    ZeroStage,
    TensorParallel,
    PipelineParallel,
    MicroBatchesInFlight,
    Count_
};

struct WorkloadLimit
{
    LimitId id;
    const char *key;   // name in plan files and JSON ("micro_batch")
    const char *label; // translated through the "Workload" context ("Micro-batch size")
    int minimum;
    int maximum;
    const char *zeroMeans; // what 0 stands for when minimum is 0 ("the model's default"), else nullptr
    const char *why;       // where the bounds come from
};

// The whole table, in the order validation reports the fields.
std::span<const WorkloadLimit> workloadLimits();
const WorkloadLimit &workloadLimit(LimitId id);

// The field's value in a workload or hardware choice.
int limitedValue(LimitId id, const Workload &w, const HardwareChoice &h);

class WorkloadLimitText
{
    Q_DECLARE_TR_FUNCTIONS(Workload)
public:
    static QString label(LimitId id);
    // Empty when `value` lies within the field's range, else "Micro-batch size must be between 1
    // and 1000000 (got 0)."
    static QString check(LimitId id, qint64 value);
};

// One sentence for each workload field out of its range (empty: all within); validateWorkload
// reports the first of them.
QStringList workloadLimitProblems(const Workload &w);
// The same for the GPU count and the parallel layout's numbers (their consistency with one
// another is ParallelismText::validate's).
QStringList hardwareLimitProblems(const HardwareChoice &h);

} // namespace headroom
