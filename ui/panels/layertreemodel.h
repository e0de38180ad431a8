#pragma once

#include "core/common/units.h"
#include "ui/document/plandocument.h"

#include <QAbstractItemModel>
#include <QHash>

namespace headroom::ui {

// The architecture tree as the layer view shows it: name, kind, output shape, parameters and
// saved activations at the current batch. Reads the document; edits go through it.
class LayerTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, ShapeColumn, ParamsColumn, ActivationColumn, ColumnCount };

    explicit LayerTreeModel(PlanDocument *doc, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // The document moves the node; the view must not remove the source row itself.
    bool removeRows(int, int, const QModelIndex & = {}) override { return false; }

    NodePath pathOf(const QModelIndex &index) const;
    QModelIndex indexOf(const NodePath &path) const;
    void setUnits(ByteUnits units);

private:
    const Node *nodeOf(const QModelIndex &index) const;
    void onDocumentChanged(bool architectureChanged);
    void rebuildMaps();
    void notifyActivations(const QModelIndex &parent);

    PlanDocument *m_doc;
    QHash<const Node *, const Node *> m_parents;
    QHash<const Node *, int> m_rows; // node -> its LayerRow in the compiled model
    ByteUnits m_units = ByteUnits::Binary;
};

} // namespace headroom::ui
