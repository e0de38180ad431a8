#pragma once

#include "ui/document/plandocument.h"

#include <QWidget>

class QTreeView;
class QToolButton;

namespace headroom::ui {

class FilteredCombo;
class InputEditor;
class LayerEditor;
class LayerTreeModel;

// Chooses and edits the model: a preset picker, the layer tree with add/remove/reorder, and the
// selected layer's attribute editor.
class ArchitecturePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ArchitecturePanel(PlanDocument *doc, QWidget *parent = nullptr);

    void choosePreset(const QString &id);
    void selectNode(const NodePath &path);
    LayerTreeModel *layerModel() const { return m_model; }
    LayerEditor *editor() const { return m_editor; }
    QTreeView *tree() const { return m_tree; }
    FilteredCombo *presetPicker() const { return m_presets; }
    InputEditor *inputEditor() const { return m_input; }

private:
    void fillPresets();
    void showArchitecture();
    void addLayer(LayerKind kind);
    void removeSelected();
    void moveSelected(int delta);
    void onSelectionChanged();
    void restoreSelection();
    NodePath selectedPath() const;

    PlanDocument *m_doc;
    FilteredCombo *m_presets;
    InputEditor *m_input;
    QTreeView *m_tree;
    LayerTreeModel *m_model;
    LayerEditor *m_editor;
    // The selected node by id: the selection follows it through moves, undo and redo.
    std::optional<NodeId> m_selectedId;
};

} // namespace headroom::ui
