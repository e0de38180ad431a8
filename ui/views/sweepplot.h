#pragma once

#include "ui/views/documentview.h"

class QCustomPlot;
class QCPGraph;

namespace headroom::ui {

// Total memory against batch size for the current plan, with the capacity of the chosen GPU and
// a few common ones, and the largest batch that fits each marked. Drag to pan, wheel to zoom,
// double-click to reset.
class SweepPlot : public DocumentView
{
    Q_OBJECT
public:
    explicit SweepPlot(PlanDocument *doc, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    int sweepPoints() const;

protected:
    void refresh() override;
    void applyPalette() override;

private:
    QCustomPlot *m_plot;
};

} // namespace headroom::ui
