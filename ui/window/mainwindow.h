#pragma once

#include "ui/document/plandocument.h"
#include "ui/document/preferences.h"

#include <QMainWindow>
#include <QPageSize>

class QLabel;
class QTabWidget;

namespace headroom::ui {

class ActivationPlot;
class Autosaver;
class ArchitecturePanel;
class BreakdownChart;
class BreakdownTable;
class ComparisonView;
class RecentFiles;
class SweepPlot;
class SystemPanel;
class VerdictBanner;
class WorkloadPanel;

// The planner's window: settings on the left, results on the right, all views driven by one
// PlanDocument.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    PlanDocument *document() const { return m_doc; }
    Autosaver *autosaver() const { return m_autosaver; }
    ArchitecturePanel *architecturePanel() const { return m_architecture; }
    WorkloadPanel *workloadPanel() const { return m_workload; }
    VerdictBanner *verdict() const { return m_verdict; }
    BreakdownTable *breakdownTable() const { return m_table; }
    BreakdownChart *breakdownChart() const { return m_chart; }
    ActivationPlot *activationPlot() const { return m_activations; }
    SweepPlot *sweepPlot() const { return m_sweep; }
    SystemPanel *systemPanel() const { return m_system; }
    ComparisonView *comparisonView() const { return m_comparison; }
    // Writes the PDF build report of the current plan; false with a message box on failure.
    bool exportReport(const QString &path, QPageSize::PageSizeId page);
    void pinScenario();
    void pinRecommendations();
    QTabWidget *settingsTabs() const { return m_settingsTabs; }
    QTabWidget *resultsTabs() const { return m_resultsTabs; }

    // The built-in sample plan (a Qt resource).
    static Plan samplePlan();
    bool openFile(const QString &path); // shows a message box on failure
    bool saveFile(const QString &path);
    void newPlan(); // the sample's model
    void newPlan(const Architecture &architecture);
    void applyPreferences(const Preferences &p);
    // Where Export PDF Report suggests saving: "<plan name>.pdf" in the folder of the last
    // export, else in Documents.
    QString suggestedReportPath() const;
    // Shows a plan recovered after a crash, modified against its original path, and writes this
    // window's own recovery copy at once; false when that copy could not be written.
    bool restoreRecovered(const Plan &plan, const QString &originalPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createSettings();
    QWidget *createResults();
    void updateTitle();
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void editPreferences();
    void askNewPlan();
    void askRenamePlan();

    PlanDocument *m_doc;
    Autosaver *m_autosaver;
    Preferences m_preferences;
    RecentFiles *m_recent = nullptr;
    QTabWidget *m_settingsTabs = nullptr;
    QTabWidget *m_resultsTabs = nullptr;
    QLabel *m_header = nullptr;
    ArchitecturePanel *m_architecture = nullptr;
    WorkloadPanel *m_workload = nullptr;
    VerdictBanner *m_verdict = nullptr;
    BreakdownChart *m_chart = nullptr;
    BreakdownTable *m_table = nullptr;
    ActivationPlot *m_activations = nullptr;
    SweepPlot *m_sweep = nullptr;
    SystemPanel *m_system = nullptr;
    ComparisonView *m_comparison = nullptr;
};

} // namespace headroom::ui
