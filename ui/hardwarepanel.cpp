#include "hardwarepanel.h"

#include "filteredcombo.h"

#include <QLocale>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace headroom::ui {

namespace {
QString segmentName(const QString &segment)
{
    if (segment == QLatin1String("consumer"))
        return HardwarePanel::tr("Consumer");
    if (segment == QLatin1String("workstation"))
        return HardwarePanel::tr("Workstation");
    if (segment == QLatin1String("datacenter"))
        return HardwarePanel::tr("Data centre");
    return segment;
}
} // namespace

QString HardwarePanel::describe(const GpuSpec &g)
{
    const double tflops = g.bf16Tflops > 0 ? g.bf16Tflops : g.fp16Tflops;
    const QLocale locale;
    return tr("%1 GiB · %2 GB/s · %3 TFLOPS")
        .arg(locale.toString(g.memoryGiB), locale.toString(g.bandwidthGBs), locale.toString(tflops));
}

HardwarePanel::HardwarePanel(PlanDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_gpus = new FilteredCombo(this);
    m_gpus->setObjectName(QStringLiteral("gpuPicker"));
    m_gpus->search()->setPlaceholderText(tr("Search GPUs…"));
    m_gpus->search()->setToolTip(tr("Type part of a GPU name, vendor or memory size to narrow the list."));
    m_gpus->combo()->setToolTip(tr("The GPU each replica runs on."));
    const GpuCatalog &catalog = GpuCatalog::builtin();
    for (const QString &segment :
         {QStringLiteral("consumer"), QStringLiteral("workstation"), QStringLiteral("datacenter")}) {
        m_gpus->addHeader(segmentName(segment));
        for (const GpuSpec &g : catalog.gpus())
            if (g.segment == segment)
                m_gpus->addEntry(tr("%1 (%2 GiB)").arg(g.name).arg(g.memoryGiB), g.id,
                                 g.name + QLatin1Char(' ') + g.vendor + QLatin1Char(' ') + g.id +
                                     QStringLiteral(" %1gb").arg(g.memoryGiB),
                                 describe(g));
    }
    for (const GpuSpec &g : catalog.gpus()) // anything in a segment not listed above
        if (g.segment != QLatin1String("consumer") && g.segment != QLatin1String("workstation") &&
            g.segment != QLatin1String("datacenter"))
            m_gpus->addEntry(g.name, g.id, g.name + QLatin1Char(' ') + g.id, describe(g));
    m_gpus->combo()->view()->setMinimumWidth(320);
    form->addRow(tr("GPU"), m_gpus);
    connect(m_gpus, &FilteredCombo::activated, this, [this](const QString &id) {
        HardwareChoice h = m_doc->plan().hardware;
        h.gpuId = id;
        m_doc->setHardware(h, tr("Choose GPU"));
    });
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    form->addRow(QString(), m_details);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 1024);
    m_count->setKeyboardTracking(false);
    m_count->setToolTip(tr("GPUs in the job; memory is checked per GPU, each holding a full replica."));
    form->addRow(tr("GPU count"), m_count);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) {
        HardwareChoice h = m_doc->plan().hardware;
        h.gpuCount = n;
        m_doc->setHardware(h, tr("Change GPU count"));
    });
    connect(doc, &PlanDocument::changed, this, &HardwarePanel::refresh);
    refresh();
}

void HardwarePanel::refresh()
{
    const HardwareChoice &h = m_doc->plan().hardware;
    {
        const QSignalBlocker block(m_gpus->combo());
        m_gpus->setCurrentId(h.gpuId);
    }
    const QSignalBlocker block(m_count);
    m_count->setValue(h.gpuCount);
    const GpuSpec *g = m_doc->evaluation().gpu;
    m_details->setText(g ? describe(*g) : tr("\"%1\" is not in the GPU catalog.").arg(h.gpuId));
}

} // namespace headroom::ui
