#include "ui/document/planeditcommand.h"

#include "ui/document/plandocument.h"

namespace headroom::ui {

PlanEditCommand::PlanEditCommand(PlanDocument *doc, const QString &text, Plan before, Plan after,
                                 QString mergeKey)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey)), m_architectureChanged(m_before.architecture != m_after.architecture)
{}

void PlanEditCommand::undo()
{
    m_doc->assign(m_before, m_architectureChanged);
}

void PlanEditCommand::redo()
{
    m_doc->assign(m_after, m_architectureChanged);
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const PlanEditCommand *>(other);
    if (o->m_mergeKey != m_mergeKey || o->m_architectureChanged || m_architectureChanged)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace headroom::ui
