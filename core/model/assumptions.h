#pragma once

#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>

namespace headroom {

// Every overhead factor and price the model uses that is not a law of arithmetic. Each has a
// documented default and source; the user can edit any of them, and plans save what they changed.
enum class AssumptionId {
    CudaContextMiB,
    AllocatorFragmentation,
    CublasWorkspaceMiB,
    ConvWorkspaceMiB,
    LossInFp32,
    GradientsFreedAfterStep,
    OptimizerStepTemporary,
    SafetyMargin,
    MlaLatentKvCache,
    // Speed, energy and cost (throughputmodel.h).
    ModelFlopsUtilisation,
    MemoryBandwidthUtilisation,
    InterNodeBandwidthGBs,
    PowerUtilisation,
    ElectricityPricePerKWh,
    RentalPricePerGpuHour,
    AmortisationYears,
    // Host: RAM, CPU, power (systemplanner.h).
    DataLoaderWorkersPerGpu,
    PrefetchFactor,
    HostProcessGiB,
    DataLoaderWorkerGiB,
    RamPricePerGB,
    CpuPowerW,
    PsuMargin,
    // Storage (storageplanner.h).
    SsdPricePerGB,
    HddPricePerGB,
    HddMBs,
    SataSsdMBs,
    NvmeMBs,
    Count_
};

struct AssumptionInfo
{
    AssumptionId id;
    const char *key;   // file/JSON name
    const char *label; // translated through the "Assumption" context
    const char *unit;
    double defaultValue;
    double minimum;
    double maximum;
    const char *source; // where the default comes from
};

const AssumptionInfo &assumptionInfo(AssumptionId id);
std::optional<AssumptionId> assumptionFromKey(const QString &key);
constexpr int kAssumptionCount = static_cast<int>(AssumptionId::Count_);

class Assumptions
{
    Q_DECLARE_TR_FUNCTIONS(Assumption)
public:
    Assumptions();
    double value(AssumptionId id) const { return m_values[static_cast<std::size_t>(id)]; }
    void set(AssumptionId id, double v) { m_values[static_cast<std::size_t>(id)] = v; }
    bool isDefault(AssumptionId id) const;
    void reset(AssumptionId id);

    static QString label(AssumptionId id);
    static QString source(AssumptionId id);
    // Empty when valid, else a sentence naming the assumption and its range.
    static QString validate(AssumptionId id, double v);

    bool operator==(const Assumptions &o) const = default;

private:
    std::array<double, kAssumptionCount> m_values;
};

} // namespace headroom
