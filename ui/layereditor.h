#pragma once

#include "plandocument.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace headroom::ui {

// Edits the selected node's name and attributes. The form is built from the kind's attribute
// table, so every layer kind gets an editor with its ranges and help texts.
class LayerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LayerEditor(PlanDocument *doc, QWidget *parent = nullptr);

    void setNode(const NodePath &path); // empty optional-like: call clear() for none
    void clear();
    // The current error text of an attribute field ("" when valid), for tests and tooltips.
    QString fieldError(const QString &key) const;

private:
    void rebuild();
    void refreshValues();
    void commitText(int slot, QLineEdit *edit, QLabel *error);

    PlanDocument *m_doc;
    NodePath m_path;
    bool m_hasNode = false;
    QFormLayout *m_form;
    QLabel *m_title;
};

} // namespace headroom::ui
