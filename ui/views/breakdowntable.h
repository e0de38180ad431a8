#pragma once

#include "ui/views/documentview.h"

class QTableWidget;

namespace headroom::ui {

// Component, bytes, share of the total and the formula with this plan's numbers; the tooltip
// on each row names the formula's source.
class BreakdownTable : public DocumentView
{
    Q_OBJECT
public:
    explicit BreakdownTable(PlanDocument *doc, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

protected:
    void refresh() override;

private:
    QTableWidget *m_table;
};

} // namespace headroom::ui
