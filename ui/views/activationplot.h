#pragma once

#include "ui/views/documentview.h"

class QCustomPlot;
class QCPBars;
class QCPItemText;

namespace headroom::ui {

// Saved activations per leaf layer at the current batch (QCustomPlot bars); hovering a bar names
// the layer, its output shape and its bytes.
class ActivationPlot : public DocumentView
{
    Q_OBJECT
public:
    explicit ActivationPlot(PlanDocument *doc, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    int barCount() const { return int(m_labels.size()); }
    QString toolTipAt(double key) const; // for a bar position (1-based key)

protected:
    void refresh() override;
    void applyPalette() override;

private:
    void onMouseMove(QMouseEvent *event);

    QCustomPlot *m_plot;
    QCPBars *m_bars;
    QCPItemText *m_note;  // shown instead of bars in inference
    QStringList m_labels; // tooltips
    QStringList m_names;  // tick labels
    QVector<double> m_values;
};

} // namespace headroom::ui
