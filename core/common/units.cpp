#include "core/common/units.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace headroom {

QString formatBytes(double bytes, ByteUnits units)
{
    const bool binary = units == ByteUnits::Binary;
    const double base = binary ? 1024.0 : 1000.0;
    static const char *const binaryNames[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    static const char *const decimalNames[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    const bool negative = bytes < 0;
    double v = std::fabs(bytes);
    int unit = 0;
    while (v >= base && unit < 6) {
        v /= base;
        ++unit;
    }
    const int decimals = unit == 0 ? 0 : (v < 10 ? 2 : (v < 100 ? 1 : 0));
    const QString number = QLocale().toString(negative ? -v : v, 'f', decimals);
    return number + QLatin1Char(' ') + QLatin1String(binary ? binaryNames[unit] : decimalNames[unit]);
}

QString formatAmount(double value)
{
    const QLocale locale;
    const double a = std::fabs(value);
    if (a >= 10 || a == 0)
        return locale.toString(value, 'f', 0);
    const int decimals = std::min(12, 1 - int(std::floor(std::log10(a)))); // two significant digits
    return locale.toString(value, 'f', decimals);
}

QString formatCount(double count)
{
    const QLocale locale;
    const double a = std::fabs(count);
    if (a >= 1e12)
        return locale.toString(count / 1e12, 'f', 2) + QLatin1Char(' ') +
               QCoreApplication::translate("Units", "T", "trillion (10^12), as in 1.2 T parameters");
    if (a >= 1e9)
        return locale.toString(count / 1e9, 'f', 2) + QLatin1Char(' ') +
               QCoreApplication::translate("Units", "B", "billion (10^9), as in 7 B parameters");
    if (a >= 1e6)
        return locale.toString(count / 1e6, 'f', 1) + QLatin1Char(' ') +
               QCoreApplication::translate("Units", "M", "million (10^6), as in 25 M parameters");
    return locale.toString(qint64(std::llround(count)));
}

QString formatInteger(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace headroom
