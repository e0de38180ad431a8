#include "documentview.h"

namespace headroom::ui {

DocumentView::DocumentView(PlanDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    connect(doc, &PlanDocument::changed, this, &DocumentView::onDocumentChanged);
}

void DocumentView::setUnits(ByteUnits units)
{
    m_units = units;
    onDocumentChanged(false);
}

void DocumentView::onDocumentChanged(bool)
{
    if (isVisible()) {
        m_dirty = false;
        refresh();
    } else {
        m_dirty = true;
    }
}

void DocumentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        m_dirty = false;
        refresh();
    }
}

double DocumentView::toUnit(double bytes) const
{
    return bytes / (m_units == ByteUnits::Binary ? 1024.0 * 1024.0 * 1024.0 : 1e9);
}

QString DocumentView::unitName() const
{
    return m_units == ByteUnits::Binary ? tr("GiB") : tr("GB");
}

} // namespace headroom::ui
