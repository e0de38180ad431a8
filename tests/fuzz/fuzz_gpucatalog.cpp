// Fuzzes the GPU catalog reader (the built-in catalog and users' override files share it), then
// merges the result over the built-in catalog as withUserOverrides does.
#include "core/hardware/gpucatalog.h"

#include <cstdlib>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList problems;
    const GpuCatalog user = GpuCatalog::fromJson(bytes, QStringLiteral("user.json"), &problems);
    for (const GpuSpec &g : user.gpus()) {
        // Accepted entries must be usable: positive memory, a readable id.
        if (g.id.isEmpty() || !(g.capacityBytes() > 0) || g.driverReserveBytes() < 0)
            std::abort();
        (void)g.toJson();
    }
    GpuCatalog merged = GpuCatalog::builtin();
    merged.merge(user);
    if (merged.gpus().size() < GpuCatalog::builtin().gpus().size())
        std::abort();
    return 0;
}
