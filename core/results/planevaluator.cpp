#include "core/results/planevaluator.h"

#include "core/model/runtimeprofile.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

void PlanEvaluator::evaluate(const Plan &plan, PlanEvaluation &out, bool architectureChanged)
{
    out.error = validateWorkload(plan.workload);
    if (out.error.isEmpty())
        out.error = ParallelismText::validate(plan.hardware.parallelism, plan.hardware.gpuCount);
    if (out.error.isEmpty() && plan.workload.mode == Mode::Inference)
        out.error = ParallelismText::validateForInference(plan.hardware.parallelism);
    out.gpu = m_catalog->find(plan.hardware.gpuId);
    if (!out.error.isEmpty()) {
        out.memory = MemoryBreakdown{};
        return;
    }
    const CompileOptions options = CompileOptions::fromWorkload(plan.workload);
    if (architectureChanged || options != m_lastOptions || m_lastArchitecture != &plan.architecture ||
        !out.model.ok() || out.model.rows.empty()) {
        m_compiler.compile(plan.architecture, options, out.model);
        m_lastOptions = options;
        m_lastArchitecture = &plan.architecture;
    }
    if (!out.model.ok()) {
        out.error = out.model.error;
        out.memory = MemoryBreakdown{};
        return;
    }
    out.memory =
        MemoryModel::evaluate(out.model, plan.workload, plan.assumptions, out.gpu, plan.hardware.layout());
}

PlanEvaluation PlanEvaluator::evaluate(const Plan &plan)
{
    PlanEvaluation e;
    evaluate(plan, e, true);
    return e;
}

double PlanEvaluator::totalAt(const Plan &plan, const PlanEvaluation &e, qint64 batch)
{
    const int b = int(std::clamp<qint64>(batch, 1, std::numeric_limits<int>::max()));
    return MemoryModel::totalAt(e.model, plan.workload, plan.assumptions, b, e.memory.layout);
}

qint64 PlanEvaluator::maxBatchWithin(const Plan &plan, const PlanEvaluation &e, double bytes)
{
    // The same limit MemoryModel::evaluate searches for the plan's own GPU.
    return MemoryModel::solveMaxBatch(e.model, plan.workload, plan.assumptions, bytes, 1 << 24,
                                      e.memory.layout);
}

QJsonObject PlanEvaluator::toJson(const Plan &plan, const PlanEvaluation &e)
{
    auto bytes = [](double v) { return double(std::llround(v)); };
    QJsonObject o;
    o.insert(QStringLiteral("plan"), plan.name);
    o.insert(QStringLiteral("model"), plan.architecture.name);
    o.insert(QStringLiteral("mode"), modeId(plan.workload.mode));
    o.insert(QStringLiteral("precision"), precisionId(plan.workload.precision));
    o.insert(QStringLiteral("batch"), plan.workload.microBatch);
    o.insert(QStringLiteral("gpu"), plan.hardware.gpuId);
    QJsonArray edited;
    for (const QString &field : runtimeProfileEdits(plan.workload, plan.assumptions))
        edited.append(field);
    o.insert(QStringLiteral("runtime_profile"),
             QJsonObject{{QStringLiteral("id"), runtimeProfileId(plan.workload.runtimeProfile)},
                         {QStringLiteral("label"), runtimeProfileName(plan.workload.runtimeProfile)},
                         {QStringLiteral("edited"), edited}});
    if (!e.ok()) {
        o.insert(QStringLiteral("error"), e.error);
        return o;
    }
    const CompiledModel &m = e.model;
    const MemoryBreakdown &b = e.memory;
    o.insert(QStringLiteral("params"), double(m.parameters));
    o.insert(QStringLiteral("trainable_params"), double(m.trainableParameters));
    o.insert(QStringLiteral("sequence_length"), double(m.sequenceLength));
    o.insert(QStringLiteral("input_shape"), m.input.toString());
    o.insert(QStringLiteral("forward_flops_per_sample"), m.forwardFlopsPerSample);
    QJsonObject breakdown;
    for (int i = 0; i < kComponentCount; ++i)
        breakdown.insert(componentId(Component(i)), bytes(b.component[i]));
    breakdown.insert(QStringLiteral("total"), bytes(b.total));
    o.insert(QStringLiteral("breakdown"), breakdown);
    QJsonObject formulas;
    for (int i = 0; i < kComponentCount; ++i)
        formulas.insert(componentId(Component(i)),
                        MemoryModel::formula(Component(i), b, m, plan.workload, plan.assumptions));
    o.insert(QStringLiteral("formulas"), formulas);
    o.insert(QStringLiteral("capacity_bytes"), bytes(b.capacity));
    o.insert(QStringLiteral("driver_reserve_bytes"), bytes(b.driverReserve));
    o.insert(QStringLiteral("visible_bytes"), bytes(b.visible));
    o.insert(QStringLiteral("usable_bytes"), bytes(b.usable));
    o.insert(QStringLiteral("fits"), b.fits);
    o.insert(QStringLiteral("headroom_bytes"), bytes(b.headroomBytes));
    o.insert(QStringLiteral("headroom_fraction"), b.headroomFraction);
    o.insert(QStringLiteral("max_batch"), double(b.maxBatch));
    QJsonArray layers;
    for (const LayerRow &r : m.rows) {
        if (!r.node || r.node->isComposite())
            continue;
        layers.append(QJsonObject{{QStringLiteral("name"), r.displayName()},
                                  {QStringLiteral("kind"), QLatin1String(layerKindInfo(r.node->kind).id)},
                                  {QStringLiteral("instances"), double(r.instances)},
                                  {QStringLiteral("output_shape"), r.output.toString()},
                                  {QStringLiteral("params"), double(r.paramsPerInstance)},
                                  {QStringLiteral("activation_bytes_per_sample"), bytes(r.savedBytes)},
                                  {QStringLiteral("activation_bytes"),
                                   bytes(r.savedBytes * plan.workload.microBatch + r.savedFixedBytes)}});
    }
    o.insert(QStringLiteral("layers"), layers);
    return o;
}

} // namespace headroom
