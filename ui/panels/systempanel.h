#pragma once

#include "ui/views/documentview.h"

class QBarSet;
class QBarCategoryAxis;
class QChart;
class QLabel;
class QValueAxis;

namespace headroom::ui {

// The rest of the build for a plan: speed and cost, system RAM with its reasoning, CPU, power,
// PCIe lanes and storage (SSD, HDD or both by cost, and whether a disk keeps up). Everything
// comes from core's HardwareReport.
class SystemPanel : public DocumentView
{
    Q_OBJECT
public:
    explicit SystemPanel(PlanDocument *doc, QWidget *parent = nullptr);

    QString throughputText() const;
    QString hostText() const;

protected:
    void refresh() override;
    void applyPalette() override;

private:
    QLabel *m_throughput;
    QLabel *m_host;
    QLabel *m_storage;
    QChart *m_chart;
    QBarSet *m_costs;
    QValueAxis *m_axis;
    QBarCategoryAxis *m_categories;
};

} // namespace headroom::ui
