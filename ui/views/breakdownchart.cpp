#include "ui/views/breakdownchart.h"

#include "core/results/componentcolours.h"
#include "ui/views/themecolours.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace headroom::ui {

BreakdownChart::BreakdownChart(PlanDocument *doc, QWidget *parent) : DocumentView(doc, parent)
{
    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true); // bar labels and axes in the user's number format
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation); // updates must be instant while dragging
    auto *series = new QHorizontalStackedBarSeries;
    for (int i = 0; i < kComponentCount; ++i) {
        m_sets[i] = new QBarSet(componentName(Component(i)));
        m_sets[i]->append(0);
        series->append(m_sets[i]);
    }
    series->setBarWidth(0.6);
    m_chart->addSeries(series);
    m_capacity = new QLineSeries;
    m_capacity->setName(tr("GPU memory visible"));
    m_chart->addSeries(m_capacity);

    auto *categories = new QBarCategoryAxis;
    categories->append(tr("Peak"));
    categories->setVisible(false);
    m_axis = new QValueAxis;
    m_axis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(categories, Qt::AlignLeft);
    m_chart->addAxis(m_axis, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(m_axis);
    m_capacity->attachAxis(categories);
    m_capacity->attachAxis(m_axis);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setToolTip(
        tr("Peak memory of one GPU by component; the dashed line is the memory CUDA can see."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void BreakdownChart::applyPalette()
{
    const QPalette p = palette();
    theme::apply(m_chart, p);
    for (int i = 0; i < kComponentCount; ++i) {
        m_sets[i]->setColor(theme::seriesColour(QColor::fromRgb(componentRgb(Component(i))), p));
        m_sets[i]->setBorderColor(theme::chartBackground(p));
    }
    // The palette's text colour: no component's colour (activations are red), light and dark alike.
    QPen pen(p.color(QPalette::WindowText));
    pen.setWidth(3);
    pen.setStyle(Qt::DashLine);
    m_capacity->setPen(pen);
}

void BreakdownChart::refresh()
{
    const MemoryBreakdown &b = m_doc->evaluation().memory;
    const auto markers = m_chart->legend()->markers();
    bool legendChanged = false;
    for (int i = 0; i < kComponentCount; ++i) {
        m_sets[i]->replace(0, toUnit(b.component[i]));
        // Components that are zero for this plan only clutter the legend.
        for (QLegendMarker *marker : markers) {
            if (marker->label() == m_sets[i]->label() && marker->isVisible() != (b.component[i] > 0)) {
                marker->setVisible(b.component[i] > 0);
                legendChanged = true;
            }
        }
    }
    // Qt Charts 6.4 does not lay its legend out again when a marker is shown or hidden: entries
    // drew over each other when a component appeared.
    if (legendChanged && m_chart->legend()->layout()) {
        m_chart->legend()->layout()->invalidate();
        m_chart->legend()->layout()->activate();
    }
    const double visible = toUnit(b.visible);
    m_capacity->clear();
    if (b.visible > 0)
        m_capacity->append({QPointF(visible, -0.5), QPointF(visible, 0.5)});
    const double top = std::max(toUnit(b.total), visible) * 1.08;
    m_axis->setRange(0, top > 0 ? top : 1);
    m_axis->applyNiceNumbers();
    m_axis->setTitleText(unitName());
}

} // namespace headroom::ui
