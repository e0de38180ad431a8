#include "core/io/planfile.h"

#include <cmath>
#include <iterator>

// Older plan-file formats, brought up to PlanFile::kFormatVersion before the strict reader runs.
namespace headroom {

namespace {

// Version 0: the pre-release plan files (Headroom 0.0.x) had no "format" key and called the
// micro-batch "batch". Everything else reads as version 1.
void migrate0To1(QJsonObject &o)
{
    if (!o.contains(QStringLiteral("format")))
        o.insert(QStringLiteral("format"), QStringLiteral("headroom-plan"));
    QJsonObject w = o.value(QStringLiteral("workload")).toObject();
    if (w.contains(QStringLiteral("batch")) && !w.contains(QStringLiteral("micro_batch"))) {
        w.insert(QStringLiteral("micro_batch"), w.take(QStringLiteral("batch")));
        o.insert(QStringLiteral("workload"), w);
    }
    o.insert(QStringLiteral("version"), 1);
}

} // namespace

void PlanFile::migrate(QJsonObject &o)
{
    // One step per format version, applied in order; the strict reader then sees the current shape.
    // A file whose version is not a number is left alone for the reader to report.
    using Step = void (*)(QJsonObject &);
    static constexpr Step steps[] = {&migrate0To1}; // steps[v] turns version v into v + 1
    static_assert(std::size(steps) == kFormatVersion, "one migration step per older format version");
    const QJsonValue v = o.value(QStringLiteral("version"));
    if (!v.isDouble())
        return;
    for (double version = v.toDouble(); version >= 0 && version < kFormatVersion; ++version) {
        if (version != std::floor(version))
            return;
        steps[std::size_t(version)](o);
    }
}

} // namespace headroom
