#include "core/results/verdict.h"

#include <QJsonArray>
#include <QLocale>

namespace headroom {

namespace {
// What evaluates but cannot be what the user meant.
QStringList warningsOf(const Plan &plan, const PlanEvaluation &e)
{
    QStringList w;
    const Workload &wl = plan.workload;
    const CompiledModel &m = e.model;
    if (m.parameters == 0)
        w << VerdictText::tr("The model has no parameters: add layers in the Architecture tab, or choose a "
                             "preset or an import.");
    const bool peft = wl.mode == Mode::FineTuning && wl.fineTuneMethod != FineTuneMethod::Full;
    if (peft && m.parameters > 0 && m.adapterParameters == 0)
        w << VerdictText::tr("%1 finds no attention or MLP projection to adapt in this model, so nothing "
                             "would train (0 trainable parameters): choose full fine-tuning, or a model with "
                             "attention or MLP blocks.")
                 .arg(wl.fineTuneMethod == FineTuneMethod::QLoRA ? QStringLiteral("QLoRA")
                                                                 : QStringLiteral("LoRA"));
    else if (wl.mode != Mode::Inference && m.parameters > 0 && m.trainableParameters == 0)
        w << VerdictText::tr("Nothing in this model trains (0 trainable parameters).");
    if (wl.sequenceLength == 0 && m.sequenceLength > 0)
        w << VerdictText::tr("Sequence length: the model's default, %1 tokens.")
                 .arg(formatCount(double(m.sequenceLength)));
    return w;
}
} // namespace

Verdict Verdict::of(const Plan &plan, const PlanEvaluation &e)
{
    Verdict v;
    v.model = plan.architecture.name.isEmpty() ? VerdictText::tr("The model") : plan.architecture.name;
    v.gpu = e.gpu ? e.gpu->name : plan.hardware.gpuId;
    v.gpuCount = plan.hardware.gpuCount;
    v.mode = plan.workload.mode;
    v.tokens = plan.architecture.input.type == InputSpec::Type::Tokens;
    if (!e.ok()) {
        v.status = VerdictStatus::Error;
        v.error = e.error;
        return v;
    }
    const MemoryBreakdown &b = e.memory;
    v.total = b.total;
    if (!e.gpu) {
        v.status = VerdictStatus::UnknownGpu;
        return v;
    }
    v.status = b.fits ? VerdictStatus::Fits : VerdictStatus::DoesNotFit;
    v.visible = b.visible;
    v.headroomBytes = b.headroomBytes;
    v.headroomFraction = b.headroomFraction;
    v.maxBatch = b.maxBatch;
    v.warnings = warningsOf(plan, e);
    const double margin = plan.assumptions.value(AssumptionId::SafetyMargin);
    if (v.fits() && v.headroomFraction < margin)
        v.warnings << VerdictText::tr(
                          "Only %1% of the GPU is left, under the %2% safety margin: a longer sequence, "
                          "a bigger batch or a library update can push it over.")
                          .arg(QLocale().toString(v.headroomFraction * 100.0, 'f', 1))
                          .arg(QLocale().toString(margin * 100.0, 'f', 0));
    return v;
}

QJsonObject Verdict::toJson() const
{
    return QJsonObject{{QStringLiteral("status"), statusId()},
                       {QStringLiteral("sentence"), sentence()},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QString Verdict::statusId() const
{
    switch (status) {
    case VerdictStatus::Fits:
        return QStringLiteral("fits");
    case VerdictStatus::DoesNotFit:
        return QStringLiteral("does_not_fit");
    case VerdictStatus::UnknownGpu:
        return QStringLiteral("unknown_gpu");
    case VerdictStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

QString Verdict::sentence(ByteUnits units) const
{
    auto bytes = [units](double v) { return formatBytes(v, units); };
    switch (status) {
    case VerdictStatus::Error:
        return VerdictText::tr("Cannot evaluate %1: %2").arg(model, error);
    case VerdictStatus::UnknownGpu:
        return VerdictText::tr("%1 needs %2 per GPU; the GPU \"%3\" is not in the catalog, so the fit is not "
                               "checked.")
            .arg(model, bytes(total), gpu);
    case VerdictStatus::Fits:
    case VerdictStatus::DoesNotFit:
        break;
    }
    const QString on = gpuCount > 1 ? VerdictText::tr("%1 × %2").arg(gpuCount).arg(gpu) : gpu;
    const QString head =
        fits() ? VerdictText::tr("Fits: %1 needs %2 of the %3 visible per GPU on %4, %5 headroom (%6%).")
                     .arg(model, bytes(total), bytes(visible), on, bytes(headroomBytes))
                     .arg(QLocale().toString(headroomFraction * 100.0, 'f', 1))
               : VerdictText::tr("Does not fit: %1 needs %2 of the %3 visible per GPU on %4, %5 over.")
                     .arg(model, bytes(total), bytes(visible), on, bytes(-headroomBytes));
    const QString limit = mode != Mode::Inference ? VerdictText::tr("Largest micro-batch that fits: %1.")
                          : tokens                ? VerdictText::tr("Most concurrent sequences that fit: %1.")
                                                  : VerdictText::tr("Largest batch that fits: %1.");
    return head + QLatin1Char(' ') + limit.arg(maxBatch);
}

} // namespace headroom
