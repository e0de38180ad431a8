#pragma once

#include "core/model/architecture.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace headroom::ui {

class InputEditor;

// File → New: a blank model with a chosen input (image C×H×W, token sequence with its vocabulary
// and length, tabular vector) to build layer by layer, or a built-in preset.
class NewPlanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewPlanDialog(QWidget *parent = nullptr);

    // The model the new plan starts with: blank (a token model starts with its embedding, which
    // holds the vocabulary) or the chosen preset.
    Architecture architecture() const;
    // The blank model for an input, as architecture() builds it.
    static Architecture blankModel(const InputSpec &input, int vocabulary);

private:
    void updateEnabled();

    QRadioButton *m_blank;
    QRadioButton *m_preset;
    InputEditor *m_input;
    QLabel *m_vocabularyLabel;
    QSpinBox *m_vocabulary;
    QComboBox *m_presets;
};

} // namespace headroom::ui
