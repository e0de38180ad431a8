#pragma once

#include "ui/document/plandocument.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace headroom::ui {

class FilteredCombo;

// Chooses the GPU (searchable, with memory, bandwidth and throughput), how many of them and how
// the job spreads over them (data parallel, ZeRO/FSDP, offload, tensor and pipeline parallel).
class HardwarePanel : public QWidget
{
    Q_OBJECT
public:
    explicit HardwarePanel(PlanDocument *doc, QWidget *parent = nullptr);

    FilteredCombo *gpuPicker() const { return m_gpus; }
    static QString describe(const GpuSpec &g); // "24 GiB · 1008 GB/s · 165 TFLOPS"

private:
    void refresh();
    void editParallelism(const QString &text, const std::function<void(Parallelism &)> &change);

    PlanDocument *m_doc;
    FilteredCombo *m_gpus;
    QSpinBox *m_count;
    QLabel *m_details;
    QSpinBox *m_nodes;
    QComboBox *m_zero;
    QComboBox *m_offload;
    QSpinBox *m_tp;
    QCheckBox *m_sp;
    QSpinBox *m_pp;
    QLabel *m_layout;
};

} // namespace headroom::ui
