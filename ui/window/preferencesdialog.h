#pragma once

#include "ui/document/preferences.h"

#include <QDialog>

class QComboBox;

namespace headroom::ui {

// Edits the Preferences: byte units, the GPU new plans start with and the language.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *m_units;
    QComboBox *m_gpu;
    QComboBox *m_language;
};

} // namespace headroom::ui
