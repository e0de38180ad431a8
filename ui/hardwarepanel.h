#pragma once

#include "plandocument.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace headroom::ui {

class FilteredCombo;

// Chooses the GPU (searchable, with memory, bandwidth and throughput) and how many of them.
class HardwarePanel : public QWidget
{
    Q_OBJECT
public:
    explicit HardwarePanel(PlanDocument *doc, QWidget *parent = nullptr);

    FilteredCombo *gpuPicker() const { return m_gpus; }
    static QString describe(const GpuSpec &g); // "24 GiB · 1008 GB/s · 165 TFLOPS"

private:
    void refresh();

    PlanDocument *m_doc;
    FilteredCombo *m_gpus;
    QSpinBox *m_count;
    QLabel *m_details;
};

} // namespace headroom::ui
