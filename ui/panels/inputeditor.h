#pragma once

#include "core/model/architecture.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QSpinBox;

namespace headroom::ui {

// Edits what one input sample looks like: an image (C×H×W, square), a token sequence (length and
// longest context) or a tabular feature vector. The ranges are the plan file's, so whatever it
// accepts saves and loads back. Emits `edited` when the user changes a value.
class InputEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InputEditor(QWidget *parent = nullptr);

    InputSpec spec() const;
    void setSpec(const InputSpec &spec); // shows it without emitting `edited`

signals:
    void edited(const InputSpec &spec);

private:
    void showFieldsFor(InputSpec::Type type);

    QFormLayout *m_form;
    QComboBox *m_type;
    QSpinBox *m_channels;
    QSpinBox *m_imageSize;
    QSpinBox *m_sequence;
    QSpinBox *m_maxSequence;
    QSpinBox *m_features;
};

} // namespace headroom::ui
