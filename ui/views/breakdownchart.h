#pragma once

#include "core/memory/memorymodel.h"
#include "ui/views/documentview.h"

class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace headroom::ui {

// The peak memory as one stacked bar of its components, against a line at the GPU's capacity.
class BreakdownChart : public DocumentView
{
    Q_OBJECT
public:
    explicit BreakdownChart(PlanDocument *doc, QWidget *parent = nullptr);
    QChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }

protected:
    void refresh() override;
    void applyPalette() override;

private:
    QChartView *m_view;
    QChart *m_chart;
    QBarSet *m_sets[kComponentCount] = {};
    QLineSeries *m_capacity;
    QValueAxis *m_axis;
};

} // namespace headroom::ui
