#include "ui/panels/workloadpanel.h"

#include "core/model/runtimeprofile.h"
#include "core/model/techniques.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
constexpr int kSliderMax = 512;

template<typename E> void fillCombo(QComboBox *combo, std::initializer_list<E> values, QString (*name)(E))
{
    for (E v : values)
        combo->addItem(name(v), int(v));
}

// Every value of the enum, in its table's order (core/model/workload.h).
template<typename E> void fillCombo(QComboBox *combo, QString (*name)(E))
{
    for (const EnumName<E> &n : enumNames<E>())
        combo->addItem(name(n.value), int(n.value));
}

void setLimit(QSpinBox *spin, LimitId id)
{
    spin->setRange(workloadLimit(id).minimum, workloadLimit(id).maximum);
}

void setComboValue(QComboBox *combo, int value)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(value));
}

void setSpinValue(QSpinBox *spin, int value)
{
    const QSignalBlocker block(spin);
    spin->setValue(value);
}
} // namespace

WorkloadPanel::WorkloadPanel(PlanDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_mode =
        addCombo(tr("Mode"), tr("Training from scratch, fine-tuning a pretrained model, or serving it."));
    fillCombo(m_mode, &modeName);
    connect(m_mode, &QComboBox::activated, this, [this] {
        change(tr("Change mode"), [this](Workload &w) { w.mode = Mode(m_mode->currentData().toInt()); });
    });

    m_batchRow = new QWidget(this);
    auto *batchLayout = new QHBoxLayout(m_batchRow);
    batchLayout->setContentsMargins(0, 0, 0, 0);
    m_batchSlider = new QSlider(Qt::Horizontal, m_batchRow);
    m_batchSlider->setRange(1, kSliderMax);
    m_batchSlider->setObjectName(QStringLiteral("batchSlider"));
    m_batchSlider->setToolTip(tr("Drag to see how memory grows with the batch; one drag is one undo step."));
    m_batch = new QSpinBox(m_batchRow);
    setLimit(m_batch, LimitId::MicroBatch);
    m_batch->setObjectName(QStringLiteral("batchSpin"));
    m_batch->setToolTip(tr("Samples per forward pass on one GPU (inference: concurrent sequences)."));
    batchLayout->addWidget(m_batchSlider, 1);
    batchLayout->addWidget(m_batch);
    m_form->addRow(tr("Micro-batch"), m_batchRow);
    connect(m_batchSlider, &QSlider::valueChanged, this, [this](int v) { m_doc->setMicroBatch(v); });
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int v) { m_doc->setMicroBatch(v); });

    m_accumulation = addSpin(tr("Grad. accumulation"), LimitId::GradientAccumulation,
                             tr("Micro-batches per optimizer step; raises the effective batch, not memory."));
    connect(m_accumulation, &QSpinBox::valueChanged, this, [this](int v) {
        change(
            tr("Change gradient accumulation"), [v](Workload &w) { w.gradientAccumulation = v; },
            QStringLiteral("accumulation"));
    });
    m_sequence = addSpin(tr("Sequence length"), LimitId::SequenceLength,
                         tr("Tokens per sample; 0 uses the model's default."));
    m_sequence->setSpecialValueText(tr("Model default"));
    connect(m_sequence, &QSpinBox::valueChanged, this, [this](int v) {
        change(
            tr("Change sequence length"), [v](Workload &w) { w.sequenceLength = v; },
            QStringLiteral("sequence"));
    });
    m_image = addSpin(tr("Image size"), LimitId::ImageSize,
                      tr("Input height and width in pixels; 0 uses the model's default."));
    m_image->setSpecialValueText(tr("Model default"));
    connect(m_image, &QSpinBox::valueChanged, this, [this](int v) {
        change(
            tr("Change image size"), [v](Workload &w) { w.imageSize = v; }, QStringLiteral("image"));
    });

    m_precision = addCombo(tr("Precision"), tr("How weights and activations are stored and computed."));
    fillCombo(m_precision, &precisionName);
    connect(m_precision, &QComboBox::activated, this, [this] {
        change(tr("Change precision"),
               [this](Workload &w) { w.precision = Precision(m_precision->currentData().toInt()); });
    });
    m_optimizer =
        addCombo(tr("Optimizer"), tr("The optimizer decides how many state tensors each weight carries."));
    fillCombo(m_optimizer, &optimizerName);
    connect(m_optimizer, &QComboBox::activated, this, [this] {
        change(tr("Change optimizer"),
               [this](Workload &w) { w.optimizer = Optimizer(m_optimizer->currentData().toInt()); });
    });
    m_checkpointing = addCombo(tr("Checkpointing"), tr("Recomputes activations in backward to save memory."));
    fillCombo(m_checkpointing, &checkpointingName);
    connect(m_checkpointing, &QComboBox::activated, this, [this] {
        change(tr("Change checkpointing"), [this](Workload &w) {
            w.checkpointing = Checkpointing(m_checkpointing->currentData().toInt());
        });
    });
    // A runtime profile sets its framework's defaults in the workload and the assumptions at once
    // (core/model/runtimeprofile.h), as one undo step.
    m_profile = addCombo(tr("Runtime profile"),
                         tr("Whose defaults the estimate assumes: gradient freeing, optimizer kernel, master "
                            "weights, loss and attention kernels, CUDA context."));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    fillCombo(m_profile, &runtimeProfileName);
    connect(m_profile, &QComboBox::activated, this, [this] {
        const auto profile = RuntimeProfile(m_profile->currentData().toInt());
        m_doc->edit(tr("Choose runtime profile %1").arg(runtimeProfileName(profile)),
                    [profile](Plan &p) { applyRuntimeProfile(profile, p.workload, p.assumptions); });
    });
    m_techniquesRow = new QWidget(this);
    auto *techniqueLayout = new QVBoxLayout(m_techniquesRow);
    techniqueLayout->setContentsMargins(0, 0, 0, 0);
    for (const TechniqueInfo &t : techniqueTable()) {
        auto *box = new QCheckBox(techniqueLabel(t.technique), m_techniquesRow);
        box->setToolTip(techniqueSource(t.technique));
        box->setProperty("techniqueBit", unsigned(t.technique));
        techniqueLayout->addWidget(box);
        m_techniqueBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this, bit = unsigned(t.technique)](bool on) {
            change(tr("Toggle %1").arg(techniqueLabel(Technique(bit))), [on, bit](Workload &w) {
                w.techniques = on ? (w.techniques | bit) : (w.techniques & ~bit);
            });
        });
    }
    m_form->addRow(tr("Memory techniques"), m_techniquesRow);
    m_flash = new QCheckBox(tr("FlashAttention"), this);
    m_flash->setToolTip(tr("Fused attention that never stores the attention score matrix."));
    m_form->addRow(QString(), m_flash);
    connect(m_flash, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("Toggle FlashAttention"), [on](Workload &w) { w.flashAttention = on; });
    });
    m_master = new QCheckBox(tr("FP32 master weights"), this);
    m_master->setToolTip(tr("With pure half precision, the optimizer keeps an fp32 copy of the weights."));
    m_form->addRow(QString(), m_master);
    connect(m_master, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("Toggle master weights"), [on](Workload &w) { w.masterWeights = on; });
    });

    m_method = addCombo(tr("Fine-tuning"), tr("Which weights train: all of them, or low-rank adapters."));
    fillCombo(m_method, &fineTuneMethodName);
    connect(m_method, &QComboBox::activated, this, [this] {
        change(tr("Change fine-tuning method"),
               [this](Workload &w) { w.fineTuneMethod = FineTuneMethod(m_method->currentData().toInt()); });
    });
    m_loraRank = addSpin(tr("LoRA rank"), LimitId::LoraRank, tr("Inner dimension of each adapter pair."));
    connect(m_loraRank, &QSpinBox::valueChanged, this, [this](int v) {
        change(
            tr("Change LoRA rank"), [v](Workload &w) { w.loraRank = v; }, QStringLiteral("lora-rank"));
    });
    m_loraTargets = new QWidget(this);
    auto *targets = new QHBoxLayout(m_loraTargets);
    targets->setContentsMargins(0, 0, 0, 0);
    const std::pair<unsigned, QString> targetNames[] = {{LoraQuery, tr("Q")},
                                                        {LoraKey, tr("K")},
                                                        {LoraValue, tr("V")},
                                                        {LoraOutput, tr("O")},
                                                        {LoraMlp, tr("MLP")}};
    for (const auto &[bit, name] : targetNames) {
        auto *box = new QCheckBox(name, m_loraTargets);
        box->setProperty("loraBit", bit);
        box->setToolTip(tr("Adds adapters to this projection."));
        targets->addWidget(box);
        m_targetBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this, bit = bit](bool on) {
            change(tr("Change LoRA targets"), [bit, on](Workload &w) {
                w.loraTargets = on ? (w.loraTargets | bit) : (w.loraTargets & ~bit);
            });
        });
    }
    targets->addStretch();
    m_form->addRow(tr("LoRA targets"), m_loraTargets);

    m_context = addSpin(tr("Context length"), LimitId::ContextLength,
                        tr("Tokens the KV cache holds for each sequence."));
    connect(m_context, &QSpinBox::valueChanged, this, [this](int v) {
        change(
            tr("Change context length"), [v](Workload &w) { w.contextLength = v; },
            QStringLiteral("context"));
    });
    m_kvPrecision = addCombo(tr("KV-cache precision"), tr("Storage type of cached keys and values."));
    fillCombo(
        m_kvPrecision,
        {Precision::FP32, Precision::FP16, Precision::BF16, Precision::FP8, Precision::INT8, Precision::INT4},
        &precisionName);
    connect(m_kvPrecision, &QComboBox::activated, this, [this] {
        change(tr("Change KV-cache precision"),
               [this](Workload &w) { w.kvCachePrecision = Precision(m_kvPrecision->currentData().toInt()); });
    });

    connect(doc, &PlanDocument::changed, this, &WorkloadPanel::refresh);
    refresh();
}

QSpinBox *WorkloadPanel::addSpin(const QString &label, LimitId limit, const QString &tip)
{
    auto *spin = new QSpinBox(this);
    setLimit(spin, limit);
    spin->setToolTip(tip);
    spin->setKeyboardTracking(false); // one edit per finished number, not per digit
    m_form->addRow(label, spin);
    return spin;
}

QComboBox *WorkloadPanel::addCombo(const QString &label, const QString &tip)
{
    auto *combo = new QComboBox(this);
    combo->setToolTip(tip);
    // Long names ("4-bit weights (inference)") must not widen the whole settings column.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    m_form->addRow(label, combo);
    return combo;
}

void WorkloadPanel::change(const QString &text, const std::function<void(Workload &)> &edit,
                           const QString &mergeKey)
{
    Workload w = m_doc->plan().workload;
    edit(w);
    m_doc->setWorkload(w, text, mergeKey);
}

void WorkloadPanel::refresh()
{
    const Workload &w = m_doc->plan().workload;
    const bool inference = w.mode == Mode::Inference;
    const bool fineTuning = w.mode == Mode::FineTuning;
    const bool images = m_doc->plan().architecture.input.type == InputSpec::Type::Image;
    setComboValue(m_mode, int(w.mode));
    {
        const QSignalBlocker block(m_batchSlider);
        m_batchSlider->setValue(qMin(w.microBatch, kSliderMax));
    }
    setSpinValue(m_batch, w.microBatch);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_batchRow)))
        label->setText(!inference ? tr("Micro-batch") : images ? tr("Batch") : tr("Sequences"));
    setSpinValue(m_accumulation, w.gradientAccumulation);
    setSpinValue(m_sequence, w.sequenceLength);
    setSpinValue(m_image, w.imageSize);
    setComboValue(m_precision, int(w.precision));
    setComboValue(m_optimizer, int(w.optimizer));
    setComboValue(m_checkpointing, int(w.checkpointing));
    setComboValue(m_profile, int(w.runtimeProfile));
    const QStringList edits = runtimeProfileEdits(w, m_doc->plan().assumptions);
    m_profile->setToolTip(
        edits.isEmpty() ? runtimeProfileSource(w.runtimeProfile)
                        : tr("%1\n\nEdited since: %2")
                              .arg(runtimeProfileSource(w.runtimeProfile), edits.join(QStringLiteral(", "))));
    for (QCheckBox *box : std::as_const(m_techniqueBoxes)) {
        const QSignalBlocker block(box);
        box->setChecked(w.techniques & box->property("techniqueBit").toUInt());
    }
    {
        const QSignalBlocker a(m_flash), b(m_master);
        m_flash->setChecked(w.flashAttention);
        m_master->setChecked(w.masterWeights);
    }
    setComboValue(m_method, int(w.fineTuneMethod));
    setSpinValue(m_loraRank, w.loraRank);
    for (QCheckBox *box : std::as_const(m_targetBoxes)) {
        const QSignalBlocker block(box);
        box->setChecked(w.loraTargets & box->property("loraBit").toUInt());
    }
    setSpinValue(m_context, w.contextLength);
    setComboValue(m_kvPrecision, int(w.kvCachePrecision));

    const bool adapters = fineTuning && w.fineTuneMethod != FineTuneMethod::Full;
    const bool halfWeights =
        precisionTraits(w.precision).halfWeights && !precisionTraits(w.precision).autocast;
    m_form->setRowVisible(m_accumulation, !inference);
    m_form->setRowVisible(m_sequence, !images);
    m_form->setRowVisible(m_image, images);
    m_form->setRowVisible(m_optimizer, !inference);
    m_form->setRowVisible(m_checkpointing, !inference);
    m_form->setRowVisible(m_techniquesRow, !inference);
    // Attention settings only matter when the model has attention (ViT does, ResNet does not).
    const bool attention = m_doc->evaluation().model.attentionLayers > 0;
    m_form->setRowVisible(m_flash, attention);
    m_form->setRowVisible(m_master, !inference && halfWeights);
    m_form->setRowVisible(m_method, fineTuning);
    m_form->setRowVisible(m_loraRank, adapters);
    m_form->setRowVisible(m_loraTargets, adapters);
    m_form->setRowVisible(m_context, inference && attention);
    m_form->setRowVisible(m_kvPrecision, inference && attention);
}

} // namespace headroom::ui
