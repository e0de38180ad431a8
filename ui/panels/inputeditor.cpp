#include "ui/panels/inputeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace headroom::ui {

namespace {
// The plan file's limits (core/io/planfile.cpp): channels and features up to 10^7, images up to
// 16,384 pixels a side, sequences up to kMaxSequenceLength tokens.
constexpr int kMaxChannels = 10'000'000;
constexpr int kMaxImageSize = 16384;

QSpinBox *spin(QWidget *parent, const QString &name, int lo, int hi, const QString &tip)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(lo, hi);
    s->setKeyboardTracking(false);
    s->setGroupSeparatorShown(true);
    s->setToolTip(tip);
    return s;
}
} // namespace

InputEditor::InputEditor(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("inputType"));
    m_type->addItem(tr("Image (C×H×W)"), int(InputSpec::Type::Image));
    m_type->addItem(tr("Token sequence"), int(InputSpec::Type::Tokens));
    m_type->addItem(tr("Tabular vector"), int(InputSpec::Type::Features));
    m_type->setToolTip(tr("What one sample fed to the model looks like."));
    m_form->addRow(tr("Input"), m_type);
    m_channels =
        spin(this, QStringLiteral("inputChannels"), 1, kMaxChannels, tr("Image channels C (3 for RGB)."));
    m_form->addRow(tr("Channels"), m_channels);
    m_imageSize = spin(this, QStringLiteral("inputImageSize"), 1, kMaxImageSize,
                       tr("Image height = width in pixels; the Workload tab can override it."));
    m_form->addRow(tr("Image size"), m_imageSize);
    m_sequence = spin(this, QStringLiteral("inputSequence"), 1, kMaxSequenceLength,
                      tr("Tokens per sample; the Workload tab can override it."));
    m_form->addRow(tr("Sequence length"), m_sequence);
    m_maxSequence = spin(this, QStringLiteral("inputMaxSequence"), 0, kMaxSequenceLength,
                         tr("Longest context the model supports (its position table); 0: unbounded."));
    m_maxSequence->setSpecialValueText(tr("unbounded"));
    m_form->addRow(tr("Longest context"), m_maxSequence);
    m_features = spin(this, QStringLiteral("inputFeatures"), 1, kMaxChannels, tr("Numbers per sample."));
    m_form->addRow(tr("Features"), m_features);

    connect(m_type, &QComboBox::activated, this, [this] {
        showFieldsFor(spec().type);
        emit edited(spec());
    });
    for (QSpinBox *s : {m_channels, m_imageSize, m_sequence, m_maxSequence, m_features})
        connect(s, &QSpinBox::valueChanged, this, [this] { emit edited(spec()); });
    setSpec({});
}

InputSpec InputEditor::spec() const
{
    InputSpec s;
    s.type = InputSpec::Type(m_type->currentData().toInt());
    switch (s.type) {
    case InputSpec::Type::Image:
        s.channels = m_channels->value();
        s.imageSize = m_imageSize->value();
        s.sequenceLength = 0;
        break;
    case InputSpec::Type::Tokens:
        s.channels = 1;
        s.imageSize = 0;
        s.sequenceLength = m_sequence->value();
        s.maxSequenceLength = m_maxSequence->value();
        break;
    case InputSpec::Type::Features:
        s.channels = m_features->value();
        s.imageSize = 0;
        s.sequenceLength = 0;
        break;
    }
    return s;
}

void InputEditor::setSpec(const InputSpec &s)
{
    const QSignalBlocker blocks[] = {QSignalBlocker(m_type),        QSignalBlocker(m_channels),
                                     QSignalBlocker(m_imageSize),   QSignalBlocker(m_sequence),
                                     QSignalBlocker(m_maxSequence), QSignalBlocker(m_features)};
    m_type->setCurrentIndex(m_type->findData(int(s.type)));
    m_channels->setValue(s.type == InputSpec::Type::Image ? s.channels : 3);
    m_imageSize->setValue(s.type == InputSpec::Type::Image && s.imageSize > 0 ? s.imageSize : 224);
    m_sequence->setValue(s.sequenceLength > 0 ? s.sequenceLength : 2048);
    m_maxSequence->setValue(s.maxSequenceLength);
    m_features->setValue(s.type == InputSpec::Type::Features ? s.channels : 64);
    showFieldsFor(s.type);
}

void InputEditor::showFieldsFor(InputSpec::Type type)
{
    m_form->setRowVisible(m_channels, type == InputSpec::Type::Image);
    m_form->setRowVisible(m_imageSize, type == InputSpec::Type::Image);
    m_form->setRowVisible(m_sequence, type == InputSpec::Type::Tokens);
    m_form->setRowVisible(m_maxSequence, type == InputSpec::Type::Tokens);
    m_form->setRowVisible(m_features, type == InputSpec::Type::Features);
}

} // namespace headroom::ui
