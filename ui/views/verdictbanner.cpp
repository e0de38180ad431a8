#include "ui/views/verdictbanner.h"

#include "core/results/verdict.h"
#include "ui/views/themecolours.h"

#include <QHBoxLayout>
#include <QLabel>

namespace headroom::ui {

VerdictBanner::VerdictBanner(PlanDocument *doc, QWidget *parent) : DocumentView(doc, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("verdict"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
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
    // Core words the verdict (the report and the CLI print the same sentence); the banner colours it.
    const Verdict v = Verdict::of(m_doc->plan(), m_doc->evaluation());
    m_fits = v.fits();
    // A plan that fits with a warning is amber, not green.
    const theme::Status status = v.status == VerdictStatus::DoesNotFit ? theme::Status::Bad
                                 : v.status == VerdictStatus::Fits && v.warnings.isEmpty()
                                     ? theme::Status::Good
                                     : theme::Status::Warning;
    QString text = v.sentence(units());
    for (const QString &warning : v.warnings)
        text += QStringLiteral("\n⚠ ") + warning;
    m_label->setText(text);
    // A tint of the status over the window colour, with the palette's text: light on a dark
    // palette, dark on a light one.
    m_background = theme::statusBackground(status, palette().color(QPalette::Window));
    m_text = theme::statusText(status, palette(), m_background);
    m_label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; }")
                               .arg(m_background.name(), m_text.name()));
}

} // namespace headroom::ui
