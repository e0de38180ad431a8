#include "ui/panels/layertreemodel.h"

#include "core/common/units.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTimer>

namespace headroom::ui {

namespace {
const QString kMimeType = QStringLiteral("application/x-headroom-node-path");
}

LayerTreeModel::LayerTreeModel(PlanDocument *doc, QObject *parent) : QAbstractItemModel(parent), m_doc(doc)
{
    connect(doc, &PlanDocument::changed, this, &LayerTreeModel::onDocumentChanged);
    rebuildMaps();
}

void LayerTreeModel::setUnits(ByteUnits units)
{
    m_units = units;
    onDocumentChanged(false);
}

const Node *LayerTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer())
                           : &m_doc->plan().architecture.root;
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= childSlotCount(*p))
        return {};
    return createIndex(row, column, const_cast<Node *>(&childSlot(*p, row)));
}

QModelIndex LayerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = m_parents.value(nodeOf(child));
    if (!p || p == &m_doc->plan().architecture.root)
        return {};
    const Node *grand = m_parents.value(p);
    if (!grand)
        return {};
    for (int i = 0; i < childSlotCount(*grand); ++i)
        if (&childSlot(*grand, i) == p)
            return createIndex(i, 0, const_cast<Node *>(p));
    return {};
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return childSlotCount(*nodeOf(parent));
}

int LayerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const PlanEvaluation &e = m_doc->evaluation();
    const auto rowIt = m_rows.constFind(n);
    const LayerRow *row =
        (rowIt != m_rows.constEnd() && e.model.ok()) ? &e.model.rows[std::size_t(*rowIt)] : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: {
            QString name = n->name.isEmpty() ? layerKindName(n->kind) : n->name;
            if (n->repeat() > 1)
                name += tr(" ×%1").arg(n->repeat());
            return name;
        }
        case KindColumn:
            return layerKindName(n->kind);
        case ShapeColumn:
            return row ? row->output.toString() : QString();
        case ParamsColumn:
            return row ? formatCount(double(row->paramsPerInstance * row->instances)) : QString();
        case ActivationColumn:
            return row ? formatBytes(row->savedBytes * m_doc->plan().workload.microBatch +
                                         row->savedFixedBytes,
                                     m_units)
                       : QString();
        }
    } else if (role == Qt::ToolTipRole) {
        const NodePath path = pathOf(index);
        const Node *parent = nodeAt(m_doc->plan().architecture.root, NodePath(path.begin(), path.end() - 1));
        const bool shortcut = parent && index.row() >= int(parent->children.size());
        QString tip = tr("%1: %2").arg(layerKindName(n->kind), n->name);
        if (shortcut)
            tip += tr(" (shortcut branch)");
        if (row && row->instances > 1)
            tip += tr("; runs %1 times per forward pass").arg(row->instances);
        return tip;
    } else if (role == Qt::TextAlignmentRole && index.column() >= ParamsColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant LayerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Layer");
        case KindColumn:
            return tr("Kind");
        case ShapeColumn:
            return tr("Output");
        case ParamsColumn:
            return tr("Params");
        case ActivationColumn:
            return tr("Activations");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShapeColumn:
            return tr("Output shape per sample, without the batch dimension.");
        case ParamsColumn:
            return tr("Parameters of this node, over every repetition.");
        case ActivationColumn:
            return tr("Bytes autograd keeps for backward at the current batch, without checkpointing.");
        }
    }
    return {};
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    f |= Qt::ItemIsDragEnabled;
    if (nodeOf(index)->isComposite())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *LayerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    const NodePath path = pathOf(indexes.first());
    stream << QList<int>(path.begin(), path.end());
    auto *mime = new QMimeData;
    mime->setData(kMimeType, bytes);
    return mime;
}

bool LayerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kMimeType))
        return false;
    QList<int> from;
    QDataStream stream(data->data(kMimeType));
    stream >> from;
    const NodePath toParent = parent.isValid() ? pathOf(parent) : NodePath{};
    const int slot = row >= 0 ? row : rowCount(parent);
    // Queued: the view still holds indexes into the current tree while the drop finishes.
    QTimer::singleShot(0, m_doc, [doc = m_doc, from = NodePath(from.begin(), from.end()), toParent, slot] {
        doc->moveNode(from, toParent, slot);
    });
    return true;
}

NodePath LayerTreeModel::pathOf(const QModelIndex &index) const
{
    NodePath path;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        path.insert(path.begin(), i.row());
    return path;
}

QModelIndex LayerTreeModel::indexOf(const NodePath &path) const
{
    QModelIndex i;
    for (int slot : path) {
        i = index(slot, 0, i);
        if (!i.isValid())
            return {};
    }
    return i;
}

void LayerTreeModel::onDocumentChanged(bool architectureChanged)
{
    if (architectureChanged) {
        beginResetModel();
        rebuildMaps();
        endResetModel();
        return;
    }
    rebuildMaps(); // row indexes can change when compile options do
    notifyActivations({});
}

void LayerTreeModel::notifyActivations(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, ShapeColumn, parent), index(rows - 1, ActivationColumn, parent));
    for (int r = 0; r < rows; ++r)
        notifyActivations(index(r, 0, parent));
}

void LayerTreeModel::rebuildMaps()
{
    m_parents.clear();
    m_rows.clear();
    const Node &root = m_doc->plan().architecture.root;
    std::vector<const Node *> stack{&root};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        for (int i = 0; i < childSlotCount(*n); ++i) {
            m_parents.insert(&childSlot(*n, i), n);
            stack.push_back(&childSlot(*n, i));
        }
    }
    const auto &rows = m_doc->evaluation().model.rows;
    for (std::size_t i = 0; i < rows.size(); ++i)
        m_rows.insert(rows[i].node, int(i));
}

} // namespace headroom::ui
