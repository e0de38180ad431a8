#include "ui/document/plandocument.h"

#include "core/hardware/gpucatalog.h"
#include "core/io/planfile.h"
#include "ui/document/planeditcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace headroom::ui {

int childSlotCount(const Node &n)
{
    return int(n.children.size() + n.shortcut.size());
}

Node &childSlot(Node &n, int slot)
{
    const int body = int(n.children.size());
    return slot < body ? n.children[std::size_t(slot)] : n.shortcut[std::size_t(slot - body)];
}

const Node &childSlot(const Node &n, int slot)
{
    return childSlot(const_cast<Node &>(n), slot);
}

Node *nodeAt(Node &root, const NodePath &path)
{
    Node *n = &root;
    for (int slot : path) {
        if (slot < 0 || slot >= childSlotCount(*n))
            return nullptr;
        n = &childSlot(*n, slot);
    }
    return n;
}

const Node *nodeAt(const Node &root, const NodePath &path)
{
    return nodeAt(const_cast<Node &>(root), path);
}

std::optional<NodePath> pathOfNode(const Node &root, NodeId id)
{
    if (root.id == id)
        return NodePath{};
    for (int slot = 0; slot < childSlotCount(root); ++slot) {
        if (auto below = pathOfNode(childSlot(root, slot), id)) {
            below->insert(below->begin(), slot);
            return below;
        }
    }
    return std::nullopt;
}

namespace {

// Gives a fresh id to every node whose id an earlier node already has (a subtree copied by an
// importer or a caller), so that an id names one node of the document.
void makeIdsUnique(Node &n, QSet<NodeId> &seen)
{
    if (seen.contains(n.id))
        n.id = newNodeId();
    seen.insert(n.id);
    for (int slot = 0; slot < childSlotCount(n); ++slot)
        makeIdsUnique(childSlot(n, slot), seen);
}

void makeIdsUnique(Node &root)
{
    QSet<NodeId> seen;
    makeIdsUnique(root, seen);
}

// An inserted node is a new node, even when the caller copied it from the tree.
Node withFreshIds(Node n)
{
    n.id = newNodeId();
    for (int slot = 0; slot < childSlotCount(n); ++slot)
        childSlot(n, slot) = withFreshIds(childSlot(n, slot));
    return n;
}

// Inserts into the body, or into the shortcut when `slot` lies past the body.
void insertAt(Node &parent, int slot, Node node)
{
    const int body = int(parent.children.size());
    if (slot <= body)
        parent.children.insert(parent.children.begin() + slot, std::move(node));
    else
        parent.shortcut.insert(parent.shortcut.begin() + (slot - body), std::move(node));
}

Node takeAt(Node &parent, int slot)
{
    const int body = int(parent.children.size());
    Node taken;
    if (slot < body) {
        taken = std::move(parent.children[std::size_t(slot)]);
        parent.children.erase(parent.children.begin() + slot);
    } else {
        taken = std::move(parent.shortcut[std::size_t(slot - body)]);
        parent.shortcut.erase(parent.shortcut.begin() + (slot - body));
    }
    return taken;
}

// An edit of the layer tree or the input makes a preset (or an imported model) a custom model:
// the preset picker must not claim it is still the preset.
void markCustom(Architecture &a, const Architecture &before)
{
    if (a.id.isEmpty() || (a.root == before.root && a.input == before.input))
        return;
    a.id.clear();
    a.name = PlanDocument::tr("Custom (%1)").arg(a.name);
    a.publishedParameters = 0; // the published count was the original's
}

bool isPrefix(const NodePath &prefix, const NodePath &path)
{
    return prefix.size() <= path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

} // namespace

PlanDocument::PlanDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    reevaluate(true);
}

PlanDocument::~PlanDocument()
{
    // The stack's destructor clears itself and reports "clean"; the window listening may be gone.
    disconnect(&m_undo, nullptr, this, nullptr);
    blockSignals(true);
}

void PlanDocument::reset(const Plan &plan, const QString &path)
{
    m_undo.clear();
    m_plan = plan;
    makeIdsUnique(m_plan.architecture.root);
    m_path = path;
    m_undo.setClean();
    reevaluate(true);
    emit filePathChanged(m_path);
    emit modifiedChanged(false);
}

bool PlanDocument::load(const QString &path, QString *error)
{
    Plan loaded;
    if (!PlanFile::load(path, loaded, error))
        return false;
    reset(loaded, path);
    return true;
}

void PlanDocument::restore(const Plan &plan, const QString &path)
{
    reset(plan, path);
    m_undo.resetClean(); // no undo step leads back to the saved state, so it never looks clean
}

QString PlanDocument::unsavableReason() const
{
    Plan back;
    QString problem;
    if (PlanFile::fromJson(PlanFile::toBytes(m_plan), back, &problem))
        return {};
    return problem;
}

bool PlanDocument::save(const QString &path, QString *error)
{
    if (const QString problem = unsavableReason(); !problem.isEmpty()) {
        if (error)
            *error = tr("The plan cannot be saved as it is, because it would not open again: %1 "
                        "Change that setting, then save.")
                         .arg(problem);
        return false;
    }
    if (!PlanFile::save(path, m_plan, error))
        return false;
    m_path = path;
    m_undo.setClean();
    emit filePathChanged(m_path);
    return true;
}

QString PlanDocument::automaticName(const Plan &plan)
{
    const GpuSpec *gpu = GpuCatalog::builtin().find(plan.hardware.gpuId);
    const QString gpuName = gpu ? gpu->name : plan.hardware.gpuId;
    const QString model = plan.architecture.name.isEmpty() ? tr("Custom model") : plan.architecture.name;
    const QString mode = modeName(plan.workload.mode).toLower();
    if (plan.hardware.gpuCount == 1)
        return tr("%1, %2 on %3").arg(model, mode, gpuName);
    return tr("%1, %2 on %3× %4").arg(model, mode).arg(plan.hardware.gpuCount).arg(gpuName);
}

QString PlanDocument::displayName() const
{
    if (!m_plan.name.trimmed().isEmpty())
        return m_plan.name.trimmed();
    // The window's context: the catalogues translate "Untitled" there.
    return m_path.isEmpty() ? QCoreApplication::translate("headroom::ui::MainWindow", "Untitled")
                            : QFileInfo(m_path).completeBaseName();
}

void PlanDocument::setPlanName(const QString &name)
{
    edit(tr("Rename plan"),
         [&](Plan &p) { p.name = name.trimmed().isEmpty() ? automaticName(p) : name.trimmed(); });
}

void PlanDocument::setInput(const InputSpec &input)
{
    edit(tr("Change input"), [&](Plan &p) {
        p.architecture.input = input;
        markCustom(p.architecture, m_plan.architecture);
    });
}

void PlanDocument::edit(const QString &text, const std::function<void(Plan &)> &change,
                        const QString &mergeKey)
{
    Plan after = m_plan;
    change(after);
    // A name the user did not choose follows the model and GPU it describes.
    const bool automatic = m_plan.name.isEmpty() || m_plan.name == automaticName(m_plan) ||
                           (!m_templateName.isEmpty() && m_plan.name == m_templateName);
    if (automatic && after.name == m_plan.name && automaticName(after) != automaticName(m_plan))
        after.name = automaticName(after);
    if (after == m_plan)
        return;
    m_undo.push(new PlanEditCommand(this, text, m_plan, after, mergeKey));
}

void PlanDocument::setWorkload(const Workload &w, const QString &text, const QString &mergeKey)
{
    edit(
        text, [&](Plan &p) { p.workload = w; }, mergeKey);
}

void PlanDocument::setMicroBatch(int batch)
{
    edit(
        tr("Change batch size"), [&](Plan &p) { p.workload.microBatch = batch; }, QStringLiteral("batch"));
}

void PlanDocument::setHardware(const HardwareChoice &h, const QString &text)
{
    edit(text, [&](Plan &p) { p.hardware = h; });
}

void PlanDocument::setAssumption(AssumptionId id, double value)
{
    edit(
        tr("Change %1").arg(Assumptions::label(id)), [&](Plan &p) { p.assumptions.set(id, value); },
        QStringLiteral("assumption-%1").arg(int(id)));
}

void PlanDocument::resetAssumption(AssumptionId id)
{
    edit(tr("Reset %1").arg(Assumptions::label(id)), [&](Plan &p) { p.assumptions.reset(id); });
}

void PlanDocument::setArchitecture(const Architecture &a)
{
    edit(tr("Choose %1").arg(a.name), [&](Plan &p) {
        p.architecture = a;
        makeIdsUnique(p.architecture.root);
    });
}

bool PlanDocument::setNodeName(const NodePath &path, const QString &name)
{
    if (!nodeAt(m_plan.architecture.root, path))
        return false;
    edit(tr("Rename layer"), [&](Plan &p) {
        nodeAt(p.architecture.root, path)->name = name;
        markCustom(p.architecture, m_plan.architecture);
    });
    return true;
}

bool PlanDocument::setNodeAttribute(const NodePath &path, int slot, double value)
{
    const Node *n = nodeAt(m_plan.architecture.root, path);
    if (!n || slot < 0 || slot >= int(layerKindInfo(n->kind).attributes.size()))
        return false;
    const QString label = tr(layerKindInfo(n->kind).attributes[std::size_t(slot)].label);
    edit(tr("Change %1").arg(label), [&](Plan &p) {
        nodeAt(p.architecture.root, path)->set(slot, value);
        markCustom(p.architecture, m_plan.architecture);
    });
    return true;
}

bool PlanDocument::insertNode(const NodePath &parent, int slot, const Node &node)
{
    const Node *p = nodeAt(m_plan.architecture.root, parent);
    if (!p || !p->isComposite() || slot < 0 || slot > childSlotCount(*p))
        return false;
    edit(tr("Add %1").arg(layerKindName(node.kind)), [&](Plan &plan) {
        insertAt(*nodeAt(plan.architecture.root, parent), slot, withFreshIds(node));
        markCustom(plan.architecture, m_plan.architecture);
    });
    return true;
}

bool PlanDocument::removeNode(const NodePath &path)
{
    if (path.empty() || !nodeAt(m_plan.architecture.root, path))
        return false;
    const NodePath parent(path.begin(), path.end() - 1);
    edit(tr("Remove layer"), [&](Plan &p) {
        takeAt(*nodeAt(p.architecture.root, parent), path.back());
        markCustom(p.architecture, m_plan.architecture);
    });
    return true;
}

bool PlanDocument::moveNode(const NodePath &from, const NodePath &toParent, int toSlot)
{
    const Node *target = nodeAt(m_plan.architecture.root, toParent);
    if (from.empty() || !nodeAt(m_plan.architecture.root, from) || !target || !target->isComposite() ||
        isPrefix(from, toParent) || toSlot < 0 || toSlot > childSlotCount(*target))
        return false;
    const NodePath fromParent(from.begin(), from.end() - 1);
    // Removing the source shifts later siblings and, when the target lies after it, the target path.
    NodePath adjustedParent = toParent;
    int adjustedSlot = toSlot;
    if (fromParent == toParent && from.back() < toSlot)
        --adjustedSlot;
    else if (isPrefix(fromParent, toParent) && toParent.size() > fromParent.size() &&
             toParent[fromParent.size()] > from.back())
        --adjustedParent[fromParent.size()];
    if (fromParent == toParent && adjustedSlot == from.back())
        return false;
    edit(tr("Move layer"), [&](Plan &p) {
        Node moved = takeAt(*nodeAt(p.architecture.root, fromParent), from.back());
        insertAt(*nodeAt(p.architecture.root, adjustedParent), adjustedSlot, std::move(moved));
        markCustom(p.architecture, m_plan.architecture);
    });
    return true;
}

void PlanDocument::assign(const Plan &plan, bool architectureChanged)
{
    // Assign piecewise: the compiled model points into m_plan.architecture, so leaving it alone
    // keeps a what-if edit from recompiling.
    if (architectureChanged)
        m_plan.architecture = plan.architecture;
    m_plan.name = plan.name;
    m_plan.workload = plan.workload;
    m_plan.hardware = plan.hardware;
    m_plan.assumptions = plan.assumptions;
    m_plan.notes = plan.notes;
    m_plan.scenarios = plan.scenarios;
    reevaluate(architectureChanged);
}

void PlanDocument::reevaluate(bool architectureChanged)
{
    m_evaluator.evaluate(m_plan, m_evaluation, architectureChanged);
    emit changed(architectureChanged);
}

} // namespace headroom::ui
