#include "core/hardware/interconnect.h"

namespace headroom {

double Interconnect::pcieLaneGBs(int generation)
{
    switch (generation) {
    case 1:
        return 0.25; // 2.5 GT/s × 8/10 / 8
    case 2:
        return 0.5; // 5 GT/s × 8/10 / 8
    case 3:
        return 0.985; // 8 GT/s × 128/130 / 8
    case 4:
        return 1.969; // 16 GT/s × 128/130 / 8
    case 5:
        return 3.938; // 32 GT/s × 128/130 / 8
    case 6:
        return 7.563; // 64 GT/s PAM4, 242/256 FLIT efficiency
    default:
        return 0;
    }
}

Link Interconnect::gradientLink(const GpuSpec &gpu, const ParallelLayout &layout, double networkGBs)
{
    Link link;
    if (layout.gpus <= 1)
        return link;
    const bool switched = gpu.formFactor == QLatin1String("SXM") || gpu.formFactor == QLatin1String("OAM");
    const int perNode = layout.gpusPerNode();
    if (layout.nodes == 1 && gpu.nvlinkGBs > 0 && perNode <= (switched ? 8 : 2)) {
        link.kind = Link::Kind::NvLink;
        link.gbPerSecond = gpu.nvlinkGBs / 2.0;
        link.label = tr("NVLink, %1 GB/s per direction").arg(link.gbPerSecond, 0, 'g', 4);
    } else {
        link.kind = Link::Kind::Pcie;
        link.gbPerSecond = pcieGBs(gpu.pcieGen > 0 ? gpu.pcieGen : 4, gpu.pcieLanes > 0 ? gpu.pcieLanes : 16);
        link.label = tr("PCIe %1.0 x%2, %3 GB/s per direction")
                         .arg(gpu.pcieGen > 0 ? gpu.pcieGen : 4)
                         .arg(gpu.pcieLanes > 0 ? gpu.pcieLanes : 16)
                         .arg(link.gbPerSecond, 0, 'g', 4);
    }
    if (layout.nodes > 1 && networkGBs < link.gbPerSecond) {
        link.kind = Link::Kind::Network;
        link.gbPerSecond = networkGBs;
        link.label = tr("network between nodes, %1 GB/s per direction").arg(networkGBs, 0, 'g', 4);
    }
    return link;
}

} // namespace headroom
