// Widget tests of the desktop planner, run offscreen. Each drives the UI the way a user would
// (spin boxes, the preset search, the attribute editor) and checks what the window shows.
#include "core/hardware/gpucatalog.h"
#include "core/presets/presets.h"
#include "ui/panels/architecturepanel.h"
#include "ui/panels/filteredcombo.h"
#include "ui/panels/hardwarepanel.h"
#include "ui/panels/layereditor.h"
#include "ui/panels/layertreemodel.h"
#include "ui/panels/systempanel.h"
#include "ui/panels/workloadpanel.h"
#include "ui/views/activationplot.h"
#include "ui/views/breakdownchart.h"
#include "ui/views/breakdowntable.h"
#include "ui/views/comparisonview.h"
#include "ui/views/sweepplot.h"
#include "ui/views/themecolours.h"
#include "ui/views/verdictbanner.h"
#include "ui/window/mainwindow.h"
#include "ui/window/scenarioactions.h"

#include "layoutcheck.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QLegend>
#include <QLineEdit>
#include <QMimeData>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

class TestGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void samplePlanEvaluates();
    void batchUpdatesBreakdownAndVerdict();
    void presetReplacesArchitecture();
    void attributeEditUpdatesParameters();
    void invalidAttributeKeepsLastValidPlan();
    void undoRedo();
    void assumptionFieldsShowTheirUnits();
    void sliderDragIsOneUndoStep();
    void layerMoveAndRemove();
    void saveOpenRoundTrip();
    void resultViewsFollowTheDocument();
    void systemTabShowsTheBuild();
    void paletteStaysReadable_data();
    void paletteStaysReadable();
    void nothingCutOffAt1280x800_data();
    void nothingCutOffAt1280x800();
    void benchmarkWhatIfUpdate();

private:
    static void setLine(QLineEdit *edit, const QString &text);
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's files
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui"));
}

void TestGui::init()
{
    QSettings().clear(); // each test starts with the default tabs and no recent files
}

void TestGui::setLine(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    edit->setText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestGui::samplePlanEvaluates()
{
    MainWindow w;
    w.show();
    QVERIFY(w.document()->evaluation().ok());
    QCOMPARE(w.document()->plan().architecture.id, QStringLiteral("llama-2-7b"));
    QVERIFY(w.document()->evaluation().memory.total > 0);
    QVERIFY(!w.document()->isModified());
    // The title is the plan's name, here the sample's.
    QCOMPARE(w.windowTitle(), QStringLiteral("Llama-2 7B LoRA fine-tune on one RTX 4090[*] — Headroom"));
}

void TestGui::batchUpdatesBreakdownAndVerdict()
{
    MainWindow w;
    w.show();
    QVERIFY(w.verdict()->fits());
    const QString activationsBefore =
        w.breakdownTable()->table()->item(int(Component::Activations), 1)->text();
    const QString verdictBefore = w.verdict()->text();
    const double totalBefore = w.document()->evaluation().memory.total;

    QSpinBox *batch = w.workloadPanel()->batchSpin();
    batch->setValue(64);

    QCOMPARE(w.document()->plan().workload.microBatch, 64);
    QVERIFY(w.document()->evaluation().memory.total > totalBefore);
    QVERIFY(w.breakdownTable()->table()->item(int(Component::Activations), 1)->text() != activationsBefore);
    QVERIFY(!w.verdict()->fits());
    QVERIFY(w.verdict()->text() != verdictBefore);
    QVERIFY(w.verdict()->text().contains(QStringLiteral("Does not fit")));
    QCOMPARE(w.workloadPanel()->batchSlider()->value(), 64); // the slider follows the spin box
    QVERIFY(w.document()->isModified());
    QVERIFY(w.windowTitle().contains(QStringLiteral("*")) || w.isWindowModified());
}

void TestGui::presetReplacesArchitecture()
{
    MainWindow w;
    w.show();
    w.settingsTabs()->setCurrentWidget(w.architecturePanel());
    const int rowsBefore = w.architecturePanel()->layerModel()->rowCount();
    QLineEdit *search = w.architecturePanel()->presetPicker()->search();
    search->setText(QStringLiteral("ResNet-50"));
    QTest::keyClick(search, Qt::Key_Return);

    const Plan &plan = w.document()->plan();
    QCOMPARE(plan.architecture.id, QStringLiteral("resnet50"));
    QCOMPARE(plan.architecture, *Presets::create(QStringLiteral("resnet50")));
    QCOMPARE(w.document()->evaluation().model.parameters, qint64(25'557'032));
    QVERIFY(w.architecturePanel()->layerModel()->rowCount() != rowsBefore);
    QCOMPARE(w.architecturePanel()->presetPicker()->currentId(), QStringLiteral("resnet50"));
}

void TestGui::attributeEditUpdatesParameters()
{
    MainWindow w;
    w.show();
    w.settingsTabs()->setCurrentWidget(w.architecturePanel());
    w.architecturePanel()->selectNode({0}); // embed_tokens
    auto *vocab =
        w.architecturePanel()->editor()->findChild<QLineEdit *>(QStringLiteral("attr_num_embeddings"));
    QVERIFY(vocab);
    QCOMPARE(vocab->text(), QStringLiteral("32000"));
    const qint64 before = w.document()->evaluation().model.parameters;

    setLine(vocab, QStringLiteral("64000"));

    QCOMPARE(w.document()->evaluation().model.parameters, before + 32000LL * 4096);
    QVERIFY(w.architecturePanel()->editor()->fieldError(QStringLiteral("num_embeddings")).isEmpty());
    // The tree shows the new count and the editor still edits the same layer.
    const QModelIndex params = w.architecturePanel()->layerModel()->index(0, LayerTreeModel::ParamsColumn);
    QCOMPARE(params.data().toString(), formatCount(64000.0 * 4096));
    QCOMPARE(w.architecturePanel()->tree()->currentIndex().row(), 0);
}

void TestGui::invalidAttributeKeepsLastValidPlan()
{
    MainWindow w;
    w.show();
    w.settingsTabs()->setCurrentWidget(w.architecturePanel());
    w.architecturePanel()->selectNode({0});
    auto *vocab =
        w.architecturePanel()->editor()->findChild<QLineEdit *>(QStringLiteral("attr_num_embeddings"));
    QVERIFY(vocab);
    const Plan before = w.document()->plan();
    const int steps = w.document()->undoStack()->count();

    setLine(vocab, QStringLiteral("-5"));
    QVERIFY(w.architecturePanel()
                ->editor()
                ->fieldError(QStringLiteral("num_embeddings"))
                .contains(QStringLiteral("between")));
    QCOMPARE(vocab->text(), QStringLiteral("-5")); // the bad entry stays visible next to its reason
    QCOMPARE(vocab->toolTip(), w.architecturePanel()->editor()->fieldError(QStringLiteral("num_embeddings")));

    setLine(vocab, QStringLiteral("12.5"));
    QVERIFY(w.architecturePanel()
                ->editor()
                ->fieldError(QStringLiteral("num_embeddings"))
                .contains(QStringLiteral("whole")));
    setLine(vocab, QStringLiteral("lots"));
    QVERIFY(w.architecturePanel()
                ->editor()
                ->fieldError(QStringLiteral("num_embeddings"))
                .contains(QStringLiteral("not a number")));

    QCOMPARE(w.document()->plan(), before);
    QCOMPARE(w.document()->undoStack()->count(), steps);
    QVERIFY(w.document()->evaluation().ok());

    setLine(vocab, QStringLiteral("32001"));
    QVERIFY(w.architecturePanel()->editor()->fieldError(QStringLiteral("num_embeddings")).isEmpty());
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
}

void TestGui::assumptionFieldsShowTheirUnits()
{
    // Every field once read " MiB" with no decimals: a 0.25 GBP/kWh price showed as "0 MiB" and
    // 12.5 GB/s as "13 MiB".
    MainWindow w;
    w.show();
    PlanDocument *doc = w.document();
    const auto spins = w.settingsTabs()->widget(2)->findChildren<QDoubleSpinBox *>();
    std::map<AssumptionId, QDoubleSpinBox *> spinOf;
    int next = 0;
    for (int i = 0; i < kAssumptionCount; ++i)
        if (qstrcmp(assumptionInfo(AssumptionId(i)).unit, "0/1") != 0)
            spinOf[AssumptionId(i)] = spins.at(next++);
    QCOMPARE(next, int(spins.size()));
    const QString currency = GpuCatalog::builtin().currency();
    QCOMPARE(spinOf[AssumptionId::ElectricityPricePerKWh]->text(),
             QStringLiteral("0.250 ") + currency + QStringLiteral("/kWh"));
    QCOMPARE(spinOf[AssumptionId::InterNodeBandwidthGBs]->text(), QStringLiteral("12.50 GB/s"));
    QCOMPARE(spinOf[AssumptionId::CudaContextMiB]->text(), QStringLiteral("768 MiB"));
    QCOMPARE(spinOf[AssumptionId::AllocatorFragmentation]->text(), QStringLiteral("10.0 %"));
    QCOMPARE(spinOf[AssumptionId::HddPricePerGB]->text(),
             QStringLiteral("0.020 ") + currency + QStringLiteral("/GB"));
    // An edit reaches the plan with its decimals.
    spinOf[AssumptionId::ElectricityPricePerKWh]->setValue(0.314);
    QCOMPARE(doc->plan().assumptions.value(AssumptionId::ElectricityPricePerKWh), 0.314);
}

void TestGui::undoRedo()
{
    MainWindow w;
    w.show();
    PlanDocument *doc = w.document();
    const Plan original = doc->plan();
    const double totalBefore = doc->evaluation().memory.total;

    w.workloadPanel()->batchSpin()->setValue(12);
    w.architecturePanel()->choosePreset(QStringLiteral("mistral-7b"));
    QCOMPARE(doc->plan().architecture.id, QStringLiteral("mistral-7b"));
    QCOMPARE(doc->undoStack()->count(), 2);

    doc->undoStack()->undo();
    QCOMPARE(doc->plan().architecture.id, QStringLiteral("llama-2-7b"));
    QCOMPARE(doc->plan().workload.microBatch, 12);
    doc->undoStack()->undo();
    QCOMPARE(doc->plan(), original);
    QCOMPARE(doc->evaluation().memory.total, totalBefore);
    QCOMPARE(w.workloadPanel()->batchSpin()->value(), original.workload.microBatch);
    QVERIFY(!doc->isModified());

    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QCOMPARE(doc->plan().architecture.id, QStringLiteral("mistral-7b"));
    QCOMPARE(doc->plan().workload.microBatch, 12);
    QCOMPARE(w.workloadPanel()->batchSpin()->value(), 12);
    QVERIFY(doc->evaluation().ok());
}

void TestGui::sliderDragIsOneUndoStep()
{
    MainWindow w;
    w.show();
    QSlider *slider = w.workloadPanel()->batchSlider();
    const int steps = w.document()->undoStack()->count();
    for (int v = 5; v <= 30; ++v)
        slider->setValue(v);
    QCOMPARE(w.document()->plan().workload.microBatch, 30);
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->plan().workload.microBatch, 4);
    QCOMPARE(slider->value(), 4);
}

void TestGui::layerMoveAndRemove()
{
    MainWindow w;
    w.show();
    PlanDocument *doc = w.document();
    const Node &root = doc->plan().architecture.root;
    const int children = int(root.children.size());
    const QString first = root.children[0].name;
    const QString second = root.children[1].name;

    QVERIFY(doc->moveNode({0}, {}, 2)); // first after second
    QCOMPARE(doc->plan().architecture.root.children[0].name, second);
    QCOMPARE(doc->plan().architecture.root.children[1].name, first);
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().architecture.root.children[0].name, first);

    // Drag and drop goes through the model's mime data and reaches the document once the drop ends.
    LayerTreeModel *model = w.architecturePanel()->layerModel();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0)}));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 2, 0, {}));
    QTRY_COMPARE(doc->plan().architecture.root.children[1].name, first);
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().architecture.root.children[0].name, first);

    QVERIFY(!doc->moveNode({1}, {1, 0}, 0)); // not into its own subtree
    QVERIFY(doc->removeNode({int(children) - 1}));
    QCOMPARE(int(doc->plan().architecture.root.children.size()), children - 1);
    QCOMPARE(w.architecturePanel()->layerModel()->rowCount(), children - 1);
    QVERIFY(doc->insertNode({}, 0, Node(LayerKind::Dropout, QStringLiteral("drop"))));
    QCOMPARE(w.architecturePanel()->layerModel()->index(0, 0).data().toString(), QStringLiteral("drop"));
}

void TestGui::saveOpenRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("what-if.headroom"));
    Plan saved;
    {
        MainWindow w;
        w.show();
        w.workloadPanel()->batchSpin()->setValue(7);
        w.architecturePanel()->choosePreset(QStringLiteral("mistral-7b"));
        QVERIFY(w.document()->isModified());
        QVERIFY(w.saveFile(path));
        QVERIFY(!w.document()->isModified());
        // The sample's name followed the new model; the title shows it, the file path is the window's.
        QCOMPARE(w.document()->plan().name,
                 QStringLiteral("Mistral-7B, fine-tuning on NVIDIA GeForce RTX 4090"));
        QCOMPARE(w.windowTitle(), w.document()->plan().name + QStringLiteral("[*] — Headroom"));
        QCOMPARE(w.windowFilePath(), path);
        saved = w.document()->plan();
    }
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path));
    QCOMPARE(w.document()->plan(), saved);
    QCOMPARE(w.document()->filePath(), path);
    QCOMPARE(w.workloadPanel()->batchSpin()->value(), 7);
    QVERIFY(!w.document()->isModified());
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QCOMPARE(w.windowTitle(), saved.name + QStringLiteral("[*] — Headroom"));
}

void TestGui::resultViewsFollowTheDocument()
{
    MainWindow w;
    w.show();
    w.resultsTabs()->setCurrentWidget(w.activationPlot());
    QVERIFY(w.activationPlot()->barCount() > 0);
    QVERIFY(w.activationPlot()->toolTipAt(1).contains(QStringLiteral("embed_tokens")));
    w.resultsTabs()->setCurrentWidget(w.sweepPlot());
    QVERIFY(w.sweepPlot()->sweepPoints() > 10);
    const int before = w.sweepPlot()->sweepPoints();
    w.workloadPanel()->batchSpin()->setValue(400); // extends the sweep past 400: more powers of two
    QVERIFY2(w.sweepPlot()->sweepPoints() > before,
             qPrintable(QString::number(w.sweepPlot()->sweepPoints())));
}

void TestGui::systemTabShowsTheBuild()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.resultsTabs()->setCurrentWidget(w.systemPanel());
    QVERIFY(w.systemPanel()->hostText().contains(QStringLiteral("Recommended system RAM")));
    QVERIFY(!w.systemPanel()->throughputText().contains(QStringLiteral("Scaling efficiency")));
    // Two GPUs with ZeRO-2: the panel shows the scaling efficiency beside the article's rule of thumb.
    HardwareChoice h = w.document()->plan().hardware;
    h.gpuCount = 2;
    h.parallelism.zeroStage = 2;
    w.document()->setHardware(h, QStringLiteral("two GPUs"));
    QVERIFY(w.document()->evaluation().ok());
    QVERIFY(w.systemPanel()->throughputText().contains(QStringLiteral("Scaling efficiency")));
    QVERIFY(w.systemPanel()->throughputText().contains(QStringLiteral("rule of thumb")));
    // An impossible layout is reported, not computed.
    h.parallelism.tensorParallel = 3;
    w.document()->setHardware(h, QStringLiteral("tp 3"));
    QVERIFY(!w.document()->evaluation().ok());
    const QByteArray shots = qgetenv("HEADROOM_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        w.document()->undoStack()->undo();
        QTest::qWait(100); // let the layouts settle before the picture
        w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/system.png"));
        w.resultsTabs()->setCurrentIndex(0);
        QTest::qWait(100);
        w.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/breakdown.png"));
    }
}

void TestGui::benchmarkWhatIfUpdate()
{
    MainWindow w;
    w.show();
    w.architecturePanel()->choosePreset(QStringLiteral("llama-2-70b"));
    QVERIFY(w.document()->evaluation().ok());
    QWidget *visible = w.resultsTabs()->currentWidget();
    int batch = 1;
    QBENCHMARK
    {
        // One what-if step: change the batch, re-evaluate (the document does), redraw what is shown.
        w.workloadPanel()->batchSpin()->setValue(batch % 64 + 1);
        ++batch;
        visible->repaint();
        w.verdict()->repaint();
    }
    QVERIFY(w.document()->undoStack()->count() <= 3); // the batch edits merged
}

namespace {

// A dark palette like the ones KDE's Breeze Dark or qt6ct hand to Qt.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x2d), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Sets the application palette for one test and restores the previous one afterwards.
struct PaletteScope
{
    explicit PaletteScope(const QPalette &p) : old(QApplication::palette()) { QApplication::setPalette(p); }
    ~PaletteScope() { QApplication::setPalette(old); }
    QPalette old;
};

QString contrastMessage(const char *what, const QColor &fg, const QColor &bg)
{
    return QStringLiteral("%1: %2 on %3 has contrast %4")
        .arg(QLatin1String(what), fg.name(), bg.name())
        .arg(theme::contrast(fg, bg), 0, 'f', 2);
}

#define VERIFY_CONTRAST(what, fg, bg, ratio)                                                                 \
    QVERIFY2(theme::contrast(fg, bg) >= (ratio), qPrintable(contrastMessage(what, fg, bg)))

// The colour a widget actually painted, away from text: the middle of its left edge.
QColor paintedBackground(QWidget *w, QPoint at)
{
    return w->grab().toImage().pixelColor(at * w->devicePixelRatioF());
}

void checkChart(QChartView *view, const QColor &expectedBackground)
{
    QChart *chart = view->chart();
    const QColor bg = chart->backgroundBrush().color();
    QCOMPARE(bg.name(), expectedBackground.name());
    QCOMPARE(bg.name(), expectedBackground.name());
    QCOMPARE(paintedBackground(view, QPoint(12, 12)).name(), bg.name()); // inside the rounded corner
    if (!chart->title().isEmpty())
        VERIFY_CONTRAST("chart title", chart->titleBrush().color(), bg, theme::kTextContrast);
    if (chart->legend()->isVisible())
        VERIFY_CONTRAST("chart legend", chart->legend()->labelColor(), bg, theme::kTextContrast);
    for (QAbstractAxis *axis : chart->axes()) {
        VERIFY_CONTRAST("axis labels", axis->labelsBrush().color(), bg, theme::kTextContrast);
        VERIFY_CONTRAST("axis title", axis->titleBrush().color(), bg, theme::kTextContrast);
    }
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets()) {
                VERIFY_CONTRAST("bar", set->color(), bg, theme::kGraphicContrast);
                if (bars->isLabelsVisible())
                    VERIFY_CONTRAST("bar label", set->labelColor(), bg, theme::kTextContrast);
            }
}

void checkPlot(QCustomPlot *plot, const QColor &expectedBackground)
{
    const QColor bg = paintedBackground(plot, QPoint(1, 1));
    QCOMPARE(bg.name(), expectedBackground.name());
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        VERIFY_CONTRAST("tick labels", axis->tickLabelColor(), bg, theme::kTextContrast);
        VERIFY_CONTRAST("axis label", axis->labelColor(), bg, theme::kTextContrast);
        VERIFY_CONTRAST("axis line", axis->basePen().color(), bg, theme::kGraphicContrast);
    }
    if (plot->legend->visible())
        VERIFY_CONTRAST("legend", plot->legend->textColor(), plot->legend->brush().color(),
                        theme::kTextContrast);
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *g = plot->graph(i);
        const QColor c =
            g->lineStyle() == QCPGraph::lsNone ? g->scatterStyle().pen().color() : g->pen().color();
        VERIFY_CONTRAST("curve", c, bg, theme::kGraphicContrast);
    }
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *bars = qobject_cast<QCPBars *>(plot->plottable(i)))
            VERIFY_CONTRAST("bars", bars->brush().color(), bg, theme::kGraphicContrast);
}

} // namespace

// The result views take their colours from the application palette: with a dark palette the charts
// turn dark and every label, axis, curve and the verdict banner keep a WCAG contrast of 4.5 (text)
// or 3 (marks) against what they are drawn on. The light palette must not regress either.
void TestGui::paletteStaysReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestGui::paletteStaysReadable()
{
    QFETCH(bool, dark);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const PaletteScope scope(dark ? darkPalette() : fusion->standardPalette());
    QCOMPARE(theme::isDark(QApplication::palette()), dark);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    const QPalette pal = QApplication::palette();
    const QColor base = pal.color(QPalette::Base);

    // The verdict banner, fitting and not fitting, as drawn.
    for (int batch : {4, 64}) {
        w.workloadPanel()->batchSpin()->setValue(batch);
        QCOMPARE(w.verdict()->fits(), batch == 4);
        const QColor bg = w.verdict()->backgroundColour();
        QCOMPARE(theme::luminance(bg) < theme::luminance(w.verdict()->textColour()), dark);
        VERIFY_CONTRAST("verdict", w.verdict()->textColour(), bg, theme::kTextContrast);
        QLabel *label = w.verdict()->label();
        QCOMPARE(paintedBackground(label, QPoint(3, label->height() / 2)).name(), bg.name());
        QCOMPARE(label->palette().color(QPalette::WindowText), w.verdict()->textColour());
    }
    w.workloadPanel()->batchSpin()->setValue(4);

    w.resultsTabs()->setCurrentWidget(w.breakdownChart()->parentWidget());
    checkChart(w.breakdownChart()->view(), base);
    w.resultsTabs()->setCurrentWidget(w.activationPlot());
    checkPlot(w.activationPlot()->findChild<QCustomPlot *>(), base);
    w.resultsTabs()->setCurrentWidget(w.sweepPlot());
    checkPlot(w.sweepPlot()->plot(), base);
    w.resultsTabs()->setCurrentWidget(w.systemPanel());
    checkChart(w.systemPanel()->findChild<QChartView *>(), base);

    // Pinned scenarios: the memory chart, the scaling plot and the best value of each row.
    QVERIFY(ScenarioActions::pinRecommendations(w.document(), 3, nullptr) >= 2);
    w.resultsTabs()->setCurrentWidget(w.comparisonView());
    checkChart(w.comparisonView()->findChild<QChartView *>(), base);
    checkPlot(w.comparisonView()->scalingPlot(), base);
    const QAbstractItemModel *model =
        w.comparisonView()->findChild<QTableView *>(QStringLiteral("comparisonTable"))->model();
    int best = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int col = 0; col < model->columnCount(); ++col) {
            const QVariant bg = model->index(row, col).data(Qt::BackgroundRole);
            if (!bg.isValid())
                continue;
            ++best;
            VERIFY_CONTRAST("best value",
                            model->index(row, col).data(Qt::ForegroundRole).value<QBrush>().color(),
                            bg.value<QBrush>().color(), theme::kTextContrast);
        }
    QVERIFY(best > 0);

    // Secondary text on the Assumptions tab.
    w.settingsTabs()->setCurrentIndex(2);
    const auto sources = w.settingsTabs()->currentWidget()->findChildren<QLabel *>(QStringLiteral("source"));
    QVERIFY(!sources.isEmpty());
    for (QLabel *source : sources) {
        source->ensurePolished();
        VERIFY_CONTRAST("assumption source", source->palette().color(QPalette::WindowText),
                        pal.color(QPalette::Window), theme::kTextContrast);
    }
    // An invalid attribute: the field and its message.
    w.settingsTabs()->setCurrentWidget(w.architecturePanel());
    w.architecturePanel()->selectNode({0});
    auto *vocab =
        w.architecturePanel()->editor()->findChild<QLineEdit *>(QStringLiteral("attr_num_embeddings"));
    QVERIFY(vocab);
    setLine(vocab, QStringLiteral("-5"));
    vocab->ensurePolished();
    VERIFY_CONTRAST("invalid field", vocab->palette().color(QPalette::Text),
                    vocab->palette().color(QPalette::Base), theme::kTextContrast);
    auto *error =
        w.architecturePanel()->editor()->findChild<QLabel *>(QStringLiteral("error_num_embeddings"));
    QVERIFY(error && !error->isHidden());
    error->ensurePolished();
    VERIFY_CONTRAST("field error", error->palette().color(QPalette::WindowText), pal.color(QPalette::Window),
                    theme::kTextContrast);

    // With HEADROOM_SCREENSHOT_DIR set, pictures of the result tabs in this palette.
    const QString shots = qEnvironmentVariable("HEADROOM_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        w.settingsTabs()->setCurrentIndex(0);
        for (int r = 0; r < w.resultsTabs()->count(); ++r) {
            w.resultsTabs()->setCurrentIndex(r);
            QTest::qWait(50);
            w.grab().save(
                QStringLiteral("%1/%2-r%3.png").arg(shots, QLatin1String(dark ? "dark" : "light")).arg(r));
        }
    }

    // Switching the palette while running recolours what is shown.
    QApplication::setPalette(dark ? fusion->standardPalette() : darkPalette());
    QTRY_COMPARE(w.sweepPlot()->palette().color(QPalette::Base),
                 QApplication::palette().color(QPalette::Base));
    w.resultsTabs()->setCurrentWidget(w.sweepPlot());
    checkPlot(w.sweepPlot()->plot(), QApplication::palette().color(QPalette::Base));
    QCOMPARE(theme::luminance(w.verdict()->backgroundColour()) < theme::luminance(w.verdict()->textColour()),
             !dark);
}

// At the default window size every tab of both panes shows its labels, buttons, fields and tab
// titles whole. Run again by ctest with QT_SCALE_FACTOR=2 (tst_gui_2x), and here with a larger font.
void TestGui::nothingCutOffAt1280x800_data()
{
    QTest::addColumn<double>("fontScale");
    QTest::newRow("default font") << 1.0;
    QTest::newRow("font +20%") << 1.2;
}

void TestGui::nothingCutOffAt1280x800()
{
    QFETCH(double, fontScale);
    const QFont old = QApplication::font();
    QFont f = old;
    f.setPointSizeF(old.pointSizeF() * fontScale);
    QApplication::setFont(f);
    const auto restore = qScopeGuard([&] { QApplication::setFont(old); });
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QStringList problems;
    for (int s = 0; s < w.settingsTabs()->count(); ++s) {
        w.settingsTabs()->setCurrentIndex(s);
        for (int r = 0; r < w.resultsTabs()->count(); ++r) {
            w.resultsTabs()->setCurrentIndex(r);
            QApplication::processEvents();
            for (const QString &p : layoutcheck::problems(&w))
                if (!problems.contains(p))
                    problems << p;
        }
    }
    // The Comparison tab with three pinned scenarios: table, buttons and three charts.
    QVERIFY(ScenarioActions::pinRecommendations(w.document(), 3, nullptr) >= 2);
    w.resultsTabs()->setCurrentWidget(w.comparisonView());
    QApplication::processEvents();
    problems << layoutcheck::problems(&w);
    QCOMPARE(w.size(), QSize(1280, 800));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
