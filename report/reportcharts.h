#pragma once

#include "core/memory/memorymodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace headroom::report {

// Colour of a memory component, shared by every chart of the report.
QColor componentColour(Component c);

struct ChartSeries
{
    QString name;
    QColor colour;
    std::vector<QPointF> points;
    bool dashed = false;
    bool markers = true;
};

struct LineChart
{
    QString title;
    QString xLabel;
    QString yLabel;
    std::vector<ChartSeries> series;
    std::vector<double> xTicks; // empty: automatic
    double yScale = 1;          // values are divided by this for the tick labels
};

// Vector charts painted straight onto the PDF's QPainter (no raster images).
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    // One horizontal stacked bar per entry (memory components), the visible capacity marked.
    static void memoryBars(QPainter &p, const QRectF &rect, const QStringList &labels,
                           const std::vector<const MemoryBreakdown *> &bars);
    static void lines(QPainter &p, const QRectF &rect, const LineChart &chart);
    // 1, 2, 2.5 or 5 × 10^k steps covering [0, max] in about `count` intervals.
    static double niceStep(double max, int count);
};

} // namespace headroom::report
