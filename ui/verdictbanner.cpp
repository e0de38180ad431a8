#include "verdictbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace headroom::ui {

VerdictBanner::VerdictBanner(PlanDocument *doc, QWidget *parent) : DocumentView(doc, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("verdict"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setMargin(8);
    layout->addWidget(m_label);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QString VerdictBanner::text() const
{
    return m_label->text();
}

void VerdictBanner::refresh()
{
    const PlanEvaluation &e = m_doc->evaluation();
    const MemoryBreakdown &b = e.memory;
    QString html;
    QString colour;
    m_fits = false;
    if (!e.ok()) {
        colour = QStringLiteral("#fff3cd");
        html = tr("<b>Cannot evaluate:</b> %1").arg(e.error.toHtmlEscaped());
    } else if (!e.gpu) {
        colour = QStringLiteral("#fff3cd");
        html = tr("<b>Needs %1.</b> The GPU \"%2\" is not in the catalog.")
                   .arg(formatBytes(b.total, units()), m_doc->plan().hardware.gpuId.toHtmlEscaped());
    } else if (b.fits) {
        m_fits = true;
        colour = QStringLiteral("#d4edda");
        html =
            tr("<b>Fits</b> on %1: %2 of %3 visible, %4 headroom (%5%). Largest batch that fits: <b>%6</b>.")
                .arg(e.gpu->name.toHtmlEscaped(), formatBytes(b.total, units()),
                     formatBytes(b.visible, units()), formatBytes(b.headroomBytes, units()))
                .arg(QLocale().toString(b.headroomFraction * 100.0, 'f', 1))
                .arg(b.maxBatch);
    } else {
        colour = QStringLiteral("#f8d7da");
        html = tr("<b>Does not fit</b> on %1: needs %2 of %3 visible, %4 over. Largest batch that fits: "
                  "<b>%5</b>.")
                   .arg(e.gpu->name.toHtmlEscaped(), formatBytes(b.total, units()),
                        formatBytes(b.visible, units()), formatBytes(-b.headroomBytes, units()))
                   .arg(b.maxBatch);
    }
    m_label->setText(html);
    m_label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: #111; border-radius: 4px; }").arg(colour));
}

} // namespace headroom::ui
