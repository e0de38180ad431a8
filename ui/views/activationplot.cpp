#include "ui/views/activationplot.h"

#include "ui/views/themecolours.h"

#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace headroom::ui {

namespace {
constexpr int kMaxNamedBars = 40;
}

ActivationPlot::ActivationPlot(PlanDocument *doc, QWidget *parent) : DocumentView(doc, parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setLocale(QLocale()); // tick labels in the user's number format
    m_plot->setObjectName(QStringLiteral("activationPlot"));
    m_plot->setToolTip(QString()); // tooltips come from the hovered bar
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setWidth(0.8);
    m_bars->setPen(Qt::NoPen);
    m_plot->xAxis->setLabel(tr("Layer (forward order)"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ActivationPlot::onMouseMove);
    m_note = new QCPItemText(m_plot);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.4);
    m_note->setText(tr("Inference keeps no activations for a backward pass.\n"
                       "Its working set and KV cache are in the Breakdown tab."));
    m_note->setFont(font());
    m_note->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

QString ActivationPlot::toolTipAt(double key) const
{
    const int i = int(std::lround(key)) - 1;
    if (i < 0 || i >= m_labels.size())
        return {};
    return m_labels[i];
}

void ActivationPlot::onMouseMove(QMouseEvent *event)
{
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    const double value = m_plot->yAxis->pixelToCoord(event->position().y());
    const int i = int(std::lround(key)) - 1;
    if (i >= 0 && i < m_values.size() && std::abs(key - (i + 1)) <= 0.5 && value >= 0 &&
        value <= m_values[i] * 1.05 + m_plot->yAxis->range().size() * 0.02)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipAt(key), m_plot);
    else
        QToolTip::hideText();
}

void ActivationPlot::applyPalette()
{
    theme::apply(m_plot, palette());
    m_bars->setBrush(theme::seriesColour(QColor(QStringLiteral("#d62728")), palette()));
}

void ActivationPlot::refresh()
{
    const PlanEvaluation &e = m_doc->evaluation();
    const int batch = m_doc->plan().workload.microBatch;
    QVector<double> keys;
    m_values.clear();
    m_labels.clear();
    m_names.clear();
    const bool inference = m_doc->plan().workload.mode == Mode::Inference;
    m_note->setVisible(inference);
    if (e.ok() && !inference) {
        for (const LayerRow &row : e.model.rows) {
            if (!row.node || row.node->isComposite())
                continue;
            const double bytes = row.savedBytes * batch + row.savedFixedBytes;
            keys.append(keys.size() + 1);
            m_values.append(toUnit(bytes));
            QString label = tr("%1 (%2)\nOutput %3\nSaved for backward: %4")
                                .arg(row.displayName(), layerKindName(row.node->kind), row.output.toString(),
                                     formatBytes(bytes, units()));
            if (row.instances > 1)
                label += tr("\nRuns %1 times per forward pass").arg(row.instances);
            m_labels.append(label);
            m_names.append(row.displayName());
        }
    }
    m_bars->setData(keys, m_values, true);
    // Name the bars when they fit; larger models keep numbered ticks and the hover tooltip.
    if (keys.size() <= kMaxNamedBars) {
        QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
        for (int i = 0; i < keys.size(); ++i)
            names->addTick(keys[i], m_names[i]);
        m_plot->xAxis->setTicker(names);
        m_plot->xAxis->setTickLabelRotation(keys.size() > 5 ? 45 : 0);
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        m_plot->xAxis->setTickLabelRotation(0);
    }
    // The per-layer numbers are what autograd would keep; checkpointing keeps less (see Breakdown).
    m_plot->yAxis->setLabel(m_doc->plan().workload.checkpointing == Checkpointing::None
                                ? tr("Saved activations (%1)").arg(unitName())
                                : tr("Saved activations without checkpointing (%1)").arg(unitName()));
    m_plot->xAxis->setRange(0.4, std::max<double>(keys.size(), 1) + 0.6);
    const double top = m_values.isEmpty() ? 1.0 : *std::max_element(m_values.begin(), m_values.end());
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    m_plot->replot();
}

} // namespace headroom::ui
