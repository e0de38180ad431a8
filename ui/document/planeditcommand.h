#pragma once

#include "core/model/plan.h"

#include <QUndoCommand>

namespace headroom::ui {

class PlanDocument;

// One edit as two snapshots of the plan. Plans are small (repeated blocks are a count, not
// copies), so snapshots are simpler and safer than per-field inverse operations.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(PlanDocument *doc, const QString &text, Plan before, Plan after, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_doc;
    Plan m_before;
    Plan m_after;
    QString m_mergeKey;
    bool m_architectureChanged;
};

} // namespace headroom::ui
