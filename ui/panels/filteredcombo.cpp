#include "ui/panels/filteredcombo.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
constexpr int kSearchRole = Qt::UserRole + 1;
}

FilteredCombo::FilteredCombo(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->setMaxVisibleItems(20);
    layout->addWidget(m_search);
    layout->addWidget(m_combo);
    connect(m_search, &QLineEdit::textChanged, this, &FilteredCombo::applyFilter);
    // Enter (or leaving the field) picks the first match and clears the search, so the list is
    // whole again and the box shows what was picked.
    connect(m_search, &QLineEdit::editingFinished, this, [this] {
        if (m_search->text().isEmpty())
            return;
        const int match = firstMatch();
        m_search->clear();
        if (match < 0)
            return;
        m_combo->setCurrentIndex(match);
        emit activated(m_combo->itemData(match).toString());
    });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (!id.isEmpty())
            emit activated(id);
    });
}

void FilteredCombo::clear()
{
    m_combo->clear();
}

void FilteredCombo::addHeader(const QString &text)
{
    m_combo->addItem(text);
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    if (QStandardItem *item = model ? model->item(m_combo->count() - 1) : nullptr) {
        item->setFlags(Qt::NoItemFlags);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
}

void FilteredCombo::addEntry(const QString &text, const QString &id, const QString &searchText,
                             const QString &toolTip)
{
    m_combo->addItem(QStringLiteral("  ") + text, id);
    m_combo->setItemData(m_combo->count() - 1, searchText, kSearchRole);
    m_combo->setItemData(m_combo->count() - 1, toolTip, Qt::ToolTipRole);
}

void FilteredCombo::setCurrentId(const QString &id, const QString &otherwise)
{
    const int index = id.isEmpty() ? -1 : m_combo->findData(id);
    m_combo->setCurrentIndex(index); // -1: no entry, the box shows the placeholder
    m_combo->setPlaceholderText(index < 0 ? otherwise : QString());
}

int FilteredCombo::firstMatch() const
{
    auto *view = qobject_cast<QListView *>(m_combo->view());
    for (int i = 0; i < m_combo->count(); ++i)
        if (!m_combo->itemData(i).toString().isEmpty() && !(view && view->isRowHidden(i)))
            return i;
    return -1;
}

QString FilteredCombo::currentId() const
{
    return m_combo->currentData().toString();
}

void FilteredCombo::applyFilter(const QString &text)
{
    auto *view = qobject_cast<QListView *>(m_combo->view());
    if (!view)
        return;
    int header = -1;
    bool headerHasMatch = false;
    auto closeGroup = [&] {
        if (header >= 0)
            view->setRowHidden(header, !headerHasMatch);
    };
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i).toString().isEmpty()) {
            closeGroup();
            header = i;
            headerHasMatch = false;
            continue;
        }
        const bool match = text.isEmpty() ||
                           m_combo->itemData(i, kSearchRole).toString().contains(text, Qt::CaseInsensitive);
        view->setRowHidden(i, !match);
        headerHasMatch |= match;
    }
    closeGroup();
}

} // namespace headroom::ui
