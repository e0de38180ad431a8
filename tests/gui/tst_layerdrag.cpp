// Dragging a layer with the mouse, then editing it: the attribute editor must follow the node it
// shows through the move, the edit and undo (it used to stay bound to the old row and crashed
// when the row then held another kind of layer).
#include "ui/panels/architecturepanel.h"
#include "ui/panels/layereditor.h"
#include "ui/panels/layertreemodel.h"
#include "ui/window/mainwindow.h"

#include "mousedrag.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace headroom;
using namespace headroom::ui;

namespace {

// The point just inside the top edge of `index`'s row: QAbstractItemView drops above that row.
QPoint aboveRow(QTreeView *tree, const QModelIndex &index)
{
    const QRect rect = tree->visualRect(index);
    return {rect.center().x(), rect.top() + 1};
}

QString editorTitle(LayerEditor *editor)
{
    return editor->findChild<QLabel *>()->text();
}

} // namespace

class TestLayerDrag : public QObject
{
    Q_OBJECT
private slots:
    void dragThenEditFollowsTheNode();
    void editorFollowsMovesByButtonsAndUndo();
    void removedNodeClearsTheEditor();
};

void TestLayerDrag::dragThenEditFollowsTheNode()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ArchitecturePanel *panel = w.architecturePanel();
    w.settingsTabs()->setCurrentWidget(panel);
    panel->choosePreset(QStringLiteral("resnet18"));
    PlanDocument *doc = w.document();
    const Node &root = doc->plan().architecture.root;
    const int fcRow = int(root.children.size()) - 1;
    QCOMPARE(root.children[std::size_t(fcRow)].name, QStringLiteral("fc"));
    QCOMPARE(root.children[std::size_t(fcRow - 1)].name, QStringLiteral("flatten"));

    QTreeView *tree = panel->tree();
    LayerTreeModel *model = panel->layerModel();
    tree->collapseAll(); // every top-level row on screen
    panel->selectNode({fcRow});
    QVERIFY(tree->viewport()->rect().contains(tree->visualRect(model->index(fcRow, 0))));
    QCOMPARE(editorTitle(panel->editor()), QStringLiteral("<b>Linear</b>"));

    // Drag fc above flatten with the mouse.
    QVERIFY2(test::dragWithMouse(tree, tree->visualRect(model->index(fcRow, 0)).center(),
                                 aboveRow(tree, model->index(fcRow - 1, 0))),
             "no drag loop ran: this test needs a platform with a working drag (minimal, xcb)");
    QTRY_COMPARE(doc->plan().architecture.root.children[std::size_t(fcRow - 1)].name, QStringLiteral("fc"));
    QCOMPARE(doc->plan().architecture.root.children[std::size_t(fcRow)].name, QStringLiteral("flatten"));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Move layer"));

    // The editor and the selection went with fc.
    QCOMPARE(editorTitle(panel->editor()), QStringLiteral("<b>Linear</b>"));
    QCOMPARE(panel->editor()->findChild<QLineEdit *>(QStringLiteral("attr_name"))->text(),
             QStringLiteral("fc"));
    QCOMPARE(tree->currentIndex().row(), fcRow - 1);

    // Edit the form: the change lands on fc, wherever it is now, and is checked against Linear's range.
    auto *out = panel->editor()->findChild<QLineEdit *>(QStringLiteral("attr_out_features"));
    QVERIFY(out);
    out->setText(QStringLiteral("10"));
    emit out->editingFinished();
    QCOMPARE(panel->editor()->fieldError(QStringLiteral("out_features")), QString());
    const Node &fc = doc->plan().architecture.root.children[std::size_t(fcRow - 1)];
    QCOMPARE(fc.name, QStringLiteral("fc"));
    QCOMPARE(fc.value(attr::LinearOut), 10.0);

    // Undo the edit and the move: the editor stays on fc, back in its old row.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().architecture.root.children[std::size_t(fcRow)].name, QStringLiteral("fc"));
    QCOMPARE(panel->editor()->findChild<QLineEdit *>(QStringLiteral("attr_name"))->text(),
             QStringLiteral("fc"));
    QCOMPARE(panel->editor()->findChild<QLineEdit *>(QStringLiteral("attr_out_features")), out); // same form
    QCOMPARE(out->text(), QStringLiteral("1000"));
    QCOMPARE(tree->currentIndex().row(), fcRow);
    out->setText(QStringLiteral("12"));
    emit out->editingFinished();
    QCOMPARE(doc->plan().architecture.root.children[std::size_t(fcRow)].value(attr::LinearOut), 12.0);
    QCOMPARE(doc->plan().architecture.root.children[std::size_t(fcRow - 1)].kind, LayerKind::Flatten);
}

void TestLayerDrag::editorFollowsMovesByButtonsAndUndo()
{
    MainWindow w;
    w.show();
    ArchitecturePanel *panel = w.architecturePanel();
    w.settingsTabs()->setCurrentWidget(panel);
    panel->choosePreset(QStringLiteral("resnet18"));
    PlanDocument *doc = w.document();
    // bn1 (BatchNorm, row 1) moved up by Alt+Up swaps with conv1 (Conv2d, row 0).
    panel->selectNode({1});
    QCOMPARE(editorTitle(panel->editor()), QStringLiteral("<b>BatchNorm2d</b>"));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    panel->tree()->setFocus();
    QTest::keyClick(panel->tree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(doc->plan().architecture.root.children[0].kind, LayerKind::BatchNorm2d);
    QCOMPARE(editorTitle(panel->editor()), QStringLiteral("<b>BatchNorm2d</b>"));
    QCOMPARE(panel->tree()->currentIndex().row(), 0);
    doc->undoStack()->undo();
    QCOMPARE(editorTitle(panel->editor()), QStringLiteral("<b>BatchNorm2d</b>"));
    QCOMPARE(panel->tree()->currentIndex().row(), 1);
    doc->undoStack()->redo();
    QCOMPARE(panel->tree()->currentIndex().row(), 0);
    // Every field of the form belongs to BatchNorm: none is checked against Conv2d's table.
    const auto *kernel = panel->editor()->findChild<QLineEdit *>(QStringLiteral("attr_kernel"));
    QVERIFY(!kernel);
}

void TestLayerDrag::removedNodeClearsTheEditor()
{
    MainWindow w;
    w.show();
    ArchitecturePanel *panel = w.architecturePanel();
    w.settingsTabs()->setCurrentWidget(panel);
    panel->choosePreset(QStringLiteral("resnet18"));
    PlanDocument *doc = w.document();
    const int last = int(doc->plan().architecture.root.children.size()) - 1;
    panel->selectNode({last});
    QVERIFY(panel->editor()->nodeId().has_value());
    // Removed by another path than the panel's button (an undo of the insert would do the same).
    QVERIFY(doc->removeNode({last}));
    QVERIFY(!panel->editor()->nodeId().has_value());
    QCOMPARE(editorTitle(panel->editor()), LayerEditor::tr("Select a layer to edit its attributes."));
    doc->undoStack()->undo(); // the node comes back; editing another row is still safe
    panel->selectNode({last - 1});
    QCOMPARE(panel->editor()->findChild<QLineEdit *>(QStringLiteral("attr_name"))->text(),
             doc->plan().architecture.root.children[std::size_t(last - 1)].name);
}

QTEST_MAIN(TestLayerDrag)
#include "tst_layerdrag.moc"
