#pragma once

#include "documentview.h"

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

protected:
    void refresh() override;

private:
    QLabel *m_label;
    bool m_fits = false;
};

} // namespace headroom::ui
