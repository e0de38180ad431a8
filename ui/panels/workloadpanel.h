#pragma once

#include "core/model/workloadlimits.h"
#include "ui/document/plandocument.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSlider;
class QSpinBox;

namespace headroom::ui {

// What to do with the model: mode, batch, precision, optimizer and the mode-specific settings.
// Shows only the settings that apply to the chosen mode.
class WorkloadPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkloadPanel(PlanDocument *doc, QWidget *parent = nullptr);

    QSpinBox *batchSpin() const { return m_batch; }
    QSlider *batchSlider() const { return m_batchSlider; }
    QComboBox *modeCombo() const { return m_mode; }

private:
    void refresh();
    void change(const QString &text, const std::function<void(Workload &)> &edit,
                const QString &mergeKey = {});
    QSpinBox *addSpin(const QString &label, LimitId limit, const QString &tip); // range from workloadlimits.h
    QComboBox *addCombo(const QString &label, const QString &tip);

    PlanDocument *m_doc;
    QFormLayout *m_form;
    QComboBox *m_mode;
    QSlider *m_batchSlider;
    QSpinBox *m_batch;
    QSpinBox *m_accumulation;
    QSpinBox *m_sequence;
    QSpinBox *m_image;
    QComboBox *m_precision;
    QComboBox *m_optimizer;
    QComboBox *m_checkpointing;
    QComboBox *m_profile;
    QWidget *m_techniquesRow;
    QList<QCheckBox *> m_techniqueBoxes;
    QCheckBox *m_flash;
    QCheckBox *m_master;
    QComboBox *m_method;
    QSpinBox *m_loraRank;
    QWidget *m_loraTargets;
    QList<QCheckBox *> m_targetBoxes;
    QSpinBox *m_context;
    QComboBox *m_kvPrecision;
    QWidget *m_batchRow;
};

} // namespace headroom::ui
