#pragma once

#include "core/results/comparison.h"

#include <QAbstractTableModel>

namespace headroom::ui {

// The comparison as a table: one row per figure, one column per scenario. The best value of a
// row is shaded and bold; cells other than the baseline's show their difference on a second line.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(Comparison c);
    const Comparison &comparison() const { return m_c; }
    void setBaseline(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    Comparison m_c;
};

} // namespace headroom::ui
