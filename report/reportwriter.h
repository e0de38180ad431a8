#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;
class QPdfWriter;

namespace headroom::report {

// A table block: wrapped cells, a header row repeated after a page break, optional shading.
struct ReportTable
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<double> widths;               // fractions of the text width, one per column
    std::vector<std::vector<QColor>> shading; // optional, per row and cell (invalid: none)
    std::vector<std::vector<bool>> bold;      // optional, per row and cell
    std::vector<bool> right;                  // right-aligned columns (empty: all but the first)
    double fontSize = 8.5;
};

// A simple flow layout onto a QPdfWriter at 72 dpi (one unit = one point): each block is
// measured first and starts on a new page when it does not fit, so nothing is cut at a page
// break. Every page gets a footer with the page number.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // `totalPages`: for "Page N of M" (0: unknown, "Page N").
    ReportWriter(QPdfWriter &writer, QPainter &painter, QString footer, int totalPages = 0);

    double width() const { return m_area.width(); }
    QFont font(double pointSize, bool bold = false) const;

    // `keepWith`: height of what must follow on the same page (a chart, a few lines).
    void heading(const QString &text, int level = 1, double keepWith = 60);
    void paragraph(const QString &text, double pointSize = 9.5, bool bold = false, QColor colour = Qt::black);
    // A shaded one-line banner (the verdict).
    void banner(const QString &text, const QColor &background);
    void table(const ReportTable &t);
    // A drawn block (a chart) of a fixed height.
    void block(double height, const std::function<void(QPainter &, const QRectF &)> &paint);
    void space(double points);
    void finish();
    int pages() const { return m_page; }
    // Blocks taller than a whole page (drawn cut); the layout aims for none.
    int overflows() const { return m_overflows; }

private:
    bool fits(double height) const { return m_y + height <= m_area.bottom(); }
    void ensure(double height);
    void newPage();
    void footer();
    double textHeight(const QString &text, const QFont &f, double width) const;
    double rowHeight(const QStringList &cells, const ReportTable &t, int row, bool header) const;
    double cellHeight(const QString &text, const QFont &f, double width) const;
    void drawRow(const QStringList &cells, const ReportTable &t, int row, bool header);

    QPdfWriter &m_writer;
    QPainter &m_p;
    QString m_footer;
    int m_totalPages = 0;
    int m_overflows = 0;
    QRectF m_area;
    double m_y = 0;
    int m_page = 1;
};

} // namespace headroom::report
