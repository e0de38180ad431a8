#include "ui/window/newplandialog.h"

#include "core/presets/presets.h"
#include "ui/panels/inputeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
// Llama-2's tokenizer (32,000 entries, Touvron et al. 2023, §2.1), a common default.
constexpr int kDefaultVocabulary = 32000;
// The embedding width of the blank token model: GPT-2 small's 768 (Radford et al. 2019, Table 2).
constexpr int kDefaultEmbeddingWidth = 768;
} // namespace

NewPlanDialog::NewPlanDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Plan"));
    auto *layout = new QVBoxLayout(this);
    m_blank = new QRadioButton(tr("&Blank model: build it layer by layer"), this);
    m_blank->setObjectName(QStringLiteral("blankModel"));
    m_blank->setChecked(true);
    layout->addWidget(m_blank);
    auto *blankBox = new QWidget(this);
    auto *blankForm = new QVBoxLayout(blankBox);
    blankForm->setContentsMargins(24, 0, 0, 8);
    m_input = new InputEditor(blankBox);
    blankForm->addWidget(m_input);
    auto *vocabularyRow = new QFormLayout;
    vocabularyRow->setContentsMargins(0, 0, 0, 0);
    m_vocabulary = new QSpinBox(blankBox);
    m_vocabulary->setObjectName(QStringLiteral("vocabulary"));
    m_vocabulary->setRange(1, 10'000'000);
    m_vocabulary->setGroupSeparatorShown(true);
    m_vocabulary->setValue(kDefaultVocabulary);
    m_vocabulary->setToolTip(tr("Tokens in the vocabulary: the rows of the model's first embedding."));
    m_vocabularyLabel = new QLabel(tr("Vocabulary"), blankBox);
    vocabularyRow->addRow(m_vocabularyLabel, m_vocabulary);
    blankForm->addLayout(vocabularyRow);
    layout->addWidget(blankBox);

    m_preset = new QRadioButton(tr("From a &preset"), this);
    m_preset->setObjectName(QStringLiteral("fromPreset"));
    layout->addWidget(m_preset);
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("newPlanPreset"));
    for (const PresetInfo &p : Presets::list())
        m_presets->addItem(p.name, p.id);
    auto *presetRow = new QVBoxLayout;
    presetRow->setContentsMargins(24, 0, 0, 0);
    presetRow->addWidget(m_presets);
    layout->addLayout(presetRow);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_blank, &QRadioButton::toggled, this, &NewPlanDialog::updateEnabled);
    connect(m_input, &InputEditor::edited, this, &NewPlanDialog::updateEnabled);
    updateEnabled();
}

void NewPlanDialog::updateEnabled()
{
    const bool blank = m_blank->isChecked();
    m_input->setEnabled(blank);
    const bool tokens = m_input->spec().type == InputSpec::Type::Tokens;
    m_vocabulary->setVisible(tokens);
    m_vocabularyLabel->setVisible(tokens);
    m_vocabulary->setEnabled(blank);
    m_presets->setEnabled(!blank);
}

Architecture NewPlanDialog::blankModel(const InputSpec &input, int vocabulary)
{
    Architecture a;
    a.name = tr("Custom model");
    a.input = input;
    switch (input.type) {
    case InputSpec::Type::Image:
        a.family = QStringLiteral("vision");
        break;
    case InputSpec::Type::Tokens:
        a.family = QStringLiteral("language");
        a.root.children.push_back(
            build::embedding(QStringLiteral("embed_tokens"), vocabulary, kDefaultEmbeddingWidth));
        break;
    case InputSpec::Type::Features:
        a.family = QStringLiteral("classical");
        break;
    }
    return a;
}

Architecture NewPlanDialog::architecture() const
{
    if (m_preset->isChecked())
        if (const auto a = Presets::create(m_presets->currentData().toString()))
            return *a;
    return blankModel(m_input->spec(), m_vocabulary->value());
}

} // namespace headroom::ui
