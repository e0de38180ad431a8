#include "core/results/verdict.h"

#include <QLocale>

namespace headroom {

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
    return v;
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
