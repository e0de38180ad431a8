#include "report/reportcharts.h"

#include "core/common/units.h"
#include "core/results/componentcolours.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace headroom::report {

namespace {
QFont chartFont(double size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

QString tickText(double v)
{
    return QLocale().toString(v, 'g', 4);
}
} // namespace

QColor componentColour(Component c)
{
    return QColor::fromRgb(componentRgb(c));
}

double ReportCharts::niceStep(double max, int count)
{
    if (max <= 0)
        return 1;
    const double raw = max / std::max(1, count);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * mag >= raw)
            return m * mag;
    return 10 * mag;
}

void ReportCharts::memoryBars(QPainter &p, const QRectF &rect, const QStringList &labels,
                              const std::vector<const MemoryBreakdown *> &bars)
{
    const double gib = 1024.0 * 1024.0 * 1024.0;
    double max = 0;
    bool present[kComponentCount] = {};
    for (const MemoryBreakdown *b : bars) {
        max = std::max({max, b->total, b->visible});
        for (int k = 0; k < kComponentCount; ++k)
            present[k] = present[k] || b->component[k] > 0;
    }
    const double step = niceStep(max / gib, 6);
    const double top = std::ceil(max / gib / step) * step;

    p.setFont(chartFont(7.5));
    double labelWidth = 0;
    for (const QString &l : labels)
        labelWidth = std::max(labelWidth, p.fontMetrics().horizontalAdvance(l) + 8.0);
    labelWidth = std::min(labelWidth, rect.width() * 0.3);
    const double legendHeight = 28;
    const QRectF plot(rect.left() + labelWidth, rect.top() + 4, rect.width() - labelWidth - 10,
                      rect.height() - legendHeight - 22);
    const double barSlot = plot.height() / std::max<size_t>(1, bars.size());
    const double barHeight = std::min(22.0, barSlot * 0.6);
    auto xOf = [&](double bytes) { return plot.left() + plot.width() * (bytes / gib) / top; };

    // Grid and axis.
    p.setPen(QPen(QColor(220, 220, 220), 0.5));
    for (double v = 0; v <= top + 1e-9; v += step) {
        const double x = plot.left() + plot.width() * v / top;
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - 30, plot.bottom() + 2, 60, 10), Qt::AlignHCenter | Qt::AlignTop, tickText(v));
        p.setPen(QPen(QColor(220, 220, 220), 0.5));
    }
    p.setPen(Qt::black);
    p.drawText(QRectF(plot.left(), plot.bottom() + 11, plot.width(), 10), Qt::AlignHCenter,
               tr("GiB per GPU (marker: visible GPU memory)"));

    for (size_t i = 0; i < bars.size(); ++i) {
        const MemoryBreakdown &b = *bars[i];
        const double y = plot.top() + barSlot * double(i) + (barSlot - barHeight) / 2;
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y, labelWidth - 6, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(labels.value(int(i)), Qt::ElideRight, int(labelWidth - 6)));
        double x0 = 0;
        for (int k = 0; k < kComponentCount; ++k) {
            const double v = b.component[k];
            if (v <= 0)
                continue;
            const QRectF seg(QPointF(xOf(x0), y), QPointF(xOf(x0 + v), y + barHeight));
            p.fillRect(seg, componentColour(static_cast<Component>(k)));
            x0 += v;
        }
        if (b.visible > 0) {
            const double x = xOf(b.visible);
            // Black, as in the window: no component is drawn in it (activations are red).
            p.setPen(QPen(Qt::black, 1.5));
            p.drawLine(QPointF(x, y - 3), QPointF(x, y + barHeight + 3));
        }
    }
    // Legend.
    double lx = rect.left();
    double ly = rect.bottom() - legendHeight + 4;
    p.setFont(chartFont(7.5));
    for (int k = 0; k < kComponentCount; ++k) {
        if (!present[k])
            continue;
        const QString name = componentName(static_cast<Component>(k));
        const double w = 14 + p.fontMetrics().horizontalAdvance(name) + 12;
        if (lx + w > rect.right()) {
            lx = rect.left();
            ly += 12;
        }
        p.fillRect(QRectF(lx, ly + 1, 9, 8), componentColour(static_cast<Component>(k)));
        p.setPen(Qt::black);
        p.drawText(QRectF(lx + 12, ly, w, 10), Qt::AlignLeft | Qt::AlignVCenter, name);
        lx += w;
    }
}

void ReportCharts::lines(QPainter &p, const QRectF &rect, const LineChart &chart)
{
    double xMin = 1e300, xMax = -1e300, yMax = 0;
    for (const ChartSeries &s : chart.series)
        for (const QPointF &pt : s.points) {
            xMin = std::min(xMin, pt.x());
            xMax = std::max(xMax, pt.x());
            yMax = std::max(yMax, pt.y() / chart.yScale);
        }
    if (xMin > xMax) {
        xMin = 0;
        xMax = 1;
    }
    if (xMax == xMin)
        xMax = xMin + 1;
    const double yStep = niceStep(yMax, 5);
    const double yTop = std::max(yStep, std::ceil(yMax / yStep) * yStep);

    p.setFont(chartFont(9, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 14), Qt::AlignHCenter, chart.title);
    p.setFont(chartFont(7.5));
    const double yLabelWidth = p.fontMetrics().horizontalAdvance(tickText(yTop)) + 20;
    const double legendWidth = 150;
    const QRectF plot(rect.left() + yLabelWidth, rect.top() + 20, rect.width() - yLabelWidth - legendWidth,
                      rect.height() - 46);
    auto map = [&](double x, double y) {
        return QPointF(plot.left() + plot.width() * (x - xMin) / (xMax - xMin),
                       plot.bottom() - plot.height() * (y / chart.yScale) / yTop);
    };
    // Grid, ticks.
    for (double v = 0; v <= yTop + 1e-9; v += yStep) {
        const double y = plot.bottom() - plot.height() * v / yTop;
        p.setPen(QPen(QColor(220, 220, 220), 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() - yLabelWidth, y - 5, yLabelWidth - 4, 10),
                   Qt::AlignRight | Qt::AlignVCenter, tickText(v));
    }
    std::vector<double> xt = chart.xTicks;
    if (xt.empty()) {
        const double step = niceStep(xMax - xMin, 6);
        for (double v = std::ceil(xMin / step) * step; v <= xMax + 1e-9; v += step)
            xt.push_back(v);
    }
    for (double v : xt) {
        const double x = map(v, 0).x();
        p.setPen(Qt::black);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        p.drawText(QRectF(x - 30, plot.bottom() + 4, 60, 10), Qt::AlignHCenter | Qt::AlignTop, tickText(v));
    }
    p.drawRect(plot);
    p.drawText(QRectF(plot.left(), plot.bottom() + 15, plot.width(), 10), Qt::AlignHCenter, chart.xLabel);
    p.save();
    p.translate(rect.left() + 6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -6, plot.height(), 10), Qt::AlignHCenter, chart.yLabel);
    p.restore();

    // Series and legend.
    double ly = plot.top();
    for (const ChartSeries &s : chart.series) {
        QPen pen(s.colour, 1.4);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        QPainterPath path;
        for (size_t i = 0; i < s.points.size(); ++i) {
            const QPointF pt = map(s.points[i].x(), s.points[i].y());
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (s.markers) {
            p.setBrush(s.colour);
            p.setPen(Qt::NoPen);
            for (const QPointF &pt : s.points)
                p.drawEllipse(map(pt.x(), pt.y()), 1.8, 1.8);
            p.setBrush(Qt::NoBrush);
        }
        p.setPen(pen);
        const double lx = plot.right() + 10;
        p.drawLine(QPointF(lx, ly + 5), QPointF(lx + 16, ly + 5));
        p.setPen(Qt::black);
        const QRectF tr(lx + 20, ly, legendWidth - 30, 40);
        const QRectF used = p.boundingRect(tr, Qt::TextWordWrap, s.name);
        p.drawText(tr, Qt::TextWordWrap, s.name);
        ly += used.height() + 4;
    }
}

} // namespace headroom::report
