#include "ui/views/comparisonmodel.h"

#include "ui/views/themecolours.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>

namespace headroom::ui {

namespace {
// The best value of a row: a green tint of the table's base colour, in light and dark palettes.
QColor bestBackground()
{
    return theme::statusBackground(theme::Status::Good, QGuiApplication::palette().color(QPalette::Base));
}
} // namespace

void ComparisonModel::setComparison(Comparison c)
{
    beginResetModel();
    m_c = std::move(c);
    endResetModel();
}

void ComparisonModel::setBaseline(int column)
{
    if (column < 0 || size_t(column) >= m_c.columns.size())
        return;
    ComparisonBuilder::setBaseline(m_c, column);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_c.ok() ? 0 : int(m_c.rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_c.ok() ? 0 : int(m_c.columns.size());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ComparisonRow &r = m_c.rows[size_t(index.row())];
    const int col = index.column();
    const bool best = r.best[size_t(col)];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = r.text(col, m_c.currency);
        const QString d = r.deltaText(col, m_c.baseline, m_c.currency);
        if (!d.isEmpty())
            text += QLatin1Char('\n') + d;
        return text;
    }
    case Qt::BackgroundRole:
        return best ? QBrush(bestBackground()) : QVariant();
    case Qt::ForegroundRole:
        return best ? QBrush(theme::statusText(theme::Status::Good, QGuiApplication::palette(),
                                               bestBackground()))
                    : QVariant();
    case Qt::FontRole:
        if (best) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return r.better == Better::Lower    ? tr("Lower is better")
               : r.better == Better::Higher ? tr("Higher is better")
                                            : QString();
    case Qt::UserRole:
        return best;
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    if (o == Qt::Vertical)
        return section < int(m_c.rows.size()) ? m_c.rows[size_t(section)].label : QVariant();
    if (section >= int(m_c.columns.size()))
        return {};
    QString name = m_c.columns[size_t(section)].name;
    if (section == m_c.baseline)
        name = tr("%1 (baseline)").arg(name);
    // Numbered like the charts below the table; a long name breaks after its commas instead of
    // being cut off in a narrow column.
    return QStringLiteral("%1: %2")
        .arg(section + 1)
        .arg(name.replace(QLatin1String(", "), QLatin1String(",\n")));
}

} // namespace headroom::ui
