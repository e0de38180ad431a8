// A real mouse drag in an item view, for platforms whose QDrag runs (minimal, xcb; offscreen's
// QDrag::exec returns at once). The same technique as tst_layerdrag.cpp.
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QTimer>
#include <QWindow>

namespace headroom::test {

// Presses on `from` (viewport coordinates), moves past the drag distance (the view starts a
// QDrag, whose exec() runs its own event loop on the next move) and, from inside that loop, moves
// onto `to` and releases there. The events go through the window, as the platform delivers them.
// Returns whether a drag loop ran.
inline bool dragWithMouse(QAbstractItemView *view, const QPoint &from, const QPoint &to)
{
    QWidget *viewport = view->viewport();
    QWindow *window = viewport->window()->windowHandle();
    const auto inWindow = [&](QPoint p) { return window->mapFromGlobal(viewport->mapToGlobal(p)); };
    QTest::mousePress(window, Qt::LeftButton, {}, inWindow(from));
    QTest::mouseMove(window, inWindow(from + QPoint(0, 2)));
    bool released = false;
    QTimer::singleShot(50, viewport, [&] {
        // Posted, not sent: the drag's filter handles them from its own loop.
        const QPointF local = inWindow(to), global = viewport->mapToGlobal(to);
        QCoreApplication::postEvent(window, new QMouseEvent(QEvent::MouseMove, local, global, Qt::NoButton,
                                                            Qt::LeftButton, Qt::NoModifier));
        QCoreApplication::postEvent(window, new QMouseEvent(QEvent::MouseButtonRelease, local, global,
                                                            Qt::LeftButton, Qt::NoButton, Qt::NoModifier));
        released = true;
    });
    QTest::mouseMove(window, inWindow(from + QPoint(0, 2 * QApplication::startDragDistance() + 4)));
    const bool dragLoopRan = released;
    if (!released) // no drag loop ran: let the timer release outside one
        (void)QTest::qWaitFor([&] { return released; }, 1000);
    return dragLoopRan;
}

} // namespace headroom::test
