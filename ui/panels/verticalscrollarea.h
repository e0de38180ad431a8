#pragma once

#include <QScrollArea>

namespace headroom::ui {

// A scroll area that scrolls vertically only and is never narrower than its content needs, so a
// larger font or a longer translation widens the pane instead of cutting off its right side.
class VerticalScrollArea : public QScrollArea
{
public:
    explicit VerticalScrollArea(QWidget *content, QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int contentWidth() const;
};

} // namespace headroom::ui
