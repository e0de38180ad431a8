#include "ui/panels/verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace headroom::ui {

VerticalScrollArea::VerticalScrollArea(QWidget *content, QWidget *parent) : QScrollArea(parent)
{
    setWidget(content); // installs this as the content's event filter
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

int VerticalScrollArea::contentWidth() const
{
    const QWidget *content = widget();
    if (!content)
        return 0;
    return content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    QSize s = QScrollArea::minimumSizeHint();
    s.setWidth(std::max(s.width(), contentWidth()));
    return s;
}

QSize VerticalScrollArea::sizeHint() const
{
    QSize s = QScrollArea::sizeHint();
    s.setWidth(std::max(s.width(), contentWidth()));
    return s;
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry(); // the content's minimum width may have changed
    return QScrollArea::eventFilter(watched, event);
}

} // namespace headroom::ui
