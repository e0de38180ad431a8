#include "core/io/planfilereader.h"

#include <cmath>

namespace headroom::planfile {

QString Reader::string(const QString &key, bool required, const QString &fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined()) {
        if (required)
            fail(key, PlanFile::tr("is missing"));
        return fallback;
    }
    if (!v.isString()) {
        fail(key, PlanFile::tr("must be a string"));
        return fallback;
    }
    return v.toString();
}

double Reader::number(const QString &key, bool required, double fallback, double minimum, double maximum,
                      bool integer)
{
    const QJsonValue v = value(key);
    if (v.isUndefined()) {
        if (required)
            fail(key, PlanFile::tr("is missing"));
        return fallback;
    }
    if (!v.isDouble() && !v.isBool()) {
        fail(key, PlanFile::tr("must be a number"));
        return fallback;
    }
    // true and false read as 1 and 0 (flag attributes), within the same range as any number:
    // "dim": false read as 0 used to pass, and the saved plan then failed to load
    // (found by fuzz_planfile).
    const double d = v.isBool() ? (v.toBool() ? 1.0 : 0.0) : v.toDouble();
    if (!std::isfinite(d) || d < minimum || d > maximum) {
        fail(key, PlanFile::tr("must be between %1 and %2 (got %3)")
                      .arg(minimum, 0, 'g', 12)
                      .arg(maximum, 0, 'g', 12)
                      .arg(d, 0, 'g', 12));
        return fallback;
    }
    if (integer && d != std::floor(d)) {
        fail(key, PlanFile::tr("must be a whole number (got %1)").arg(d, 0, 'g', 12));
        return fallback;
    }
    return d;
}

int Reader::limited(LimitId id, bool required, int fallback)
{
    const WorkloadLimit &l = workloadLimit(id);
    return int(number(QLatin1String(l.key), required, fallback, l.minimum, l.maximum));
}

bool Reader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(key, PlanFile::tr("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

void Reader::rejectUnknown()
{
    if (failed())
        return;
    for (auto it = m_o.begin(); it != m_o.end(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(it.key(), PlanFile::tr("unknown field"));
            return;
        }
    }
}

QString Reader::missing()
{
    return PlanFile::tr("is missing");
}

QString Reader::notAList(const QString &valid)
{
    return PlanFile::tr("must be a list of names from %1").arg(valid);
}

QString Reader::notOneOf(const QJsonValue &v, const QString &valid)
{
    return PlanFile::tr("\"%1\" is not one of %2").arg(v.toVariant().toString(), valid);
}

} // namespace headroom::planfile
