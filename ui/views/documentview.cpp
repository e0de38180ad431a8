#include "ui/views/documentview.h"

#include <QEvent>

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
    m_dirty = true;
    if (isVisible())
        catchUp();
}

void DocumentView::catchUp()
{
    if (m_paletteDirty) {
        m_paletteDirty = false;
        applyPalette();
    }
    if (m_dirty) {
        m_dirty = false;
        refresh();
    }
}

void DocumentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

void DocumentView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_paletteDirty = true;
        onDocumentChanged(false);
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
