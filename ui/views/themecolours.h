#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QCustomPlot;

namespace headroom::ui {

// Colours derived from the application palette, so that a dark system palette stays readable.
// Every custom colour of the result views goes through here instead of being a fixed light-theme
// value.
namespace theme {

// WCAG 2 relative luminance (0 = black, 1 = white) and contrast ratio (1 to 21).
double luminance(const QColor &c);
double contrast(const QColor &a, const QColor &b);
// Minimum ratios: text (WCAG AA) and lines or marks in a chart (WCAG 1.4.11).
constexpr double kTextContrast = 4.5;
constexpr double kGraphicContrast = 3.0;

bool isDark(const QPalette &p);
// `over` laid over `base` with the given opacity (0..1).
QColor blend(const QColor &base, const QColor &over, double amount);
// `c` made lighter (on a dark background) or darker (on a light one) until it reaches `ratio`
// against `background`; unchanged when it already does.
QColor readableOn(const QColor &c, const QColor &background, double ratio);

// Where charts draw: the palette's base colour, like a text field or a table.
QColor chartBackground(const QPalette &p);
// A series or marker colour adjusted to stay visible on the chart background.
QColor seriesColour(const QColor &c, const QPalette &p);

enum class Status { Good, Warning, Bad };
// A banner or highlighted cell: a tint of the status hue over `base`, with text that reads on it.
QColor statusBackground(Status s, const QColor &base);
QColor statusText(Status s, const QPalette &p, const QColor &background);
// Text of an error message next to a field, on the window colour.
QColor errorText(const QPalette &p);
// A style sheet for a line edit whose entry is invalid.
QString invalidFieldStyle(const QPalette &p);
// Secondary text (sources, hints) on the window colour: dimmer than the text, still readable.
QColor secondaryText(const QPalette &p);

// Background, title, legend, axis labels, axis lines and grid of a Qt Charts chart.
void apply(QChart *chart, const QPalette &p);
// Background, axes, tick labels, grid and legend of a QCustomPlot.
void apply(QCustomPlot *plot, const QPalette &p);

} // namespace theme
} // namespace headroom::ui
