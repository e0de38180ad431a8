#include "ui/panels/layereditor.h"

#include "ui/panels/attributevalidator.h"
#include "ui/views/themecolours.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
// No group separators: "32000" reads back the same in every locale.
QString attributeText(double v)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 12);
}
} // namespace

LayerEditor::LayerEditor(PlanDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    layout->addStretch();
    connect(doc, &PlanDocument::changed, this, &LayerEditor::onDocumentChanged);
    clear();
}

void LayerEditor::setNode(const NodePath &path)
{
    const Node *n = nodeAt(m_doc->plan().architecture.root, path);
    m_id = n ? std::optional<NodeId>(n->id) : std::nullopt;
    rebuild();
}

void LayerEditor::clear()
{
    m_id.reset();
    rebuild();
}

const Node *LayerEditor::boundNode(NodePath *path) const
{
    if (!m_id)
        return nullptr;
    const Node &root = m_doc->plan().architecture.root;
    const std::optional<NodePath> where = pathOfNode(root, *m_id);
    if (!where)
        return nullptr;
    if (path)
        *path = *where;
    return nodeAt(root, *where);
}

void LayerEditor::onDocumentChanged(bool architectureChanged)
{
    if (!m_id || !architectureChanged)
        return;
    const Node *n = boundNode();
    if (!n)
        clear();
    else if (n->kind != m_formKind)
        rebuild();
    else
        refreshValues();
}

QString LayerEditor::fieldError(const QString &key) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("error_") + key);
    return label && !label->isHidden() ? label->text() : QString();
}

void LayerEditor::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const Node *n = boundNode();
    if (!n) {
        m_id.reset();
        m_title->setText(tr("Select a layer to edit its attributes."));
        return;
    }
    m_formKind = n->kind;
    m_title->setText(tr("<b>%1</b>").arg(layerKindName(n->kind).toHtmlEscaped()));

    auto *name = new QLineEdit(n->name, this);
    name->setObjectName(QStringLiteral("attr_name"));
    name->setToolTip(tr("The layer's name, as in the PyTorch module."));
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        NodePath path;
        const Node *node = boundNode(&path);
        if (node && node->name != name->text())
            m_doc->setNodeName(path, name->text());
    });
    m_form->addRow(tr("Name"), name);

    const auto &attributes = layerKindInfo(n->kind).attributes;
    for (int slot = 0; slot < int(attributes.size()); ++slot) {
        const AttributeInfo &info = attributes[std::size_t(slot)];
        const QString key = QString::fromLatin1(info.key);
        const QString help = QCoreApplication::translate("Layer", info.help);
        const QString label = QCoreApplication::translate("Layer", info.label);
        if (info.isBool) {
            auto *box = new QCheckBox(this);
            box->setObjectName(QStringLiteral("attr_") + key);
            box->setToolTip(help);
            connect(box, &QCheckBox::toggled, this, [this, slot](bool on) {
                NodePath path;
                if (boundNode(&path))
                    m_doc->setNodeAttribute(path, slot, on ? 1.0 : 0.0);
            });
            m_form->addRow(label, box);
            continue;
        }
        auto *field = new QWidget(this);
        auto *column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        auto *edit = new QLineEdit(field);
        edit->setObjectName(QStringLiteral("attr_") + key);
        edit->setToolTip(help);
        auto *error = new QLabel(field);
        error->setObjectName(QStringLiteral("error_") + key);
        error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::errorText(palette()).name()));
        error->setWordWrap(true);
        error->hide();
        column->addWidget(edit);
        column->addWidget(error);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, slot, edit, error] { commitText(slot, edit, error); });
        m_form->addRow(label, field);
    }
    refreshValues();
}

void LayerEditor::refreshValues()
{
    const Node *n = boundNode();
    if (!n || n->kind != m_formKind)
        return;
    if (auto *name = findChild<QLineEdit *>(QStringLiteral("attr_name")); name && !name->hasFocus())
        name->setText(n->name);
    const auto &attributes = layerKindInfo(n->kind).attributes;
    for (int slot = 0; slot < int(attributes.size()); ++slot) {
        const QString key = QStringLiteral("attr_") + QString::fromLatin1(attributes[std::size_t(slot)].key);
        if (auto *box = findChild<QCheckBox *>(key)) {
            const QSignalBlocker block(box);
            box->setChecked(n->flag(slot));
        } else if (auto *edit = findChild<QLineEdit *>(key)) {
            auto *error = findChild<QLabel *>(QStringLiteral("error_") + attributes[std::size_t(slot)].key);
            // Keep an invalid entry on screen so the user sees what the error refers to.
            if (error && error->isHidden())
                edit->setText(attributeText(n->value(slot)));
        }
    }
}

void LayerEditor::commitText(int slot, QLineEdit *edit, QLabel *error)
{
    NodePath path;
    const Node *n = boundNode(&path);
    if (!n || n->kind != m_formKind) // the form belongs to another kind's table: never index it
        return;
    const AttributeInfo &info = layerKindInfo(n->kind).attributes[std::size_t(slot)];
    double value = 0;
    const QString problem = AttributeValidator::check(info, edit->text(), &value);
    if (!problem.isEmpty()) {
        error->setText(problem);
        error->show();
        edit->setStyleSheet(theme::invalidFieldStyle(palette()));
        edit->setToolTip(problem);
        return; // the plan keeps its last valid value
    }
    error->hide();
    error->clear();
    edit->setStyleSheet({});
    edit->setToolTip(QCoreApplication::translate("Layer", info.help));
    if (value != n->value(slot))
        m_doc->setNodeAttribute(path, slot, value);
}

} // namespace headroom::ui
