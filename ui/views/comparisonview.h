#pragma once

#include "ui/views/documentview.h"

class QChart;
class QChartView;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace headroom::ui {

class ComparisonModel;

// The Comparison tab: the plan's 2–8 scenarios side by side (table, best values highlighted,
// differences against a chosen baseline), memory components per scenario (Qt Charts) and
// throughput and cost against GPU count with the ~85%-at-8-GPUs rule of thumb (QCustomPlot).
class ComparisonView : public DocumentView
{
    Q_OBJECT
public:
    explicit ComparisonView(PlanDocument *doc, QWidget *parent = nullptr);
    ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChart *memoryChart() const { return m_memoryChart; }
    QCustomPlot *scalingPlot() const { return m_scaling; }
    QComboBox *baselineBox() const { return m_baseline; }
    // Selected scenario column, or -1.
    int currentScenario() const;
    void removeScenario(int index);
    void renameScenario(int index, const QString &name);

protected:
    void refresh() override;
    void applyPalette() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_tableViewport = nullptr; // watched for its final width (eventFilter)
    void fitColumns();                  // every column at least as wide as the widest title or value
    void refreshCharts();

    ComparisonModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
    QComboBox *m_baseline;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QChart *m_memoryChart;
    QChartView *m_memoryView;
    QCustomPlot *m_scaling;
    QCustomPlot *m_cost;
};

} // namespace headroom::ui
