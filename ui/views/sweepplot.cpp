#include "ui/views/sweepplot.h"

#include "core/results/batchsweep.h"
#include "core/results/componentcolours.h"
#include "ui/views/themecolours.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace headroom::ui {

namespace {
constexpr int kMaxPoints = 240;
} // namespace

SweepPlot::SweepPlot(PlanDocument *doc, QWidget *parent) : DocumentView(doc, parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setLocale(QLocale()); // tick labels in the user's number format
    m_plot->setObjectName(QStringLiteral("sweepPlot"));
    m_plot->setToolTip(tr("Drag to pan, scroll to zoom, double-click to reset the view."));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->xAxis->setLabel(tr("Micro-batch"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    // The curve rises to the right, so the bottom-right corner is the free one.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    QSharedPointer<QCPAxisTickerFixed> batchTicker(new QCPAxisTickerFixed);
    batchTicker->setTickStep(1.0); // batches are whole numbers
    batchTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(batchTicker);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { refresh(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

int SweepPlot::sweepPoints() const
{
    return m_plot->graphCount() > 0 ? m_plot->graph(0)->dataCount() : 0;
}

void SweepPlot::applyPalette()
{
    theme::apply(m_plot, palette());
}

void SweepPlot::refresh()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_sweep = BatchSweep{};
    const Plan &plan = m_doc->plan();
    const PlanEvaluation &e = m_doc->evaluation();
    const bool inference = plan.workload.mode == Mode::Inference;
    const bool tokens = plan.architecture.input.type == InputSpec::Type::Tokens;
    m_plot->xAxis->setLabel(!inference ? tr("Micro-batch")
                            : tokens   ? tr("Concurrent sequences")
                                       : tr("Batch"));
    m_plot->yAxis->setLabel(tr("Peak memory per GPU (%1)").arg(unitName()));
    if (!e.ok()) {
        m_plot->replot();
        return;
    }

    // The sweep core computed with the plan's parallel layout: the chosen GPU first, then the
    // reference sizes, each with the largest batch that fits it.
    SweepOptions options;
    options.curvePoints = kMaxPoints;
    options.references = true;
    m_sweep = BatchSweep::compute(plan, e, options);
    const BatchSweep &sweep = m_sweep;
    QVector<double> keys, values;
    for (const SweepPoint &p : sweep.curve) {
        keys.append(double(p.batch));
        values.append(toUnit(p.total));
    }
    QCPGraph *curve = m_plot->addGraph();
    curve->setName(tr("%1, this plan").arg(plan.architecture.name));
    const QPalette pal = palette();
    curve->setPen(QPen(theme::seriesColour(QColor::fromRgb(kSweepCurveRgb), pal), 2.5));
    curve->setData(keys, values, true);

    const QColor colours[] = {QColor(QStringLiteral("#c62828")), QColor(QStringLiteral("#6a1b9a")),
                              QColor(QStringLiteral("#2e7d32")), QColor(QStringLiteral("#ef6c00")),
                              QColor(QStringLiteral("#455a64"))};
    double yTop = values.isEmpty() ? 1.0 : values.last();
    for (std::size_t i = 0; i < sweep.references.size(); ++i) {
        const SweepReference &r = sweep.references[i];
        const QColor colour =
            theme::seriesColour(colours[std::min<std::size_t>(i, std::size(colours) - 1)], pal);
        QCPGraph *line = m_plot->addGraph();
        line->setName(
            tr("%1: %2, max batch %3").arg(r.gpu->name, formatBytes(r.visible, units())).arg(r.maxBatch));
        QPen pen(colour, r.chosen ? 2.0 : 1.2, r.chosen ? Qt::SolidLine : Qt::DashLine);
        line->setPen(pen);
        // Long enough to pan and zoom out a few times; a line millions of pixels long is drawn
        // solid by QPainter, which hid the dashes that tell the reference GPUs from the chosen one.
        const double end = double(sweep.extent) * 8;
        line->setData({1.0, end}, {toUnit(r.visible), toUnit(r.visible)}, true);
        if (r.maxBatch > 0) {
            QCPGraph *point = m_plot->addGraph();
            point->removeFromLegend();
            point->setLineStyle(QCPGraph::lsNone);
            point->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, r.chosen ? 10 : 7));
            point->setData({double(r.maxBatch)}, {toUnit(r.totalAtMax)});
        }
        if (r.chosen)
            yTop = std::max(yTop, toUnit(r.visible));
    }
    // The current batch.
    QCPGraph *current = m_plot->addGraph();
    current->setName(tr("Current batch %1").arg(plan.workload.microBatch));
    current->setLineStyle(QCPGraph::lsNone);
    current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                             QPen(theme::seriesColour(pal.color(QPalette::Text), pal), 2),
                                             theme::chartBackground(pal), 11));
    current->setData({double(plan.workload.microBatch)}, {toUnit(e.memory.total)});

    m_plot->xAxis->setRange(0, double(sweep.extent));
    m_plot->yAxis->setRange(0, yTop * 1.1);
    m_plot->replot();
}

} // namespace headroom::ui
