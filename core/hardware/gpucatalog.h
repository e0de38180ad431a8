#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace headroom {

// One GPU model as its vendor's spec sheet describes it. Throughputs are dense (not sparse)
// tensor-core rates; GeForce cards use the FP32-accumulate rate.
struct GpuSpec
{
    QString id;
    QString name;
    QString vendor;
    QString segment; // consumer, workstation, datacenter
    QString architecture;
    double memoryGiB = 0; // marketed "GB" are binary GiB for GPU memory
    QString memoryType;
    double bandwidthGBs = 0;
    double fp32Tflops = 0;
    double tf32Tflops = 0; // 0 when the GPU has no such tensor mode
    double fp16Tflops = 0;
    double bf16Tflops = 0;
    double fp8Tflops = 0;
    double int8Tops = 0;
    double tdpW = 0;
    int pcieGen = 0;
    int pcieLanes = 0;
    double nvlinkGBs = 0;
    QString formFactor;
    int launchYear = 0;
    double launchPriceUsd = 0; // 0 when unpublished
    double price = 0;          // current price in the catalog's currency (editable)
    double smiTotalMiB = 0;    // memory nvidia-smi reports, when measured; 0 when unknown
    QString source;
    QString notes;

    double capacityBytes() const { return memoryGiB * 1024.0 * 1024.0 * 1024.0; }
    // Memory the driver keeps out of sight (ECC, reserved): marketed minus what nvidia-smi shows.
    double driverReserveBytes() const;
    bool operator==(const GpuSpec &o) const { return id == o.id && toJson() == o.toJson(); }

    QJsonObject toJson() const;
};

// The built-in catalog (resources/catalog/gpus.json) plus a user's additions and overrides.
class GpuCatalog
{
    Q_DECLARE_TR_FUNCTIONS(GpuCatalog)
public:
    // The catalog in use (loaded once): the one shipped with Headroom, merged with the user's
    // additions and overrides from userCatalogPath() when that file exists.
    static const GpuCatalog &builtin();
    static QString userCatalogPath();
    // What was wrong in the user's file ("file:line: entry ...; skipped"), empty when fine.
    static const QStringList &userCatalogProblems();

    // Parses a catalog document. Entries with a missing or invalid field are skipped and
    // reported in `problems` as "file:line: entry "id": field ... is ...".
    static GpuCatalog fromJson(const QByteArray &json, const QString &fileName, QStringList *problems);
    // Adds or replaces entries from another catalog (the user's overrides).
    void merge(const GpuCatalog &other);
    // The built-in catalog merged with the user's file, if present.
    static GpuCatalog withUserOverrides(const QString &userFile, QStringList *problems);

    const std::vector<GpuSpec> &gpus() const { return m_gpus; }
    const GpuSpec *find(const QString &id) const;
    QString currency() const { return m_currency; }

private:
    static QStringList &loadProblems();
    std::vector<GpuSpec> m_gpus;
    QString m_currency = QStringLiteral("GBP");
};

} // namespace headroom
