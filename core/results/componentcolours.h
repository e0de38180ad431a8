#pragma once

#include "core/memory/memorymodel.h"

namespace headroom {

// The colour of each memory component (0xRRGGBB, in Component order), shared by the desktop
// app's breakdown chart and the build report: matplotlib's "tab10" palette, chosen to stay
// distinct in a narrow stacked bar. The desktop app adjusts them to the palette's contrast.
constexpr unsigned kComponentRgb[kComponentCount] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                                     0x9467bd, 0x8c564b, 0x7f7f7f, 0xbcbd22};
constexpr unsigned componentRgb(Component c)
{
    return kComponentRgb[static_cast<int>(c)];
}
// The plan's own curve on the sweep charts (tab10's first colour).
constexpr unsigned kSweepCurveRgb = 0x1f77b4;

} // namespace headroom
