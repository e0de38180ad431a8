#include "ui/views/sweepplot.h"

#include "ui/views/themecolours.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace headroom::ui {

namespace {
// One representative per common memory size, for comparison with the chosen GPU.
const char *const kComparisonGpus[] = {"rtx-4090", "l40s", "h100-sxm", "h200"};
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

    // The GPUs to compare: the chosen one first, then the reference sizes.
    std::vector<const GpuSpec *> gpus;
    if (e.gpu)
        gpus.push_back(e.gpu);
    for (const char *id : kComparisonGpus)
        if (const GpuSpec *g = GpuCatalog::builtin().find(QLatin1String(id)); g && g != e.gpu)
            gpus.push_back(g);

    std::vector<MemoryBreakdown> fits;
    for (const GpuSpec *g : gpus)
        fits.push_back(MemoryModel::evaluate(e.model, plan.workload, plan.assumptions, g));
    // Show the current batch and the chosen GPU's limit, and the others' limits when they are
    // within reach (a few times further out).
    const qint64 chosenMax = e.gpu ? e.memory.maxBatch : 0;
    const qint64 base = std::max<qint64>({2LL * plan.workload.microBatch, chosenMax + chosenMax / 2, 16});
    qint64 others = 0;
    for (const MemoryBreakdown &b : fits)
        if (b.maxBatch <= 8 * base)
            others = std::max(others, b.maxBatch + b.maxBatch / 10 + 1);
    const qint64 extent = std::clamp<qint64>(std::max(base, others), 16, 1 << 20);
    const qint64 step = std::max<qint64>(1, extent / kMaxPoints);
    QVector<double> keys, values;
    for (qint64 batch = 1; batch <= extent; batch += step) {
        keys.append(double(batch));
        values.append(toUnit(MemoryModel::totalAt(e.model, plan.workload, plan.assumptions, int(batch))));
    }
    QCPGraph *curve = m_plot->addGraph();
    curve->setName(tr("%1, this plan").arg(plan.architecture.name));
    const QPalette pal = palette();
    curve->setPen(QPen(theme::seriesColour(QColor(QStringLiteral("#1f77b4")), pal), 2.5));
    curve->setData(keys, values, true);

    const QColor colours[] = {QColor(QStringLiteral("#c62828")), QColor(QStringLiteral("#6a1b9a")),
                              QColor(QStringLiteral("#2e7d32")), QColor(QStringLiteral("#ef6c00")),
                              QColor(QStringLiteral("#455a64"))};
    double yTop = values.isEmpty() ? 1.0 : values.last();
    for (std::size_t i = 0; i < gpus.size(); ++i) {
        const GpuSpec *g = gpus[i];
        const MemoryBreakdown &b = fits[i];
        const QColor colour =
            theme::seriesColour(colours[std::min<std::size_t>(i, std::size(colours) - 1)], pal);
        QCPGraph *line = m_plot->addGraph();
        line->setName(
            tr("%1: %2, max batch %3").arg(g->name, formatBytes(b.visible, units())).arg(b.maxBatch));
        QPen pen(colour, i == 0 ? 2.0 : 1.2, i == 0 ? Qt::SolidLine : Qt::DashLine);
        line->setPen(pen);
        // Long enough to pan and zoom out a few times; a line millions of pixels long is drawn
        // solid by QPainter, which hid the dashes that tell the reference GPUs from the chosen one.
        const double end = double(extent) * 8;
        line->setData({1.0, end}, {toUnit(b.visible), toUnit(b.visible)}, true);
        if (b.maxBatch > 0) {
            QCPGraph *point = m_plot->addGraph();
            point->removeFromLegend();
            point->setLineStyle(QCPGraph::lsNone);
            point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, i == 0 ? 10 : 7));
            const double at = toUnit(MemoryModel::totalAt(e.model, plan.workload, plan.assumptions,
                                                          int(std::min<qint64>(b.maxBatch, 1 << 30))));
            point->setData({double(b.maxBatch)}, {at});
        }
        if (i == 0)
            yTop = std::max(yTop, toUnit(b.visible));
    }
    // The current batch.
    QCPGraph *current = m_plot->addGraph();
    current->setName(tr("Current batch %1").arg(plan.workload.microBatch));
    current->setLineStyle(QCPGraph::lsNone);
    current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                             QPen(theme::seriesColour(pal.color(QPalette::Text), pal), 2),
                                             theme::chartBackground(pal), 11));
    current->setData({double(plan.workload.microBatch)}, {toUnit(e.memory.total)});

    m_plot->xAxis->setRange(0, double(extent));
    m_plot->yAxis->setRange(0, yTop * 1.1);
    m_plot->replot();
}

} // namespace headroom::ui
