#pragma once

#include <QString>

namespace headroom {

enum class ByteUnits { Binary, Decimal }; // GiB (2^30) or GB (10^9)

// "12.55 GiB", "512 MiB", "1.2 TB": three significant digits, the largest unit below the value.
QString formatBytes(double bytes, ByteUnits units = ByteUnits::Binary);
// "6.74 B", "124.4 M", "11,689,512": parameter counts for people.
QString formatCount(double count);
// "1,234,567" with the locale's group separator.
QString formatInteger(qint64 value);
// A rate or amount with two significant digits below 10 and none after the point above:
// "1,235", "12", "3.4", "0.0061" (a small rate never reads as 0).
QString formatAmount(double value);

} // namespace headroom
