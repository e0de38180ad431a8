#pragma once

#include "preferences.h"

#include <QDialog>

class QComboBox;

namespace headroom::ui {

// Edits the Preferences: byte units and the GPU new plans start with.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *m_units;
    QComboBox *m_gpu;
};

} // namespace headroom::ui
