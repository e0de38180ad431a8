#pragma once

#include "core/hardware/gpucatalog.h"
#include "core/hardware/parallelism.h"

#include <QCoreApplication>

namespace headroom {

// The link a data-parallel gradient all-reduce runs over, with its bandwidth per direction.
struct Link
{
    enum class Kind { None, NvLink, Pcie, Network };
    Kind kind = Kind::None;
    double gbPerSecond = 0; // per direction
    QString label;          // "NVLink 450 GB/s per direction"
};

class Interconnect
{
    Q_DECLARE_TR_FUNCTIONS(Interconnect)
public:
    // PCIe bandwidth per lane and direction in GB/s after line coding: 2.5/5 GT/s with 8b/10b
    // (gen 1-2), 8/16/32 GT/s with 128b/130b (gen 3-5), 64 GT/s PAM4 FLIT (gen 6); PCI-SIG
    // specifications. PCIe 4.0 x16 is 31.5 GB/s per direction for the whole link, one lane about
    // 1.97 GB/s (the article's "31.5 GB/s per lane" is the x16 figure).
    static double pcieLaneGBs(int generation);
    static double pcieGBs(int generation, int lanes) { return pcieLaneGBs(generation) * lanes; }

    // NVLink joins up to 8 SXM/OAM GPUs through NVSwitch (HGX boards) but only pairs of PCIe cards
    // (NVLink bridges). The catalog gives NVLink as the bidirectional total, so half flows each way.
    // Across nodes the network assumption bounds the ring.
    static Link gradientLink(const GpuSpec &gpu, const ParallelLayout &layout, double networkGBs);
};

} // namespace headroom
