#include "ui/views/verdictbanner.h"

#include "ui/views/themecolours.h"

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
    theme::Status status = theme::Status::Warning;
    m_fits = false;
    if (!e.ok()) {
        html = tr("<b>Cannot evaluate:</b> %1").arg(e.error.toHtmlEscaped());
    } else if (!e.gpu) {
        html = tr("<b>Needs %1.</b> The GPU \"%2\" is not in the catalog.")
                   .arg(formatBytes(b.total, units()), m_doc->plan().hardware.gpuId.toHtmlEscaped());
    } else if (b.fits) {
        m_fits = true;
        status = theme::Status::Good;
        html =
            tr("<b>Fits</b> on %1: %2 of %3 visible, %4 headroom (%5%). Largest batch that fits: <b>%6</b>.")
                .arg(e.gpu->name.toHtmlEscaped(), formatBytes(b.total, units()),
                     formatBytes(b.visible, units()), formatBytes(b.headroomBytes, units()))
                .arg(QLocale().toString(b.headroomFraction * 100.0, 'f', 1))
                .arg(b.maxBatch);
    } else {
        status = theme::Status::Bad;
        html = tr("<b>Does not fit</b> on %1: needs %2 of %3 visible, %4 over. Largest batch that fits: "
                  "<b>%5</b>.")
                   .arg(e.gpu->name.toHtmlEscaped(), formatBytes(b.total, units()),
                        formatBytes(b.visible, units()), formatBytes(-b.headroomBytes, units()))
                   .arg(b.maxBatch);
    }
    m_label->setText(html);
    // A tint of the status over the window colour, with the palette's text: light on a dark
    // palette, dark on a light one.
    m_background = theme::statusBackground(status, palette().color(QPalette::Window));
    m_text = theme::statusText(status, palette(), m_background);
    m_label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; }")
                               .arg(m_background.name(), m_text.name()));
}

} // namespace headroom::ui
