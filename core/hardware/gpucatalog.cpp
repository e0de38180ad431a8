#include "core/hardware/gpucatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cmath>

namespace headroom {

namespace {

// Line of the entry whose "id" is `id` in the raw text, for error messages (0 if not found).
int lineOfId(const QByteArray &json, const QString &id, int fallbackIndex)
{
    int pos = -1;
    if (!id.isEmpty()) {
        const QByteArray needle = "\"" + id.toUtf8() + "\"";
        pos = json.indexOf(needle);
    }
    if (pos < 0) {
        // Count '{' inside the gpus array as a rough fallback.
        const int arrayStart = json.indexOf("\"gpus\"");
        int seen = -1;
        for (int i = std::max(0, arrayStart); i < json.size(); ++i) {
            if (json[i] == '{' && ++seen == fallbackIndex) {
                pos = i;
                break;
            }
        }
    }
    return pos < 0 ? 0 : int(json.left(pos).count('\n')) + 1;
}

struct FieldReader
{
    const QJsonObject &o;
    QString problem;

    double number(const char *key, bool required, double minimum, double maximum)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required && problem.isEmpty())
                problem = GpuCatalog::tr("field \"%1\" is missing").arg(QLatin1String(key));
            return 0;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < minimum ||
            v.toDouble() > maximum) {
            if (problem.isEmpty())
                problem = GpuCatalog::tr("field \"%1\" must be a number from %2 to %3")
                              .arg(QLatin1String(key))
                              .arg(minimum)
                              .arg(maximum);
            return 0;
        }
        return v.toDouble();
    }
    QString text(const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if ((required || (!v.isUndefined() && !v.isNull())) && problem.isEmpty())
            problem = GpuCatalog::tr("field \"%1\" must be a non-empty string").arg(QLatin1String(key));
        return {};
    }
};

} // namespace

double GpuSpec::driverReserveBytes() const
{
    if (smiTotalMiB <= 0)
        return 0;
    return std::max(0.0, capacityBytes() - smiTotalMiB * 1024.0 * 1024.0);
}

QJsonObject GpuSpec::toJson() const
{
    auto orNull = [](double v) { return v > 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("vendor"), vendor},
                       {QStringLiteral("segment"), segment},
                       {QStringLiteral("architecture"), architecture},
                       {QStringLiteral("memory_gib"), memoryGiB},
                       {QStringLiteral("memory_type"), memoryType},
                       {QStringLiteral("bandwidth_gbs"), bandwidthGBs},
                       {QStringLiteral("fp32_tflops"), fp32Tflops},
                       {QStringLiteral("tf32_tflops"), orNull(tf32Tflops)},
                       {QStringLiteral("fp16_tflops"), fp16Tflops},
                       {QStringLiteral("bf16_tflops"), orNull(bf16Tflops)},
                       {QStringLiteral("fp8_tflops"), orNull(fp8Tflops)},
                       {QStringLiteral("int8_tops"), orNull(int8Tops)},
                       {QStringLiteral("tdp_w"), tdpW},
                       {QStringLiteral("pcie_gen"), pcieGen},
                       {QStringLiteral("pcie_lanes"), pcieLanes},
                       {QStringLiteral("nvlink_gbs"), nvlinkGBs},
                       {QStringLiteral("form_factor"), formFactor},
                       {QStringLiteral("launch_year"), launchYear},
                       {QStringLiteral("launch_price_usd"), orNull(launchPriceUsd)},
                       {QStringLiteral("price"), price},
                       {QStringLiteral("nvidia_smi_total_mib"), orNull(smiTotalMiB)},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("notes"), notes}};
}

GpuCatalog GpuCatalog::fromJson(const QByteArray &json, const QString &fileName, QStringList *problems)
{
    GpuCatalog catalog;
    auto report = [&](int line, const QString &message) {
        if (problems)
            problems->append(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message));
    };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        report(line, tr("not valid JSON: %1").arg(error.errorString()));
        return catalog;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QStringLiteral("gpus")).isArray()) {
        report(1, tr("expected an object with a \"gpus\" array"));
        return catalog;
    }
    if (root.value(QStringLiteral("currency")).isString())
        catalog.m_currency = root.value(QStringLiteral("currency")).toString();
    const QJsonArray list = root.value(QStringLiteral("gpus")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            report(lineOfId(json, {}, i), tr("entry %1 is not an object").arg(i + 1));
            continue;
        }
        const QJsonObject o = list[i].toObject();
        FieldReader r{o, {}};
        GpuSpec g;
        g.id = r.text("id", true);
        g.name = r.text("name", true);
        g.vendor = r.text("vendor", true);
        g.segment = r.text("segment", false);
        g.architecture = r.text("architecture", false);
        g.memoryGiB = r.number("memory_gib", true, 0.5, 65536);
        g.memoryType = r.text("memory_type", false);
        g.bandwidthGBs = r.number("bandwidth_gbs", true, 1, 1e6);
        g.fp32Tflops = r.number("fp32_tflops", true, 0.01, 1e6);
        g.tf32Tflops = r.number("tf32_tflops", false, 0, 1e6);
        g.fp16Tflops = r.number("fp16_tflops", true, 0.01, 1e6);
        g.bf16Tflops = r.number("bf16_tflops", false, 0, 1e6);
        g.fp8Tflops = r.number("fp8_tflops", false, 0, 1e6);
        g.int8Tops = r.number("int8_tops", false, 0, 1e7);
        g.tdpW = r.number("tdp_w", true, 1, 1e5);
        g.pcieGen = int(r.number("pcie_gen", false, 0, 10));
        g.pcieLanes = int(r.number("pcie_lanes", false, 0, 64));
        g.nvlinkGBs = r.number("nvlink_gbs", false, 0, 1e6);
        g.formFactor = r.text("form_factor", false);
        g.launchYear = int(r.number("launch_year", false, 0, 2100));
        g.launchPriceUsd = r.number("launch_price_usd", false, 0, 1e8);
        g.price = r.number("price", false, 0, 1e8);
        g.smiTotalMiB = r.number("nvidia_smi_total_mib", false, 0, 1e8);
        g.source = r.text("source", false);
        g.notes = o.value(QStringLiteral("notes")).toString();
        if (r.problem.isEmpty() && g.smiTotalMiB > g.memoryGiB * 1024.0 * 1.01)
            r.problem = tr("field \"nvidia_smi_total_mib\" exceeds the card's memory");
        if (!r.problem.isEmpty()) {
            report(lineOfId(json, g.id, i),
                   tr("entry \"%1\": %2; skipped")
                       .arg(g.id.isEmpty() ? QString::number(i + 1) : g.id, r.problem));
            continue;
        }
        catalog.m_gpus.push_back(std::move(g));
    }
    return catalog;
}

void GpuCatalog::merge(const GpuCatalog &other)
{
    for (const GpuSpec &g : other.m_gpus) {
        auto it = std::find_if(m_gpus.begin(), m_gpus.end(), [&](const GpuSpec &x) { return x.id == g.id; });
        if (it != m_gpus.end())
            *it = g;
        else
            m_gpus.push_back(g);
    }
}

QString GpuCatalog::userCatalogPath()
{
    // HEADROOM_GPU_CATALOG names the file (empty: none); else ~/.config/headroom/gpus.json.
    if (qEnvironmentVariableIsSet("HEADROOM_GPU_CATALOG"))
        return qEnvironmentVariable("HEADROOM_GPU_CATALOG");
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/headroom/gpus.json");
}

const QStringList &GpuCatalog::userCatalogProblems()
{
    builtin();
    return loadProblems();
}

QStringList &GpuCatalog::loadProblems()
{
    static QStringList problems;
    return problems;
}

const GpuCatalog &GpuCatalog::builtin()
{
    static const GpuCatalog catalog = [] {
        QFile f(QStringLiteral(":/headroom/catalog/gpus.json"));
        if (!f.open(QIODevice::ReadOnly))
            return GpuCatalog{};
        QStringList problems;
        GpuCatalog c = fromJson(f.readAll(), QStringLiteral("gpus.json"), &problems);
        // The user's additions and overrides; a bad entry is reported and skipped, never fatal.
        const QString user = userCatalogPath();
        QFile u(user);
        if (!user.isEmpty() && u.exists()) {
            if (u.open(QIODevice::ReadOnly))
                c.merge(fromJson(u.readAll(), user, &problems));
            else
                problems.append(tr("%1: cannot be read: %2").arg(user, u.errorString()));
        }
        for (const QString &p : problems)
            qWarning("%s", qPrintable(p));
        loadProblems() = problems;
        return c;
    }();
    return catalog;
}

GpuCatalog GpuCatalog::withUserOverrides(const QString &userFile, QStringList *problems)
{
    GpuCatalog c = builtin();
    QFile f(userFile);
    if (!userFile.isEmpty() && f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            if (problems)
                problems->append(tr("%1: cannot be read: %2").arg(userFile, f.errorString()));
            return c;
        }
        c.merge(fromJson(f.readAll(), userFile, problems));
    }
    return c;
}

const GpuSpec *GpuCatalog::find(const QString &id) const
{
    for (const GpuSpec &g : m_gpus)
        if (g.id.compare(id, Qt::CaseInsensitive) == 0)
            return &g;
    return nullptr;
}

} // namespace headroom
