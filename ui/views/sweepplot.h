#pragma once

#include "core/results/batchsweep.h"
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
    // What the plot shows, as core computed it (empty until first shown).
    const BatchSweep &sweep() const { return m_sweep; }

protected:
    void refresh() override;
    void applyPalette() override;

private:
    QCustomPlot *m_plot;
    BatchSweep m_sweep;
};

} // namespace headroom::ui
