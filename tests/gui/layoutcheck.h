#pragma once

// What a window cuts off at its current size: labels narrower than their text, buttons and fields
// squeezed below their minimum, tabs pushed behind scroll arrows, group titles wider than the box,
// and a window whose layout needs more room than it has. Used by tst_gui and tst_i18n_gui.
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QStyle>
#include <QTabBar>
#include <QToolButton>

namespace layoutcheck {

inline QString describe(const QWidget *w)
{
    QString text;
    if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    else if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *g = qobject_cast<const QGroupBox *>(w))
        text = g->title();
    else if (auto *c = qobject_cast<const QComboBox *>(w))
        text = c->currentText();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60));
}

// Inside a scroll area a widget may be taller than what is shown (it scrolls); never wider, as
// every scroll area of the window scrolls vertically only.
inline bool scrolls(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

inline QString size(QSize s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

inline QStringList problems(QWidget *top)
{
    QStringList out;
    const QSize min = top->minimumSizeHint();
    if (min.width() > top->width() || min.height() > top->height())
        out << QStringLiteral("the window needs %1 but has %2").arg(size(min), size(top->size()));
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->isWindow() || !w->isVisibleTo(top) || w->width() <= 0)
            continue;
        const bool inScroll = scrolls(w);
        const QString where = describe(w);
        // Cut off by a parent: in a scroll area only a cut at the side counts.
        if (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QGroupBox *>(w)) {
            QRect shown = w->rect(); // in w's coordinates
            for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
                shown = shown.intersected(p->rect().translated(-w->mapTo(p, QPoint(0, 0))));
                if (p == top)
                    break;
            }
            const bool cut = inScroll ? shown.width() < w->width() : shown.size() != w->size();
            if (cut && !shown.isEmpty())
                out << QStringLiteral("%1: only %2 of %3 is inside its parents")
                           .arg(where, size(shown.size()), size(w->size()));
        }
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->text().isEmpty())
                continue;
            if (l->wordWrap()) {
                if (!inScroll && l->heightForWidth(l->width()) > l->height())
                    out << QStringLiteral("%1: wrapped text needs height %2, has %3")
                               .arg(where)
                               .arg(l->heightForWidth(l->width()))
                               .arg(l->height());
            } else if (l->width() < l->sizeHint().width()) {
                out << QStringLiteral("%1: text needs width %2, has %3")
                           .arg(where)
                           .arg(l->sizeHint().width())
                           .arg(l->width());
            }
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                const QRect r = bar->tabRect(i);
                if (r.left() < 0 || r.right() >= bar->width())
                    out << QStringLiteral("tab \"%1\" is cut off (%2..%3 of %4)")
                               .arg(bar->tabText(i))
                               .arg(r.left())
                               .arg(r.right())
                               .arg(bar->width());
            }
        } else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->orientation() == Qt::Horizontal) {
            // Column titles, which a header elides without a word.
            const int margin = 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
            for (int i = 0; h->model() && i < h->count(); ++i) {
                const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
                const int needed = h->fontMetrics().size(0, title).width() + margin;
                if (!h->isSectionHidden(i) && needed > h->sectionSize(i))
                    out << QStringLiteral("column \"%1\": title needs %2, has %3")
                               .arg(title.left(40))
                               .arg(needed)
                               .arg(h->sectionSize(i));
            }
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            const int title = g->fontMetrics().horizontalAdvance(g->title());
            if (title > g->width())
                out << QStringLiteral("%1: title needs %2, box is %3").arg(where).arg(title).arg(g->width());
        } else if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                   qobject_cast<QLineEdit *>(w)) {
            if (qobject_cast<QToolButton *>(w) && qobject_cast<QTabBar *>(w->parentWidget()))
                continue; // the tab bar's scroll arrows: the tab check reports those
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            const QSize m = w->minimumSizeHint();
            if (w->width() < m.width() || (!inScroll && w->height() < m.height()))
                out << QStringLiteral("%1: needs %2, has %3").arg(where, size(m), size(w->size()));
        }
    }
    return out;
}

} // namespace layoutcheck
