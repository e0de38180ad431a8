#include "ui/panels/hardwarepanel.h"

#include "core/model/workloadlimits.h"

#include "ui/panels/filteredcombo.h"
#include "ui/views/themecolours.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    m_count->setRange(workloadLimit(LimitId::GpuCount).minimum, workloadLimit(LimitId::GpuCount).maximum);
    m_count->setKeyboardTracking(false);
    m_count->setToolTip(tr("GPUs in the job, all machines together; memory is checked per GPU."));
    form->addRow(tr("GPU count"), m_count);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int n) {
        HardwareChoice h = m_doc->plan().hardware;
        h.gpuCount = n;
        m_doc->setHardware(h, tr("Change GPU count"));
    });

    m_nodes = new QSpinBox(this);
    m_nodes->setRange(workloadLimit(LimitId::Nodes).minimum, workloadLimit(LimitId::Nodes).maximum);
    m_nodes->setKeyboardTracking(false);
    m_nodes->setToolTip(tr("Machines the GPUs are spread over; gradients then cross the network."));
    form->addRow(tr("Nodes"), m_nodes);
    connect(m_nodes, &QSpinBox::valueChanged, this,
            [this](int n) { editParallelism(tr("Change nodes"), [n](Parallelism &p) { p.nodes = n; }); });

    m_zero = new QComboBox(this);
    m_zero->addItem(tr("Data parallel (replicas)"), 0);
    m_zero->addItem(tr("ZeRO-1: shard optimizer states"), 1);
    m_zero->addItem(tr("ZeRO-2: + gradients"), 2);
    m_zero->addItem(tr("ZeRO-3: + weights"), 3);
    m_zero->addItem(tr("FSDP full sharding"), 4);
    m_zero->setToolTip(tr("How data-parallel GPUs share the model states (DeepSpeed ZeRO, PyTorch FSDP)."));
    form->addRow(tr("Sharding"), m_zero);
    connect(m_zero, &QComboBox::activated, this, [this](int index) {
        const int v = m_zero->itemData(index).toInt();
        editParallelism(tr("Change sharding"), [v](Parallelism &p) {
            p.fsdp = v == 4;
            p.zeroStage = v == 4 ? 0 : v;
        });
    });

    m_offload = new QComboBox(this);
    for (const EnumName<CpuOffload> &n : enumNames<CpuOffload>())
        m_offload->addItem(cpuOffloadName(n.value), QLatin1String(n.id));
    m_offload->setToolTip(tr("ZeRO-Offload moves states to host RAM: less GPU memory, more PCIe traffic."));
    form->addRow(tr("CPU offload"), m_offload);
    connect(m_offload, &QComboBox::activated, this, [this](int index) {
        const auto o = cpuOffloadFromId(m_offload->itemData(index).toString()).value_or(CpuOffload::None);
        editParallelism(tr("Change offload"), [o](Parallelism &p) { p.offload = o; });
    });

    m_tp = new QSpinBox(this);
    m_tp->setRange(workloadLimit(LimitId::TensorParallel).minimum,
                   workloadLimit(LimitId::TensorParallel).maximum);
    m_tp->setKeyboardTracking(false);
    m_tp->setToolTip(tr("Megatron tensor parallelism: each layer's weights split over this many GPUs."));
    m_sp = new QCheckBox(tr("Sequence parallel"), this);
    m_sp->setToolTip(tr("Also splits layer norms and dropout along the sequence (with tensor parallelism)."));
    auto *tpRow = new QHBoxLayout;
    tpRow->addWidget(m_tp, 1);
    tpRow->addWidget(m_sp);
    form->addRow(tr("Tensor parallel"), tpRow);
    connect(m_tp, &QSpinBox::valueChanged, this, [this](int n) {
        editParallelism(tr("Change tensor parallelism"), [n](Parallelism &p) { p.tensorParallel = n; });
    });
    connect(m_sp, &QCheckBox::toggled, this, [this](bool on) {
        editParallelism(tr("Toggle sequence parallelism"), [on](Parallelism &p) { p.sequenceParallel = on; });
    });

    m_pp = new QSpinBox(this);
    m_pp->setRange(workloadLimit(LimitId::PipelineParallel).minimum,
                   workloadLimit(LimitId::PipelineParallel).maximum);
    m_pp->setKeyboardTracking(false);
    m_pp->setToolTip(tr("Pipeline stages: layers split over this many GPUs (1F1B schedule)."));
    form->addRow(tr("Pipeline stages"), m_pp);
    connect(m_pp, &QSpinBox::valueChanged, this, [this](int n) {
        editParallelism(tr("Change pipeline stages"), [n](Parallelism &p) { p.pipelineParallel = n; });
    });

    m_layout = new QLabel(this);
    m_layout->setWordWrap(true);
    form->addRow(QString(), m_layout);

    connect(doc, &PlanDocument::changed, this, &HardwarePanel::refresh);
    refresh();
}

void HardwarePanel::editParallelism(const QString &text, const std::function<void(Parallelism &)> &change)
{
    HardwareChoice h = m_doc->plan().hardware;
    change(h.parallelism);
    m_doc->setHardware(h, text);
}

void HardwarePanel::refresh()
{
    const HardwareChoice &h = m_doc->plan().hardware;
    {
        const QSignalBlocker block(m_gpus->combo());
        m_gpus->setCurrentId(h.gpuId, h.gpuId);
    }
    const QSignalBlocker blocks[] = {
        QSignalBlocker(m_count), QSignalBlocker(m_nodes), QSignalBlocker(m_zero), QSignalBlocker(m_offload),
        QSignalBlocker(m_tp),    QSignalBlocker(m_sp),    QSignalBlocker(m_pp)};
    m_count->setValue(h.gpuCount);
    const Parallelism &p = h.parallelism;
    m_nodes->setValue(p.nodes);
    m_zero->setCurrentIndex(m_zero->findData(p.fsdp ? 4 : p.zeroStage));
    m_offload->setCurrentIndex(m_offload->findData(cpuOffloadId(p.offload)));
    m_tp->setValue(p.tensorParallel);
    m_sp->setChecked(p.sequenceParallel);
    m_pp->setValue(p.pipelineParallel);
    const QString invalid = ParallelismText::validate(p, h.gpuCount);
    m_layout->setText(invalid.isEmpty() ? ParallelismText::describe(h.layout()) : invalid);
    m_layout->setStyleSheet(
        invalid.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
    const GpuSpec *g = m_doc->evaluation().gpu;
    m_details->setText(g ? describe(*g) : tr("\"%1\" is not in the GPU catalog.").arg(h.gpuId));
}

} // namespace headroom::ui
