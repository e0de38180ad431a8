#include "report/reportwriter.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

namespace headroom::report {

namespace {
constexpr double kFooterHeight = 18;
constexpr double kCellPad = 3;
} // namespace

ReportWriter::ReportWriter(QPdfWriter &writer, QPainter &painter, QString footer, int totalPages)
    : m_writer(writer), m_p(painter), m_footer(std::move(footer)), m_totalPages(totalPages)
{
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    m_area = page.adjusted(0, 0, 0, -kFooterHeight);
    m_y = m_area.top();
}

QFont ReportWriter::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

double ReportWriter::textHeight(const QString &text, const QFont &f, double width) const
{
    m_p.setFont(f);
    return m_p.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void ReportWriter::ensure(double height)
{
    if (!fits(height) && m_y > m_area.top())
        newPage();
    if (!fits(height))
        ++m_overflows;
}

void ReportWriter::newPage()
{
    footer();
    m_writer.newPage();
    ++m_page;
    m_y = m_area.top();
}

void ReportWriter::footer()
{
    m_p.setFont(font(8));
    m_p.setPen(QColor(90, 90, 90));
    const QRectF band(m_area.left(), m_area.bottom() + 4, m_area.width(), kFooterHeight - 4);
    m_p.drawLine(QPointF(band.left(), band.top()), QPointF(band.right(), band.top()));
    m_p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_p.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                 m_totalPages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                                  : tr("Page %1").arg(m_page));
    m_p.setPen(Qt::black);
}

void ReportWriter::heading(const QString &text, int level, double keepWith)
{
    const QFont f = font(level == 0 ? 18 : level == 1 ? 13 : 11, true);
    const double h = textHeight(text, f, width());
    // Keep a heading with what follows it.
    ensure(h + 14 + keepWith);
    if (m_y > m_area.top())
        m_y += level <= 1 ? 10 : 6;
    m_p.setFont(f);
    m_p.setPen(level <= 1 ? QColor(20, 50, 100) : Qt::black);
    m_p.drawText(QRectF(m_area.left(), m_y, width(), h), Qt::TextWordWrap, text);
    m_p.setPen(Qt::black);
    m_y += h + 4;
}

void ReportWriter::paragraph(const QString &text, double pointSize, bool bold, QColor colour)
{
    const QFont f = font(pointSize, bold);
    const double h = textHeight(text, f, width());
    ensure(h);
    m_p.setFont(f);
    m_p.setPen(colour);
    m_p.drawText(QRectF(m_area.left(), m_y, width(), h), Qt::TextWordWrap, text);
    m_p.setPen(Qt::black);
    m_y += h + 4;
}

void ReportWriter::banner(const QString &text, const QColor &background)
{
    const QFont f = font(10.5, true);
    const double h = textHeight(text, f, width() - 16) + 12;
    ensure(h);
    const QRectF r(m_area.left(), m_y, width(), h);
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(background);
    m_p.drawRoundedRect(r, 3, 3);
    m_p.setBrush(Qt::NoBrush);
    m_p.setPen(Qt::black);
    m_p.setFont(f);
    m_p.drawText(r.adjusted(8, 6, -8, -6), Qt::TextWordWrap, text);
    m_y += h + 6;
}

namespace {
// Cells wrap at word boundaries, and inside a word only when it is wider than the cell.
QTextOption cellOption(Qt::Alignment align)
{
    QTextOption o(align);
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return o;
}
} // namespace

double ReportWriter::cellHeight(const QString &text, const QFont &f, double width) const
{
    m_p.setFont(f);
    return m_p.boundingRect(QRectF(0, 0, width, 1e6), text, cellOption(Qt::AlignLeft)).height();
}

// Headers are bold, and so are the cells the table marks.
static bool isBold(const ReportTable &t, int row, int column, bool header)
{
    if (header)
        return true;
    return size_t(row) < t.bold.size() && size_t(column) < t.bold[size_t(row)].size() &&
           t.bold[size_t(row)][size_t(column)];
}

// Each cell is measured in the font it is drawn in: measuring in bold wrapped text that the
// regular font draws on one line, leaving blank second lines.
double ReportWriter::rowHeight(const QStringList &cells, const ReportTable &t, int row, bool header) const
{
    double h = 0;
    for (int i = 0; i < cells.size(); ++i)
        h = std::max(h, cellHeight(cells[i], font(t.fontSize, isBold(t, row, i, header)),
                                   t.widths[size_t(i)] * width() - 2 * kCellPad));
    return h + 2 * kCellPad;
}

void ReportWriter::drawRow(const QStringList &cells, const ReportTable &t, int row, bool header)
{
    const double h = rowHeight(cells, t, row, header);
    double x = m_area.left();
    for (int i = 0; i < cells.size(); ++i) {
        const double w = t.widths[size_t(i)] * width();
        const QRectF cell(x, m_y, w, h);
        QColor shade = header ? QColor(225, 230, 240) : QColor();
        const bool bold = isBold(t, row, i, header);
        if (!header && size_t(row) < t.shading.size() && size_t(i) < t.shading[size_t(row)].size())
            shade = t.shading[size_t(row)][size_t(i)];
        if (shade.isValid())
            m_p.fillRect(cell, shade);
        m_p.setFont(font(t.fontSize, bold));
        const bool right = t.right.empty() ? i > 0 : (size_t(i) < t.right.size() && t.right[size_t(i)]);
        const Qt::Alignment align = right ? Qt::AlignRight : Qt::AlignLeft;
        m_p.drawText(cell.adjusted(kCellPad, kCellPad, -kCellPad, -kCellPad), cells[i], cellOption(align));
        x += w;
    }
    m_p.setPen(QColor(190, 190, 190));
    m_p.drawLine(QPointF(m_area.left(), m_y + h), QPointF(m_area.left() + width(), m_y + h));
    m_p.setPen(Qt::black);
    m_y += h;
}

void ReportWriter::table(const ReportTable &t)
{
    const double headerHeight = t.header.isEmpty() ? 0 : rowHeight(t.header, t, -1, true);
    const double first = t.rows.empty() ? 0 : rowHeight(t.rows.front(), t, 0, false);
    ensure(headerHeight + first);
    if (!t.header.isEmpty())
        drawRow(t.header, t, -1, true);
    for (int r = 0; r < int(t.rows.size()); ++r) {
        const double h = rowHeight(t.rows[size_t(r)], t, r, false);
        if (!fits(h)) {
            newPage();
            if (!t.header.isEmpty())
                drawRow(t.header, t, -1, true);
            if (!fits(h))
                ++m_overflows;
        }
        drawRow(t.rows[size_t(r)], t, r, false);
    }
    m_y += 8;
}

void ReportWriter::block(double height, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    ensure(height);
    m_p.save();
    paint(m_p, QRectF(m_area.left(), m_y, width(), height));
    m_p.restore();
    m_y += height + 6;
}

void ReportWriter::space(double points)
{
    m_y = std::min(m_y + points, m_area.bottom());
}

void ReportWriter::finish()
{
    footer();
}

} // namespace headroom::report
