#pragma once

#include "core/results/planevaluator.h"

#include <QObject>
#include <QUndoStack>
#include <functional>
#include <optional>
#include <vector>

namespace headroom::ui {

// A path to a node: child slots from the root. Slot i < children.size() is children[i], the
// rest index the Residual shortcut, so one integer addresses either branch.
using NodePath = std::vector<int>;

Node *nodeAt(Node &root, const NodePath &path);
const Node *nodeAt(const Node &root, const NodePath &path);
int childSlotCount(const Node &n);
Node &childSlot(Node &n, int slot);
const Node &childSlot(const Node &n, int slot);
// Where the node with `id` is now; empty optional once it is gone.
std::optional<NodePath> pathOfNode(const Node &root, NodeId id);

// The open plan: the one place the UI edits it. Every edit is an undoable command; after each
// the plan is re-evaluated and `changed` tells the views to refresh.
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    explicit PlanDocument(QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const { return m_plan; }
    const PlanEvaluation &evaluation() const { return m_evaluation; }
    QUndoStack *undoStack() { return &m_undo; }
    QString filePath() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }

    // Replaces the whole plan without undo history (new, open).
    void reset(const Plan &plan, const QString &path = {});
    bool load(const QString &path, QString *error);
    // Puts back unsaved changes recovered after a crash: the plan is modified against `path`
    // (empty = untitled), so Save writes it where the user meant it to go.
    void restore(const Plan &plan, const QString &path);
    // Refuses (with the reason) a plan that would not open again: the reader checks workload
    // and layout combinations the editors let the user pass through on the way to another.
    bool save(const QString &path, QString *error);
    // Why the plan as it is now would not load back from its file; empty when it would.
    QString unsavableReason() const;

    // Undoable edits. `mergeKey` non-empty: consecutive edits with the same key (a slider drag,
    // typing in a spin box) collapse into one undo step.
    void edit(const QString &text, const std::function<void(Plan &)> &change, const QString &mergeKey = {});
    void setWorkload(const Workload &w, const QString &text, const QString &mergeKey = {});
    void setMicroBatch(int batch);
    void setHardware(const HardwareChoice &h, const QString &text);
    void setAssumption(AssumptionId id, double value);
    void resetAssumption(AssumptionId id);
    void setArchitecture(const Architecture &a);
    bool setNodeName(const NodePath &path, const QString &name);
    bool setNodeAttribute(const NodePath &path, int slot, double value);
    bool insertNode(const NodePath &parent, int slot, const Node &node);
    bool removeNode(const NodePath &path);
    bool moveNode(const NodePath &from, const NodePath &toParent, int toSlot);

    // The plan's name as the window shows it: its own name, else the file's, else "Untitled".
    QString displayName() const;
    // The name a plan gets until the user names it: "<model>, <mode> on <count>× <GPU>".
    static QString automaticName(const Plan &plan);
    // A name that follows the plan's model and GPU (like automaticName) while it is still this
    // one: the built-in template's name, which would otherwise go stale after the first edit.
    void setTemplateName(const QString &name) { m_templateName = name; }
    // Undoable: renames the plan; an empty name goes back to the automatic one.
    void setPlanName(const QString &name);
    // Undoable: what one input sample of the model looks like.
    void setInput(const InputSpec &input);

    // Used by the undo commands.
    void assign(const Plan &plan, bool architectureChanged);

signals:
    void changed(bool architectureChanged);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void reevaluate(bool architectureChanged);

    Plan m_plan;
    PlanEvaluator m_evaluator;
    PlanEvaluation m_evaluation;
    QUndoStack m_undo;
    QString m_path;
    QString m_templateName;
};

} // namespace headroom::ui
