#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace headroom::ui {

// The most recently opened or saved plans, kept in QSettings and shown as a menu.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList files() const;

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
    static constexpr int kMax = 8;
};

} // namespace headroom::ui
