#include "ui/panels/architecturepanel.h"

#include "core/common/units.h"
#include "core/presets/presets.h"
#include "ui/panels/filteredcombo.h"
#include "ui/panels/inputeditor.h"
#include "ui/panels/layereditor.h"
#include "ui/panels/layertreemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
QString familyName(const QString &family)
{
    if (family == QLatin1String("vision"))
        return ArchitecturePanel::tr("Vision");
    if (family == QLatin1String("language"))
        return ArchitecturePanel::tr("Language");
    if (family == QLatin1String("llm"))
        return ArchitecturePanel::tr("Large language models");
    return family;
}
} // namespace

ArchitecturePanel::ArchitecturePanel(PlanDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    m_presets = new FilteredCombo(this);
    m_presets->search()->setPlaceholderText(tr("Search presets…"));
    m_presets->search()->setToolTip(tr("Type part of a model name to narrow the preset list."));
    m_presets->combo()->setToolTip(tr("Replaces the architecture with a built-in model."));
    m_presets->setObjectName(QStringLiteral("presetPicker"));
    fillPresets();
    connect(m_presets, &FilteredCombo::activated, this, &ArchitecturePanel::choosePreset);
    layout->addWidget(new QLabel(tr("Preset"), this));
    layout->addWidget(m_presets);
    m_input = new InputEditor(this);
    m_input->setObjectName(QStringLiteral("inputEditor"));
    connect(m_input, &InputEditor::edited, this, [this](const InputSpec &spec) { m_doc->setInput(spec); });
    layout->addWidget(m_input);

    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addLayerButton"));
    add->setText(tr("Add"));
    add->setToolTip(tr("Adds a layer after the selected one, or inside a selected block."));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (LayerKind k : {LayerKind::Sequence, LayerKind::Residual})
        menu->addAction(layerKindName(k), this, [this, k] { addLayer(k); });
    menu->addSeparator();
    for (LayerKind k : leafLayerKinds())
        menu->addAction(layerKindName(k), this, [this, k] { addLayer(k); });
    add->setMenu(menu);
    auto makeButton = [&](const char *name, const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    buttons->addWidget(add);
    makeButton("removeLayerButton", tr("Remove"), tr("Removes the selected layer (Delete)."),
               [this] { removeSelected(); });
    makeButton("layerUpButton", tr("Up"),
               tr("Moves the selected layer before its previous sibling (Alt+Up)."),
               [this] { moveSelected(-1); });
    makeButton("layerDownButton", tr("Down"),
               tr("Moves the selected layer after its next sibling (Alt+Down)."),
               [this] { moveSelected(1); });
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeView(splitter);
    m_model = new LayerTreeModel(doc, this);
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("layerTree"));
    m_tree->setToolTip(tr("The model's layers; drag a layer to reorder it or move it into a block."));
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LayerTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = LayerTreeModel::KindColumn; c < LayerTreeModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->hideColumn(LayerTreeModel::KindColumn); // the name already says it; the tooltip has it
    m_tree->expandToDepth(0);
    m_editor = new LayerEditor(doc);
    auto *editorArea = new QScrollArea(splitter); // attention has ten attributes
    editorArea->setWidget(m_editor);
    editorArea->setWidgetResizable(true);
    editorArea->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(m_tree);
    splitter->addWidget(editorArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 300});
    layout->addWidget(splitter, 1);

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, [this] { removeSelected(); });
    m_tree->addAction(removeAction);
    auto *upAction = new QAction(this);
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    upAction->setShortcutContext(Qt::WidgetShortcut);
    connect(upAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_tree->addAction(upAction);
    auto *downAction = new QAction(this);
    downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    downAction->setShortcutContext(Qt::WidgetShortcut);
    connect(downAction, &QAction::triggered, this, [this] { moveSelected(1); });
    m_tree->addAction(downAction);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ArchitecturePanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArchitecturePanel::restoreSelection);
    connect(doc, &PlanDocument::changed, this, [this](bool architectureChanged) {
        if (architectureChanged)
            showArchitecture();
    });
    showArchitecture();
}

void ArchitecturePanel::showArchitecture()
{
    const Architecture &a = m_doc->plan().architecture;
    // An edited preset, an imported or a blank model: the picker names it instead of a preset.
    m_presets->setCurrentId(a.id, a.name.isEmpty() ? tr("Custom") : a.name);
    m_input->setSpec(a.input);
}

void ArchitecturePanel::fillPresets()
{
    m_presets->clear();
    QString family;
    for (const PresetInfo &p : Presets::list()) {
        if (p.family != family) {
            family = p.family;
            m_presets->addHeader(familyName(family));
        }
        const QString params =
            p.publishedParameters > 0 ? formatCount(double(p.publishedParameters)) : QString();
        m_presets->addEntry(params.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, params), p.id,
                            p.name + QLatin1Char(' ') + p.id + QLatin1Char(' ') + familyName(p.family),
                            tr("%1 parameters published").arg(params));
    }
}

void ArchitecturePanel::choosePreset(const QString &id)
{
    if (id == m_doc->plan().architecture.id)
        return;
    if (const auto arch = Presets::create(id)) {
        m_selectedId.reset();
        m_doc->setArchitecture(*arch);
    }
}

NodePath ArchitecturePanel::selectedPath() const
{
    return m_model->pathOf(m_tree->currentIndex());
}

void ArchitecturePanel::selectNode(const NodePath &path)
{
    const QModelIndex index = m_model->indexOf(path);
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
}

void ArchitecturePanel::onSelectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const NodePath path = m_model->pathOf(current);
    const Node *node = current.isValid() ? nodeAt(m_doc->plan().architecture.root, path) : nullptr;
    if (!node) {
        m_selectedId.reset();
        m_editor->clear();
        return;
    }
    if (m_selectedId == node->id && m_editor->nodeId() == node->id)
        return; // the same node after a model reset: keep the editor (and any error it shows)
    m_selectedId = node->id;
    m_editor->setNode(path);
}

void ArchitecturePanel::restoreSelection()
{
    m_tree->expandToDepth(0);
    const std::optional<NodePath> path =
        m_selectedId ? pathOfNode(m_doc->plan().architecture.root, *m_selectedId) : std::nullopt;
    const QModelIndex index = path ? m_model->indexOf(*path) : QModelIndex();
    if (!index.isValid()) {
        m_selectedId.reset();
        m_editor->clear();
        return;
    }
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
}

void ArchitecturePanel::addLayer(LayerKind kind)
{
    Node node(kind, layerKindName(kind).toLower());
    NodePath parent;
    int slot = childSlotCount(m_doc->plan().architecture.root);
    if (m_tree->currentIndex().isValid()) {
        const NodePath path = selectedPath();
        const Node *selected = nodeAt(m_doc->plan().architecture.root, path);
        if (selected && selected->isComposite()) {
            parent = path;
            slot = int(selected->children.size());
        } else {
            parent.assign(path.begin(), path.end() - 1);
            slot = path.back() + 1;
        }
    }
    if (m_doc->insertNode(parent, slot, node)) {
        parent.push_back(slot);
        selectNode(parent);
    }
}

void ArchitecturePanel::removeSelected()
{
    if (!m_tree->currentIndex().isValid())
        return;
    const NodePath path = selectedPath();
    m_selectedId.reset();
    m_editor->clear();
    m_doc->removeNode(path);
}

void ArchitecturePanel::moveSelected(int delta)
{
    if (!m_tree->currentIndex().isValid())
        return;
    const NodePath path = selectedPath();
    const NodePath parent(path.begin(), path.end() - 1);
    const Node *p = nodeAt(m_doc->plan().architecture.root, parent);
    const int target = path.back() + delta;
    if (!p || target < 0 || target >= childSlotCount(*p))
        return;
    // moveNode takes the slot before which to insert, counted before the removal. The selection
    // follows the node by its id.
    m_doc->moveNode(path, parent, delta > 0 ? target + 1 : target);
}

} // namespace headroom::ui
