#pragma once

#include "core/hardware/gpucatalog.h"
#include "core/memory/memorymodel.h"
#include "core/model/plan.h"
#include "core/simulate/compiledmodel.h"
#include "core/simulate/modelcompiler.h"

#include <QJsonObject>

namespace headroom {

// Everything Headroom computes for one plan.
struct PlanEvaluation
{
    CompiledModel model;
    MemoryBreakdown memory;
    const GpuSpec *gpu = nullptr; // null when the plan names a GPU the catalog lacks
    QString error;                // workload or architecture problem; the numbers are then empty

    bool ok() const { return error.isEmpty(); }
};

// Compiles the architecture only when it or the compile-relevant settings changed, so a what-if
// edit of the batch size, optimizer or GPU costs a few hundred nanoseconds.
class PlanEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(PlanEvaluator)
public:
    explicit PlanEvaluator(const GpuCatalog &catalog = GpuCatalog::builtin()) : m_catalog(&catalog) {}

    void setCatalog(const GpuCatalog &catalog) { m_catalog = &catalog; }
    // `architectureChanged` forces a recompile (the caller edited the tree in place).
    void evaluate(const Plan &plan, PlanEvaluation &out, bool architectureChanged = true);
    PlanEvaluation evaluate(const Plan &plan);

    // The evaluated plan's total per GPU at another batch, and the largest batch within `bytes`: the
    // same memory model, workload, assumptions and parallel layout `evaluate` used (e.ok() only).
    static double totalAt(const Plan &plan, const PlanEvaluation &e, qint64 batch);
    static qint64 maxBatchWithin(const Plan &plan, const PlanEvaluation &e, double bytes);

    // The CLI's and the report's JSON: params, breakdown, capacity, fits, max batch, layers.
    static QJsonObject toJson(const Plan &plan, const PlanEvaluation &e);

private:
    const GpuCatalog *m_catalog;
    ModelCompiler m_compiler;
    CompileOptions m_lastOptions;
    const Architecture *m_lastArchitecture = nullptr;
};

} // namespace headroom
