#include "ui/window/mainwindow.h"

#include "core/io/planfile.h"
#include "report/buildreport.h"
#include "ui/document/autosaver.h"
#include "ui/document/recentfiles.h"
#include "ui/panels/architecturepanel.h"
#include "ui/panels/assumptionspanel.h"
#include "ui/panels/hardwarepanel.h"
#include "ui/panels/layertreemodel.h"
#include "ui/panels/systempanel.h"
#include "ui/panels/verticalscrollarea.h"
#include "ui/panels/workloadpanel.h"
#include "ui/views/activationplot.h"
#include "ui/views/breakdownchart.h"
#include "ui/views/breakdowntable.h"
#include "ui/views/comparisonview.h"
#include "ui/views/sweepplot.h"
#include "ui/views/verdictbanner.h"
#include "ui/window/newplandialog.h"
#include "ui/window/preferencesdialog.h"
#include "ui/window/scenarioactions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {
QString fileFilter()
{
    return MainWindow::tr("Headroom plans (*.headroom)");
}

QScrollArea *scrolled(QWidget *content)
{
    return new VerticalScrollArea(content);
}
} // namespace

Plan MainWindow::samplePlan()
{
    QFile file(QStringLiteral(":/headroom/samples/sample.headroom"));
    Plan plan;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !PlanFile::fromJson(file.readAll(), plan, &error))
        qWarning("headroom: the built-in sample plan does not load: %s", qPrintable(error));
    return plan;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(new PlanDocument(this)), m_autosaver(new Autosaver(m_doc, this))
{
    m_preferences = Preferences::load();
    // The sample's name describes the sample: once the plan changes it follows what it describes.
    m_doc->setTemplateName(samplePlan().name);
    m_doc->reset(samplePlan());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createSettings());
    splitter->addWidget(createResults());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 840});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    createActions();
    applyPreferences(m_preferences);

    connect(m_doc, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &PlanDocument::changed, this, &MainWindow::updateTitle);
    // Stays in the status bar until the next message: the user should know their edits are not backed up.
    connect(m_autosaver, &Autosaver::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    updateTitle();
    // 1280×800, or less on a smaller screen (or at 125%+ scaling), never larger than it.
    QSize size(1280, 800);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
    const QStringList catalogProblems = GpuCatalog::userCatalogProblems();
    if (catalogProblems.isEmpty())
        statusBar()->showMessage(tr("Every change updates the results at once; Ctrl+Z undoes it."), 5000);
    else // the user's GPU catalog had entries that were skipped: say which, and keep it visible
        statusBar()->showMessage(tr("GPU catalog: %1").arg(catalogProblems.join(QStringLiteral("; "))));
}

QWidget *MainWindow::createSettings()
{
    m_settingsTabs = new QTabWidget;
    m_settingsTabs->setObjectName(QStringLiteral("settingsTabs"));

    auto *workload = new QWidget;
    auto *layout = new QVBoxLayout(workload);
    auto *workloadBox = new QGroupBox(tr("Workload"), workload);
    auto *wl = new QVBoxLayout(workloadBox);
    wl->setContentsMargins(4, 4, 4, 4);
    m_workload = new WorkloadPanel(m_doc, workloadBox);
    wl->addWidget(m_workload);
    auto *hardwareBox = new QGroupBox(tr("Hardware"), workload);
    auto *hl = new QVBoxLayout(hardwareBox);
    hl->setContentsMargins(4, 4, 4, 4);
    hl->addWidget(new HardwarePanel(m_doc, hardwareBox));
    layout->addWidget(workloadBox);
    layout->addWidget(hardwareBox);
    layout->addStretch();
    m_settingsTabs->addTab(scrolled(workload), tr("&Workload"));

    m_architecture = new ArchitecturePanel(m_doc);
    m_settingsTabs->addTab(m_architecture, tr("&Architecture"));
    m_settingsTabs->addTab(scrolled(new AssumptionsPanel(m_doc)), tr("Assu&mptions"));
    m_settingsTabs->setTabToolTip(0, tr("What to run and on which GPU."));
    m_settingsTabs->setTabToolTip(1, tr("The model's layers."));
    m_settingsTabs->setTabToolTip(2, tr("Overheads the estimate assumes, with their sources."));
    m_settingsTabs->setCurrentIndex(QSettings().value(QStringLiteral("ui/settingsTab"), 0).toInt());
    connect(m_settingsTabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("ui/settingsTab"), index); });
    return m_settingsTabs;
}

QWidget *MainWindow::createResults()
{
    auto *results = new QWidget;
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header = new QLabel(results);
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    layout->addWidget(m_header);
    m_verdict = new VerdictBanner(m_doc, results);
    layout->addWidget(m_verdict);

    m_resultsTabs = new QTabWidget(results);
    m_resultsTabs->setObjectName(QStringLiteral("resultsTabs"));
    auto *breakdown = new QSplitter(Qt::Vertical);
    m_chart = new BreakdownChart(m_doc, breakdown);
    m_table = new BreakdownTable(m_doc, breakdown);
    breakdown->addWidget(m_chart);
    breakdown->addWidget(m_table);
    breakdown->setSizes({300, 260});
    m_resultsTabs->addTab(breakdown, tr("&Breakdown"));
    m_activations = new ActivationPlot(m_doc);
    m_resultsTabs->addTab(m_activations, tr("&Layers"));
    m_sweep = new SweepPlot(m_doc);
    m_resultsTabs->addTab(m_sweep, tr("Batch &sweep"));
    m_system = new SystemPanel(m_doc);
    m_resultsTabs->addTab(m_system, tr("S&ystem"));
    m_resultsTabs->setTabToolTip(0, tr("Peak GPU memory by component, with formulas."));
    m_resultsTabs->setTabToolTip(1, tr("Activation memory each layer keeps for backward."));
    m_comparison = new ComparisonView(m_doc);
    m_resultsTabs->addTab(m_comparison, tr("&Comparison"));
    m_resultsTabs->setTabToolTip(2, tr("Memory against batch size, with GPU capacities."));
    m_resultsTabs->setTabToolTip(3, tr("Pinned scenarios side by side: memory, speed, power and cost."));
    m_resultsTabs->setCurrentIndex(QSettings().value(QStringLiteral("ui/resultsTab"), 0).toInt());
    connect(m_resultsTabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("ui/resultsTab"), index); });
    layout->addWidget(m_resultsTabs, 1);
    return results;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::askNewPlan)
        ->setStatusTip(tr("Starts a new plan: a blank model for an input you choose, or a preset."));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open)
        ->setStatusTip(tr("Opens a .headroom plan."));
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save)
        ->setStatusTip(tr("Saves the plan."));
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs)
        ->setStatusTip(tr("Saves the plan under a new name."));
    QAction *rename = file->addAction(tr("Re&name Plan…"), this, &MainWindow::askRenamePlan);
    rename->setObjectName(QStringLiteral("renamePlan"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setStatusTip(tr("Gives the plan a name of its own (undoable)."));
    file->addSeparator();
    file->addAction(tr("Export PDF &Report…"), this,
                    [this] {
                        QString path =
                            QFileDialog::getSaveFileName(this, tr("Export PDF report"), suggestedReportPath(),
                                                         tr("PDF documents (*.pdf)"));
                        if (path.isEmpty())
                            return;
                        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                            path += QLatin1String(".pdf");
                        QSettings().setValue(QStringLiteral("ui/exportDir"), QFileInfo(path).absolutePath());
                        const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
                        exportReport(path, letter ? QPageSize::Letter : QPageSize::A4);
                    })
        ->setStatusTip(tr("Writes the build report: verdict, bill of materials, charts and comparison."));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::editPreferences)
        ->setMenuRole(QAction::PreferencesRole);

    QMenu *scenarios = menuBar()->addMenu(tr("&Scenarios"));
    QAction *pin = scenarios->addAction(tr("&Pin as Scenario…"), this, &MainWindow::pinScenario);
    pin->setObjectName(QStringLiteral("pinScenario"));
    pin->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    pin->setStatusTip(tr("Keeps a copy of the current plan for the Comparison tab."));
    QAction *recommended = scenarios->addAction(tr("Create Scenarios from &Recommendations"), this,
                                                &MainWindow::pinRecommendations);
    recommended->setObjectName(QStringLiteral("pinRecommendations"));
    recommended->setStatusTip(tr("Pins the three cheapest GPU configurations that fit this plan."));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Headroom"), this, [this] {
        QMessageBox::about(this, tr("About Headroom"),
                           tr("<b>Headroom %1</b><p>Plans the GPU memory of deep-learning training and "
                              "inference before you rent the hardware.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::pinScenario()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Pin as Scenario"), tr("Scenario name:"), QLineEdit::Normal,
                              ScenarioActions::defaultName(m_doc->plan()), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ScenarioActions::pin(m_doc, name.trimmed());
    m_resultsTabs->setCurrentWidget(m_comparison);
}

void MainWindow::pinRecommendations()
{
    QString error;
    const int added = ScenarioActions::pinRecommendations(m_doc, 3, &error);
    if (added == 0) {
        QMessageBox::information(this, tr("No recommendations"), error);
        return;
    }
    statusBar()->showMessage(tr("Pinned %n recommended configuration(s).", nullptr, added), 3000);
    m_resultsTabs->setCurrentWidget(m_comparison);
}

bool MainWindow::exportReport(const QString &path, QPageSize::PageSizeId page)
{
    QString error;
    if (!report::BuildReport::write(m_doc->plan(), path, page, &error)) {
        QMessageBox::warning(this, tr("Cannot export report"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 3000);
    return true;
}

void MainWindow::applyPreferences(const Preferences &p)
{
    m_preferences = p;
    for (DocumentView *view : findChildren<DocumentView *>())
        view->setUnits(p.units);
    m_architecture->layerModel()->setUnits(p.units);
}

void MainWindow::updateTitle()
{
    const QString path = m_doc->filePath();
    // Set the path first: setWindowFilePath() rewrites the title of a window that has none.
    setWindowFilePath(path);
    setWindowTitle(tr("%1[*] — Headroom").arg(m_doc->displayName()));
    setWindowModified(m_doc->isModified());
    const Architecture &a = m_doc->plan().architecture;
    m_header->setText(
        tr("%1 · model: %2").arg(m_doc->displayName(), a.name.isEmpty() ? tr("Custom model") : a.name));
}

QString MainWindow::suggestedReportPath() const
{
    QString folder = QSettings().value(QStringLiteral("ui/exportDir")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Characters no file system takes, or that shells trip over, become spaces.
    QString name = m_doc->displayName();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char(' ');
    name = name.simplified();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = tr("report");
    return QDir(folder).filePath(name + QStringLiteral(".pdf"));
}

void MainWindow::askRenamePlan()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Plan"), tr("Plan name:"), QLineEdit::Normal,
                                               m_doc->displayName(), &ok);
    if (ok)
        m_doc->setPlanName(name);
}

void MainWindow::askNewPlan()
{
    if (!maybeSave())
        return;
    NewPlanDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        newPlan(dialog.architecture());
}

void MainWindow::newPlan()
{
    newPlan(samplePlan().architecture);
}

void MainWindow::newPlan(const Architecture &architecture)
{
    // The sample's workload, hardware and assumptions with the chosen model, named after it.
    Plan plan = samplePlan();
    plan.hardware.gpuId = m_preferences.defaultGpu;
    plan.scenarios.clear();
    plan.notes.clear();
    if (architecture != plan.architecture) {
        plan.architecture = architecture;
        // The sample fine-tunes with LoRA, which needs attention projections to adapt: a blank
        // or a non-language model trains instead, at its own sequence length and image size.
        if (architecture.id.isEmpty() || architecture.input.type != InputSpec::Type::Tokens)
            plan.workload.mode = Mode::Training;
        plan.workload.sequenceLength = 0;
        plan.workload.imageSize = 0;
    }
    plan.name = PlanDocument::automaticName(plan);
    m_doc->reset(plan);
}

bool MainWindow::restoreRecovered(const Plan &plan, const QString &originalPath)
{
    m_doc->restore(plan, originalPath);
    const QString name = originalPath.isEmpty() ? tr("Untitled") : QFileInfo(originalPath).fileName();
    statusBar()->showMessage(tr("Recovered the unsaved changes to %1. Save to keep them.").arg(name));
    return m_autosaver->writeNow();
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_doc->load(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open plan"), error);
        return false;
    }
    m_recent->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 3000);
    return true;
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    if (!m_doc->save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save plan"), error);
        return false;
    }
    m_recent->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 3000);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"),
                                                      QFileInfo(m_doc->filePath()).path(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    return m_doc->filePath().isEmpty() ? saveAs() : saveFile(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), m_doc->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".headroom")))
        path += QLatin1String(".headroom");
    return saveFile(path);
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"), tr("The plan has unsaved changes. Save them?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences p = dialog.preferences();
    p.save();
    applyPreferences(p);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        m_autosaver->discard(); // saved or deliberately discarded: nothing left to recover
        event->accept();
    } else
        event->ignore();
}

} // namespace headroom::ui
