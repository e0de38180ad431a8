// Qt's own consistency checks (QAbstractItemModelTester: rows, parents, indexes and the signals
// around every change) on the layer tree and the comparison table, through the edits a user
// makes: a tree whose signals disagree with its rows crashes views, not tests.
#include "core/presets/presets.h"
#include "core/results/comparison.h"
#include "ui/panels/layertreemodel.h"
#include "ui/views/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;

namespace {
Plan presetPlan(const QString &preset)
{
    Plan p;
    p.architecture = *Presets::create(preset);
    return p;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void layerTreeThroughEdits()
    {
        PlanDocument doc;
        doc.reset(presetPlan(QStringLiteral("resnet18")));
        LayerTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 0);

        doc.setMicroBatch(32); // activations column
        const int before = model.rowCount();
        QVERIFY(doc.insertNode({}, 0, build::relu(QStringLiteral("extra"))));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(0, LayerTreeModel::NameColumn).data().toString(), QStringLiteral("extra"));
        QVERIFY(doc.setNodeName({0}, QStringLiteral("renamed")));
        QVERIFY(doc.moveNode({0}, {}, 3));
        QCOMPARE(model.index(2, LayerTreeModel::NameColumn).data().toString(), QStringLiteral("renamed"));
        QVERIFY(doc.removeNode({2}));
        QCOMPARE(model.rowCount(), before);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        doc.setArchitecture(*Presets::create(QStringLiteral("gpt2")));
        doc.undoStack()->undo();
        doc.reset(Plan{}); // an empty model
        QCOMPARE(model.rowCount(), 0);
    }

    void comparisonTable()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Plan a = presetPlan(QStringLiteral("resnet18"));
        Plan b = a;
        b.workload.microBatch = 64;
        Plan c = a;
        c.hardware.gpuCount = 2;
        const Scenario sa = Scenario::fromPlan(a, QStringLiteral("a"));
        const Scenario sb = Scenario::fromPlan(b, QStringLiteral("b"));
        model.setComparison(ComparisonBuilder::build({sa, sb, Scenario::fromPlan(c, QStringLiteral("c"))}));
        QCOMPARE(model.columnCount(), 3);
        QVERIFY(model.rowCount() > 0);
        model.setBaseline(2);
        model.setComparison(ComparisonBuilder::build({sa, sb}));
        QCOMPARE(model.columnCount(), 2);
        model.setComparison(Comparison{});
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
