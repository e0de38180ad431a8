// A monkey test: seeded random sequences of real UI actions on the real main window (add,
// remove, move and drag layers, through the model's mime data and with the mouse, undo and redo,
// fields edited with valid and absurd text, presets, tabs, scenarios pinned and removed), with
// the window's invariants checked after every action and the whole undo history replayed at the
// end. Run under ASan (make test-asan) it turns any memory error into a failure.
//
// Replay a failure with the seed and count it prints:
//   HEADROOM_MONKEY_SEED=1234 HEADROOM_MONKEY_ACTIONS=3000 HEADROOM_MONKEY_VERBOSE=1 tst_monkey
#include "core/io/planfile.h"
#include "core/presets/presets.h"
#include "ui/panels/architecturepanel.h"
#include "ui/panels/layereditor.h"
#include "ui/panels/layertreemodel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/scenarioactions.h"

#include "mousedrag.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <deque>
#include <functional>
#include <map>
#include <string>

using namespace headroom;
using namespace headroom::ui;

namespace {

// Text a user might type: valid numbers, limits, and nonsense.
const QStringList kTexts = {
    QStringLiteral("1"),           QStringLiteral("2"),          QStringLiteral("8"),
    QStringLiteral("64"),          QStringLiteral("512"),        QStringLiteral("4096"),
    QStringLiteral("0"),           QStringLiteral("-5"),         QStringLiteral("1e9"),
    QStringLiteral("1e308"),       QStringLiteral("abc"),        QString(),
    QStringLiteral("nan"),         QStringLiteral("inf"),        QStringLiteral("-0"),
    QStringLiteral("2.5"),         QStringLiteral(" 7 "),        QStringLiteral("1,5"),
    QStringLiteral("99999999999"), QStringLiteral("0.0001"),     QStringLiteral("16777216"),
    QStringLiteral("16777217"),    QStringLiteral("2147483648"), QStringLiteral("layer ✓ 名字")};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// Warnings that mean a view was handed a number that is not one (NaN or infinity reached a chart).
QStringList g_badWarnings;
QtMessageHandler g_previousHandler = nullptr;
void watchWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        (message.contains(QLatin1String("NaN")) || message.contains(QLatin1String("nan"))))
        g_badWarnings << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Types `text` into `w` key by key; QTest::keyClicks takes only Latin-1.
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

// Every node index of the tree, depth first.
void collect(const QAbstractItemModel *m, const QModelIndex &parent, QList<QModelIndex> &out)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        out.append(i);
        collect(m, i, out);
    }
}

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void randomActions();

private:
    QString checkInvariants(MainWindow &w, bool everyRow = true) const;
};

void TestMonkey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_monkey"));
    QSettings().clear();
}

QString TestMonkey::checkInvariants(MainWindow &w, bool everyRow) const
{
    PlanDocument *doc = w.document();
    ArchitecturePanel *panel = w.architecturePanel();
    const Node &root = doc->plan().architecture.root;
    if (const auto id = panel->editor()->nodeId(); id && !pathOfNode(root, *id))
        return QStringLiteral("the layer editor is bound to node %1, which is gone").arg(*id);
    const QModelIndex current = panel->tree()->currentIndex();
    if (current.isValid()) {
        const Node *n = nodeAt(root, panel->layerModel()->pathOf(current));
        if (!n)
            return QStringLiteral("the tree's current row points at no node");
        if (const auto id = panel->editor()->nodeId(); id && *id != n->id)
            return QStringLiteral("the editor shows node %1 but row %2 is selected").arg(*id).arg(n->id);
    }
    if (doc->isModified() != w.isWindowModified())
        return QStringLiteral("the window's modified mark disagrees with the document");
    if (!everyRow)
        return {};
    QList<QModelIndex> rows;
    collect(panel->layerModel(), {}, rows);
    for (const QModelIndex &i : rows)
        if (!nodeAt(root, panel->layerModel()->pathOf(i)))
            return QStringLiteral("a tree row has no node");
    return {};
}

void TestMonkey::randomActions()
{
    const quint32 seed =
        quint32(envInt("HEADROOM_MONKEY_SEED", int(QRandomGenerator::system()->bounded(1 << 30))));
    // Defaults measured on 2 cores shared with other builds (load ~8): 2000 actions took 22-45 s in
    // RelWithDebInfo; under ASan + UBSan (Debug) 1000 took 18 s (seed 7) to 79 s (seed 3), so 700.
#if defined(__SANITIZE_ADDRESS__)
    const int defaultActions = 700;
#else
    const int defaultActions = 2000;
#endif
    const int actions = envInt("HEADROOM_MONKEY_ACTIONS", defaultActions);
    const bool verbose = qEnvironmentVariableIsSet("HEADROOM_MONKEY_VERBOSE");
    // Printed first, so that a crash (ASan aborts the process) can be replayed.
    qInfo("monkey: HEADROOM_MONKEY_SEED=%u HEADROOM_MONKEY_ACTIONS=%d", seed, actions);
    QRandomGenerator rng(seed);
    const auto pick = [&](int n) { return n > 0 ? int(rng.bounded(n)) : 0; };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    g_previousHandler = qInstallMessageHandler(watchWarnings);
    const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    PlanDocument *doc = w.document();
    ArchitecturePanel *panel = w.architecturePanel();
    QTreeView *tree = panel->tree();
    LayerTreeModel *model = panel->layerModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const Plan initial = doc->plan();

    // Message boxes and input dialogs that an action opens are answered at once: Escape.
    QTimer dismiss;
    connect(&dismiss, &QTimer::timeout, &w, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    });
    dismiss.start(20);

    const auto addButton = panel->findChild<QToolButton *>(QStringLiteral("addLayerButton"));
    QVERIFY(addButton && addButton->menu());
    const QList<QAction *> addActions = addButton->menu()->actions();
    QStringList presetIds;
    for (const PresetInfo &p : Presets::list())
        presetIds << p.id;

    const auto randomNode = [&]() -> QModelIndex {
        QList<QModelIndex> all;
        collect(model, {}, all);
        return all.isEmpty() ? QModelIndex() : all[pick(int(all.size()))];
    };
    const auto randomText = [&] {
        return pick(4) == 0 ? QString::number(int(rng.bounded(100000)) - 1000)
                            : kTexts[pick(int(kTexts.size()))];
    };
    // Fields of the settings side that are on screen now.
    const auto visibleOf = [&](auto *typeTag) {
        using T = std::remove_pointer_t<decltype(typeTag)>;
        QList<T *> out;
        for (T *x : w.settingsTabs()->currentWidget()->findChildren<T *>())
            if (x->isVisible() && x->isEnabled())
                out << x;
        return out;
    };
    const auto clickNamed = [&](const char *name) {
        if (auto *b = panel->findChild<QToolButton *>(QString::fromLatin1(name)); b && b->isVisible())
            QTest::mouseClick(b, Qt::LeftButton);
    };

    struct Action
    {
        const char *name;
        int weight;
        std::function<QString()> run; // what it did, for the trace
    };
    QByteArray heldMime; // a drag started earlier and dropped later, after other edits
    const std::vector<Action> table = {
        {"select", 8,
         [&] {
             const QModelIndex i = randomNode();
             if (i.isValid())
                 tree->setCurrentIndex(i);
             return QStringLiteral("row %1").arg(i.row());
         }},
        {"add", 6,
         [&] {
             QAction *a = addActions[pick(int(addActions.size()))];
             a->trigger();
             return a->text();
         }},
        {"remove", 4, [&] { return clickNamed("removeLayerButton"), QString(); }},
        {"up", 3, [&] { return clickNamed("layerUpButton"), QString(); }},
        {"down", 3, [&] { return clickNamed("layerDownButton"), QString(); }},
        {"mimeDrop", 6,
         [&] {
             const QModelIndex from = randomNode();
             const QModelIndex to = pick(3) == 0 ? QModelIndex() : randomNode();
             if (!from.isValid())
                 return QString();
             std::unique_ptr<QMimeData> mime(model->mimeData({from}));
             if (!mime)
                 return QStringLiteral("no mime data");
             const QString format = model->mimeTypes().first();
             if (pick(4) == 0) // a drag from an earlier state of the tree, or garbage
                 mime->setData(format, heldMime.isEmpty() ? QByteArray("\x01\x02garbage") : heldMime);
             heldMime = mime->data(format);
             const int row = pick(model->rowCount(to) + 2) - 1;
             if (model->canDropMimeData(mime.get(), Qt::MoveAction, row, 0, to) &&
                 (!to.isValid() || model->flags(to).testFlag(Qt::ItemIsDropEnabled)))
                 model->dropMimeData(mime.get(), Qt::MoveAction, row, 0, to);
             QCoreApplication::processEvents(); // the move is queued
             return QStringLiteral("row %1 of %2 into row %3")
                 .arg(from.row())
                 .arg(from.parent().row())
                 .arg(row);
         }},
        {"mouseDrag", 2,
         [&] {
             w.settingsTabs()->setCurrentWidget(panel);
             const QRect area = tree->viewport()->rect();
             const QModelIndex from = randomNode();
             if (!from.isValid() || !area.contains(tree->visualRect(from).center()))
                 return QString();
             const QPoint to(pick(area.width()), pick(area.height()));
             headroom::test::dragWithMouse(tree, tree->visualRect(from).center(), to);
             QCoreApplication::processEvents();
             return QStringLiteral("row %1 to %2,%3").arg(from.row()).arg(to.x()).arg(to.y());
         }},
        {"undo", 5, [&] { return doc->undoStack()->undo(), QString(); }},
        {"redo", 3, [&] { return doc->undoStack()->redo(), QString(); }},
        {"lineEdit", 10,
         [&] {
             const auto edits = visibleOf(static_cast<QLineEdit *>(nullptr));
             if (edits.isEmpty())
                 return QString();
             QLineEdit *e = edits[pick(int(edits.size()))];
             const QString text = randomText();
             e->setFocus();
             e->selectAll();
             e->setText(text);
             QTest::keyClick(e, Qt::Key_Return);
             if (pick(2) == 0)
                 tree->setFocus(); // leaving the field finishes the edit too
             return QStringLiteral("%1 = \"%2\"").arg(e->objectName(), text);
         }},
        {"spinBox", 5,
         [&] {
             const auto spins = visibleOf(static_cast<QAbstractSpinBox *>(nullptr));
             if (spins.isEmpty())
                 return QString();
             QAbstractSpinBox *s = spins[pick(int(spins.size()))];
             const QString text = randomText();
             s->setFocus();
             s->selectAll();
             typeText(s, text);
             QTest::keyClick(s, pick(3) == 0 ? Qt::Key_Up : Qt::Key_Return);
             return QStringLiteral("%1 = \"%2\"").arg(s->objectName(), text);
         }},
        {"combo", 4,
         [&] {
             const auto combos = visibleOf(static_cast<QComboBox *>(nullptr));
             if (combos.isEmpty())
                 return QString();
             QComboBox *c = combos[pick(int(combos.size()))];
             const int i = pick(c->count());
             c->setCurrentIndex(i);
             emit c->activated(i);
             return QStringLiteral("%1 #%2").arg(c->objectName()).arg(i);
         }},
        {"check", 3,
         [&] {
             const auto boxes = visibleOf(static_cast<QCheckBox *>(nullptr));
             if (boxes.isEmpty())
                 return QString();
             QCheckBox *b = boxes[pick(int(boxes.size()))];
             QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(4, b->height() / 2));
             return b->text();
         }},
        {"slider", 2,
         [&] {
             const auto sliders = visibleOf(static_cast<QSlider *>(nullptr));
             if (sliders.isEmpty())
                 return QString();
             QSlider *s = sliders[pick(int(sliders.size()))];
             s->setValue(s->minimum() + pick(s->maximum() - s->minimum() + 1));
             return QString::number(s->value());
         }},
        {"preset", 1,
         [&] {
             const QString id = presetIds[pick(int(presetIds.size()))];
             panel->choosePreset(id);
             return id;
         }},
        {"settingsTab", 3,
         [&] { return w.settingsTabs()->setCurrentIndex(pick(w.settingsTabs()->count())), QString(); }},
        {"resultsTab", 3,
         [&] { return w.resultsTabs()->setCurrentIndex(pick(w.resultsTabs()->count())), QString(); }},
        {"pin", 2,
         [&] {
             ScenarioActions::pin(doc, ScenarioActions::defaultName(doc->plan()));
             return QString::number(doc->plan().scenarios.size());
         }},
        {"unpin", 2,
         [&] {
             w.resultsTabs()->setCurrentIndex(w.resultsTabs()->count() - 1);
             for (QPushButton *b : w.resultsTabs()->currentWidget()->findChildren<QPushButton *>())
                 if (b->objectName() == QLatin1String("removeScenario") ||
                     b->text().remove(QLatin1Char('&')) == QLatin1String("Remove Scenario"))
                     if (b->isVisible() && b->isEnabled())
                         QTest::mouseClick(b, Qt::LeftButton);
             return QString::number(doc->plan().scenarios.size());
         }},
        {"renamePlan", 1,
         [&] {
             const QString name = randomText();
             doc->setPlanName(name);
             return name;
         }},
        {"saveReload", 1,
         [&] {
             // What the window lets a user build must save and load back as the same plan.
             const QString path = dir.filePath(QStringLiteral("monkey.headroom"));
             QString error;
             const QString unsavable = doc->unsavableReason();
             if (!doc->save(path, &error)) // refused with the reason, or a real failure
                 return unsavable.isEmpty() ? QStringLiteral("SAVE FAILED: ") + error
                                            : QStringLiteral("refused: ") + unsavable;
             Plan back;
             if (!PlanFile::load(path, back, &error))
                 return QStringLiteral("RELOAD FAILED: ") + error;
             if (back != doc->plan())
                 return QStringLiteral("RELOAD DIFFERS");
             return QString();
         }},
    };
    int totalWeight = 0;
    for (const Action &a : table)
        totalWeight += a.weight;

    const bool strict = qEnvironmentVariableIntValue("HEADROOM_MONKEY_STRICT") != 0;
    QString firstBadWarning;
    std::deque<QString> trace;           // the last actions, shown on failure
    std::map<std::string, qint64> spent; // nanoseconds per kind of action, printed at the end
    QElapsedTimer clock;
    clock.start();
    for (int step = 0; step < actions; ++step) {
        int r = pick(totalWeight);
        const Action *action = &table.front();
        for (const Action &a : table) {
            if (r < a.weight) {
                action = &a;
                break;
            }
            r -= a.weight;
        }
        const qint64 startedAt = clock.nsecsElapsed();
        const QString what =
            QStringLiteral("#%1 %2 %3").arg(step).arg(QLatin1String(action->name), action->run());
        spent[action->name] += clock.nsecsElapsed() - startedAt;
        if (verbose)
            qInfo("%s", qPrintable(what));
        trace.push_back(what);
        if (trace.size() > 25)
            trace.pop_front();
        // The full check walks every row: each step for the current row and editor, every
        // 25th step for the whole tree.
        QString problem = checkInvariants(w, step % 25 == 0);
        // Known and not yet fixed (ui/views, the comparison of two pinned scenarios, e.g. seed 3
        // action 80): reported at the end; HEADROOM_MONKEY_STRICT=1 fails on the first one.
        if (!g_badWarnings.isEmpty() && firstBadWarning.isEmpty())
            firstBadWarning = QStringLiteral("action %1 (%2): %3").arg(step).arg(what, g_badWarnings.first());
        if (problem.isEmpty() && strict && !g_badWarnings.isEmpty())
            problem = QStringLiteral("a view got a non-number: ") + g_badWarnings.first();
        if (problem.isEmpty() &&
            (what.contains(QLatin1String("FAILED")) || what.contains(QLatin1String("DIFFERS"))))
            problem = what;
        if (!problem.isEmpty()) {
            QStringList lines(trace.begin(), trace.end());
            QFAIL(qPrintable(QStringLiteral("seed %1, action %2: %3\nlast actions:\n  %4")
                                 .arg(seed)
                                 .arg(step)
                                 .arg(problem, lines.join(QStringLiteral("\n  ")))));
        }
    }

    // The whole history replays: undo back to the start gives the plan we began with, redo the
    // end state, with the window consistent at both ends.
    const Plan end = doc->plan();
    QUndoStack *stack = doc->undoStack();
    const int top = stack->index();
    w.hide(); // hidden views skip their redraws: the replay only re-evaluates
    stack->setIndex(0);
    QVERIFY2(doc->plan() == initial, "undoing every step does not give back the starting plan");
    QVERIFY2(checkInvariants(w).isEmpty(), qPrintable(checkInvariants(w)));
    stack->setIndex(top);
    w.show();
    QVERIFY2(doc->plan() == end, "redoing every step does not give back the final plan");
    QVERIFY2(checkInvariants(w).isEmpty(), qPrintable(checkInvariants(w)));
    qInfo("monkey: %d actions in %lld ms", actions, static_cast<long long>(clock.elapsed()));
    if (!g_badWarnings.isEmpty())
        qWarning("monkey: %lld warnings about NaN or infinity reaching a view; the first at %s",
                 static_cast<long long>(g_badWarnings.size()), qPrintable(firstBadWarning));
    QStringList costs;
    for (const auto &[name, ns] : spent)
        costs << QStringLiteral("%1 %2 ms").arg(QString::fromStdString(name)).arg(ns / 1'000'000);
    qInfo("monkey: time per kind of action: %s", qPrintable(costs.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
