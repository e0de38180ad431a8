#pragma once

#include "ui/views/documentview.h"

#include <QColor>

class QLabel;

namespace headroom::ui {

// One line that answers the question: does it fit, with how much headroom, and up to which batch.
class VerdictBanner : public DocumentView
{
    Q_OBJECT
public:
    explicit VerdictBanner(PlanDocument *doc, QWidget *parent = nullptr);
    QString text() const;
    bool fits() const { return m_fits; }
    QLabel *label() const { return m_label; }
    // The colours the banner is drawn with, derived from the palette.
    QColor backgroundColour() const { return m_background; }
    QColor textColour() const { return m_text; }

protected:
    void refresh() override;

private:
    QLabel *m_label;
    bool m_fits = false;
    QColor m_background;
    QColor m_text;
};

} // namespace headroom::ui
