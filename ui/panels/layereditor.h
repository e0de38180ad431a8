#pragma once

#include "ui/document/plandocument.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace headroom::ui {

// Edits the selected node's name and attributes. The form is built from the kind's attribute
// table, so every layer kind gets an editor with its ranges and help texts. It is bound to the
// node's id, not its path: after a move, a removal or an undo it edits the same node wherever it
// went, or shows nothing once the node is gone.
class LayerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LayerEditor(PlanDocument *doc, QWidget *parent = nullptr);

    void setNode(const NodePath &path); // binds to the node now at `path`; clear() for none
    void clear();
    std::optional<NodeId> nodeId() const { return m_id; }
    // The current error text of an attribute field ("" when valid), for tests and tooltips.
    QString fieldError(const QString &key) const;

private:
    // The bound node and where it is now; nullptr when none is bound or it is gone.
    const Node *boundNode(NodePath *path = nullptr) const;
    void onDocumentChanged(bool architectureChanged);
    void rebuild();
    void refreshValues();
    void commitText(int slot, QLineEdit *edit, QLabel *error);

    PlanDocument *m_doc;
    std::optional<NodeId> m_id;
    LayerKind m_formKind = LayerKind::Sequence; // the kind the form was built for
    QFormLayout *m_form;
    QLabel *m_title;
};

} // namespace headroom::ui
