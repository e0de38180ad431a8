#pragma once

#include "ui/document/plandocument.h"

#include <QList>
#include <QWidget>

class QDoubleSpinBox;
class QCheckBox;
class QLabel;
class QToolButton;

namespace headroom::ui {

// Every overhead factor the model assumes, editable, each with its documented source and a
// button that restores the default.
class AssumptionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssumptionsPanel(PlanDocument *doc, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void styleSources();

    PlanDocument *m_doc;
    QDoubleSpinBox *m_spins[kAssumptionCount] = {};
    QCheckBox *m_boxes[kAssumptionCount] = {};
    QToolButton *m_resets[kAssumptionCount] = {};
    QList<QLabel *> m_sources;
};

} // namespace headroom::ui
