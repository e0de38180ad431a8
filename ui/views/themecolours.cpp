#include "ui/views/themecolours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <cmath>
#include <qcustomplot.h>

namespace headroom::ui::theme {

namespace {
double channel(double v)
{
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

QColor opaque(const QColor &c, const QColor &under)
{
    return c.alpha() == 255 ? c : blend(under, QColor(c.red(), c.green(), c.blue()), c.alphaF());
}

QColor hue(Status s)
{
    switch (s) {
    case Status::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case Status::Bad:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}
} // namespace

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &p)
{
    return luminance(p.color(QPalette::Window)) < luminance(p.color(QPalette::WindowText));
}

QColor blend(const QColor &base, const QColor &over, double amount)
{
    const QColor a = base.toRgb(), b = over.toRgb();
    const auto mix = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())),
                            float(mix(a.blueF(), b.blueF())));
}

QColor readableOn(const QColor &c, const QColor &background, double ratio)
{
    const QColor bg = opaque(background, Qt::white);
    QColor out = opaque(c, bg);
    const bool lighten = luminance(bg) < 0.18; // on a dark background go towards white
    const QColor target = lighten ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20 && contrast(out, bg) < ratio; ++step)
        out = blend(opaque(c, bg), target, step / 20.0);
    return out;
}

QColor chartBackground(const QPalette &p)
{
    return p.color(QPalette::Base);
}

QColor seriesColour(const QColor &c, const QPalette &p)
{
    return readableOn(c, chartBackground(p), kGraphicContrast);
}

QColor statusBackground(Status s, const QColor &base)
{
    // A pale tint on a light base, a deep one on a dark base: the text colour stays the palette's.
    return blend(base, hue(s), luminance(base) < 0.18 ? 0.35 : 0.2);
}

QColor statusText(Status, const QPalette &p, const QColor &background)
{
    return readableOn(p.color(QPalette::WindowText), background, kTextContrast);
}

QColor errorText(const QPalette &p)
{
    return readableOn(hue(Status::Bad), p.color(QPalette::Window), kTextContrast);
}

QString invalidFieldStyle(const QPalette &p)
{
    const QColor background = statusBackground(Status::Bad, p.color(QPalette::Base));
    return QStringLiteral("QLineEdit { border: 1px solid %1; background: %2; color: %3; }")
        .arg(readableOn(hue(Status::Bad), p.color(QPalette::Base), kGraphicContrast).name(),
             background.name(), statusText(Status::Bad, p, background).name());
}

QColor secondaryText(const QPalette &p)
{
    const QColor window = p.color(QPalette::Window);
    return readableOn(blend(window, p.color(QPalette::WindowText), 0.7), window, kTextContrast);
}

void apply(QChart *chart, const QPalette &p)
{
    const QColor background = chartBackground(p);
    const QColor text = readableOn(p.color(QPalette::Text), background, kTextContrast);
    const QColor grid = blend(background, text, 0.15);
    const QColor line = blend(background, text, 0.45);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(blend(background, text, 0.07));
        axis->setShadesVisible(false);
    }
}

void apply(QCustomPlot *plot, const QPalette &p)
{
    const QColor background = chartBackground(p);
    const QColor text = readableOn(p.color(QPalette::Text), background, kTextContrast);
    const QColor line = blend(background, text, 0.6);
    plot->setBackground(background);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(line));
        axis->setTickPen(QPen(line));
        axis->setSubTickPen(QPen(line));
        axis->setLabelColor(text);
        axis->setTickLabelColor(text);
        axis->grid()->setPen(QPen(blend(background, text, 0.18), 0, Qt::DotLine));
        axis->grid()->setSubGridPen(QPen(blend(background, text, 0.08), 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(blend(background, text, 0.3)));
    }
    plot->legend->setBrush(QColor(background.red(), background.green(), background.blue(), 230));
    plot->legend->setBorderPen(QPen(line));
    plot->legend->setTextColor(text);
    plot->legend->setSelectedTextColor(text);
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *note = qobject_cast<QCPItemText *>(plot->item(i)))
            note->setColor(text);
}

} // namespace headroom::ui::theme
