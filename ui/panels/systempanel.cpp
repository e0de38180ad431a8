#include "ui/panels/systempanel.h"

#include "core/results/hardwarereport.h"
#include "ui/views/themecolours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

namespace headroom::ui {

namespace {
QLabel *textLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QString money(double v, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', 0), currency);
}

QString mediumName(const QString &id)
{
    if (id == QLatin1String("hdd"))
        return SystemPanel::tr("HDD");
    if (id == QLatin1String("sata_ssd"))
        return SystemPanel::tr("SATA SSD");
    if (id == QLatin1String("nvme"))
        return SystemPanel::tr("NVMe SSD");
    return id;
}

QString duration(double hours)
{
    if (hours < 1.0)
        return SystemPanel::tr("%1 min").arg(QLocale().toString(hours * 60.0, 'f', 0));
    if (hours < 72.0)
        return SystemPanel::tr("%1 h").arg(QLocale().toString(hours, 'f', 1));
    return SystemPanel::tr("%1 days").arg(QLocale().toString(hours / 24.0, 'f', 1));
}
} // namespace

SystemPanel::SystemPanel(PlanDocument *doc, QWidget *parent) : DocumentView(doc, parent)
{
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_throughput = textLabel(content);
    m_throughput->setObjectName(QStringLiteral("throughputText"));
    left->addWidget(group(tr("Speed and cost"), m_throughput, content));
    m_host = textLabel(content);
    m_host->setObjectName(QStringLiteral("hostText"));
    left->addWidget(group(tr("System RAM, CPU and power"), m_host, content));
    left->addStretch(1);

    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true); // bar labels and axes in the user's number format
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Storage cost"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QBarSeries;
    m_costs = new QBarSet(tr("Cost"));
    series->append(m_costs);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    m_chart->addSeries(series);
    m_categories = new QBarCategoryAxis;
    m_categories->append({tr("SSD only"), tr("HDD only"), tr("Hybrid")});
    m_axis = new QValueAxis;
    m_axis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_chart->addAxis(m_axis, Qt::AlignLeft);
    series->attachAxis(m_categories);
    series->attachAxis(m_axis);
    auto *view = new QChartView(m_chart, content);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(fontMetrics().height() * 14);
    view->setToolTip(tr("What the data, checkpoints and logs cost on each kind of storage; the hybrid "
                        "keeps the dataset and logs on SSD and the checkpoints on HDD."));
    m_storage = textLabel(content);
    m_storage->setObjectName(QStringLiteral("storageText"));
    auto *storageBox = new QWidget(content);
    auto *storageLayout = new QVBoxLayout(storageBox);
    storageLayout->setContentsMargins(0, 0, 0, 0);
    storageLayout->addWidget(view);
    storageLayout->addWidget(m_storage);
    right->addWidget(group(tr("Storage"), storageBox, content));
    right->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SystemPanel::applyPalette()
{
    const QPalette p = palette();
    theme::apply(m_chart, p);
    m_costs->setColor(theme::seriesColour(QColor(QStringLiteral("#1f77b4")), p));
    m_costs->setBorderColor(theme::chartBackground(p));
    m_costs->setLabelColor(
        theme::readableOn(p.color(QPalette::Text), theme::chartBackground(p), theme::kTextContrast));
}

QString SystemPanel::throughputText() const
{
    return m_throughput->text();
}
QString SystemPanel::hostText() const
{
    return m_host->text();
}

void SystemPanel::refresh()
{
    const PlanEvaluation &e = m_doc->evaluation();
    if (!e.ok() || !e.gpu) {
        const QString why = e.ok() ? tr("Choose a GPU from the catalog.") : e.error.toHtmlEscaped();
        m_throughput->setText(why);
        m_host->setText(why);
        m_storage->setText(why);
        m_costs->remove(0, m_costs->count());
        return;
    }
    const Plan &plan = m_doc->plan();
    const HardwareReport r = HardwareReport::build(plan, e);
    const ThroughputEstimate &t = r.throughput;
    const QLocale locale;

    QString speed;
    if (t.valid) {
        speed += tr("<b>%1 samples/s</b>").arg(locale.toString(t.samplesPerSecond, 'f', 1));
        if (t.tokensPerSecond > 0)
            speed += tr(" · %1 tokens/s").arg(locale.toString(t.tokensPerSecond, 'f', 0));
        speed += tr("<br>Step %1 s: compute %2 s at %3 TFLOPS (%4) × %5% utilisation")
                     .arg(locale.toString(t.stepSeconds, 'f', 3), locale.toString(t.computeSeconds, 'f', 3))
                     .arg(locale.toString(t.peakTflops, 'f', 1))
                     .arg(t.peakColumn)
                     .arg(t.mfu * 100.0, 0, 'f', 0);
        if (t.allReduceSeconds > 0)
            speed += tr("; gradient all-reduce %1 s over %2")
                         .arg(locale.toString(t.allReduceSeconds, 'f', 3), t.link.label.toHtmlEscaped());
        if (t.bubbleFraction > 0)
            speed += tr("; pipeline bubble %1%").arg(t.bubbleFraction * 100.0, 0, 'f', 0);
        if (plan.hardware.gpuCount > 1)
            speed += tr("<br>Scaling efficiency vs one GPU: <b>%1%</b> (rule of thumb from the article: "
                        "about %2% at 8 GPUs)")
                         .arg(t.scalingEfficiency * 100.0, 0, 'f', 0)
                         .arg(t.ruleOfThumbEfficiency8 * 100.0, 0, 'f', 0);
        speed += tr("<br>A run of %1 samples: %2, %3 GPU-hours, %4 kWh, %5")
                     .arg(locale.toString(t.runSamples, 'f', 0), duration(t.runHours),
                          locale.toString(t.gpuHours, 'f', 0), locale.toString(t.energyKWh, 'f', 0),
                          money(t.runCost, t.currency));
        speed += tr("<br>GPUs to buy: %1").arg(money(t.purchaseCost, t.currency));
    } else {
        speed = tr("No throughput estimate for this GPU and precision.");
    }
    m_throughput->setText(speed);

    const SystemPlan &s = r.system;
    QString host = tr("<b>Recommended system RAM: %1</b> (%2 × %3 GB DIMMs, %4)")
                       .arg(formatBytes(s.recommendedBytes, units()))
                       .arg(s.dimms.count)
                       .arg(s.dimms.sizeGiB)
                       .arg(money(s.ramCost, t.currency));
    host += QStringLiteral("<ul>");
    for (const QString &reason : s.ramReasons)
        host += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    host += QStringLiteral("</ul>");
    host += tr("CPU cores: at least %1 · Power supply: %2 W needed, buy %3 · PCIe lanes: %4 (%5)")
                .arg(s.cpuCores)
                .arg(locale.toString(s.psuWatts, 'f', 0))
                .arg(s.psuRecommendedW > 0 ? tr("%1 W").arg(s.psuRecommendedW) : tr("more than one supply"))
                .arg(s.pcieLanesNeeded)
                .arg(s.platform.toHtmlEscaped());
    m_host->setText(host);

    const StoragePlan &st = r.storage;
    QString storage = tr("Dataset %1 · checkpoints %2 × %3 · logs %4 · total %5")
                          .arg(formatBytes(st.datasetBytes, units()), QString::number(st.checkpointsKept),
                               formatBytes(st.checkpointBytes, units()), formatBytes(st.logBytes, units()),
                               formatBytes(st.totalBytes, units()));
    storage += tr("<br>The input pipeline reads %1 MB/s:").arg(formatAmount(st.requiredMBs));
    for (const StorageMedium &m : st.media)
        storage += tr(" %1 %2 (%3 MB/s);")
                       .arg(mediumName(m.id), m.ioBound ? tr("too slow") : tr("keeps up"))
                       .arg(locale.toString(m.mbPerSecond, 'f', 0));
    m_storage->setText(storage);
    m_costs->remove(0, m_costs->count());
    m_costs->append({st.ssdCost, st.hddCost, st.hybridCost});
    m_axis->setRange(0, std::max({st.ssdCost, st.hddCost, st.hybridCost, 1.0}) * 1.2);
    m_axis->setTitleText(st.currency);
    static_cast<QBarSeries *>(m_chart->series().constFirst())
        ->setLabelsFormat(QStringLiteral("@value ") + st.currency.toHtmlEscaped());
}

} // namespace headroom::ui
