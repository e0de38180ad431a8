#pragma once

// Shared by the compiler's files (one per layer family): element sizes and shape helpers.
// Internal to core/simulate.

#include "core/simulate/compiledmodel.h"

namespace headroom::compiler {

inline constexpr int kIdBytes = 8;   // int64 token ids, pool indices, position ids
inline constexpr int kMaskBytes = 1; // bool dropout mask
inline constexpr int kStatBytes = 4; // norm statistics are fp32 on CUDA whatever the input dtype
// Repeated blocks are simulated twice each, so nesting them multiplies the work: a bound keeps a
// small file with deeply nested repeats from running for hours. Real models need a few thousand.
inline constexpr qint64 kMaxVisits = 1'000'000;

inline Shape shape1(qint64 a)
{
    return {1, {a, 1, 1}};
}
inline Shape shape2(qint64 a, qint64 b)
{
    return {2, {a, b, 1}};
}
inline Shape shape3(qint64 a, qint64 b, qint64 c)
{
    return {3, {a, b, c}};
}

// Rows of a tensor whose last dimension is the feature dimension.
inline qint64 rowsOf(const Shape &s)
{
    return s.last() > 0 ? s.elements() / s.last() : 0;
}

inline Shape withLast(const Shape &s, qint64 last)
{
    Shape r = s;
    if (r.rank == 0)
        r.rank = 1;
    r.d[r.rank - 1] = last;
    return r;
}

} // namespace headroom::compiler
