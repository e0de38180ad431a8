#include "ui/views/breakdowntable.h"

#include "core/memory/memorymodel.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
enum Column { ComponentColumn, BytesColumn, ShareColumn, FormulaColumn, ColumnCount };

QTableWidgetItem *item(const QString &text, const QString &tip, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(tip);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}
} // namespace

BreakdownTable::BreakdownTable(PlanDocument *doc, QWidget *parent) : DocumentView(doc, parent)
{
    m_table = new QTableWidget(kComponentCount + 1, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Memory"), tr("Share"), tr("Formula")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FormulaColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true); // long formulas wrap rather than being cut off
    // Queued: the row heights are measured once the header has given every column its new width,
    // else a wide window keeps the rows as tall as the first, narrow layout needed.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
    m_table->setToolTip(tr("Hover a row to see where its formula comes from."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void BreakdownTable::refresh()
{
    const Plan &plan = m_doc->plan();
    const PlanEvaluation &e = m_doc->evaluation();
    const MemoryBreakdown &b = e.memory;
    for (int i = 0; i < kComponentCount; ++i) {
        const auto c = Component(i);
        const QString source = MemoryModel::source(c);
        const QString formula =
            e.ok() ? MemoryModel::formula(c, b, e.model, plan.workload, plan.assumptions) : QString();
        const double share = b.total > 0 ? b.component[i] / b.total * 100.0 : 0;
        m_table->setItem(i, ComponentColumn, item(componentName(c), source));
        m_table->setItem(i, BytesColumn, item(formatBytes(b.component[i], units()), source, true));
        m_table->setItem(i, ShareColumn, item(QStringLiteral("%L1%").arg(share, 0, 'f', 1), source, true));
        m_table->setItem(i, FormulaColumn, item(formula, formula + QStringLiteral("\n\n") + source));
    }
    QFont bold = font();
    bold.setBold(true);
    const int total = kComponentCount;
    m_table->setItem(total, ComponentColumn, item(tr("Total"), tr("Peak memory of one GPU.")));
    m_table->setItem(total, BytesColumn, item(formatBytes(b.total, units()), {}, true));
    m_table->setItem(total, ShareColumn, item(QStringLiteral("100%"), {}, true));
    m_table->setItem(total, FormulaColumn,
                     item(e.gpu ? tr("GPU %1: %2 visible, %3 usable after the CUDA context")
                                      .arg(formatBytes(b.capacity, units()), formatBytes(b.visible, units()),
                                           formatBytes(b.usable, units()))
                                : QString(),
                          {}));
    for (int c = 0; c < ColumnCount; ++c)
        m_table->item(total, c)->setFont(bold);
    m_table->resizeRowsToContents();
}

} // namespace headroom::ui
