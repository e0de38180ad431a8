// The plan's name and model on screen (window title, header, preset picker, saved file), Rename
// Plan, File → New's blank models, the GPU search and the export dialog's suggested path.
#include "core/io/planfile.h"
#include "core/presets/presets.h"
#include "ui/panels/architecturepanel.h"
#include "ui/panels/filteredcombo.h"
#include "ui/panels/inputeditor.h"
#include "ui/panels/layertreemodel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/newplandialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::ui;

class TestPlanName : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openFileShowsThePlanName();
    void renamePlanIsUndoable();
    void namesFollowTheModel();
    void editedPresetReadsCustom();
    void blankImageModelTakesAConv();
    void blankTokenAndTabularModels();
    void inputEditableInArchitectureTab();
    void gpuSearchSelectsAndClears();
    void exportSuggestsPlanNameInFolder();
    void planThatWouldNotReopenIsNotSaved();
    void screenshots();
};

void TestPlanName::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_planname"));
    QSettings().clear();
}

void TestPlanName::openFileShowsThePlanName()
{
    QTemporaryDir dir;
    Plan plan = MainWindow::samplePlan();
    plan.name = QStringLiteral("Cluster budget 2027");
    const QString path = dir.filePath(QStringLiteral("budget.headroom"));
    QString error;
    QVERIFY2(PlanFile::save(path, plan, &error), qPrintable(error));
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path));
    QCOMPARE(w.windowTitle(), QStringLiteral("Cluster budget 2027[*] — Headroom"));
    QVERIFY(!w.isWindowModified());
    const auto *header = w.findChild<QLabel *>(QStringLiteral("planHeader"));
    QVERIFY(header);
    QCOMPARE(header->text(), QStringLiteral("Cluster budget 2027 · model: Llama-2 7B"));
    // A plan without a name is called after its file.
    plan.name.clear();
    QVERIFY(PlanFile::save(path, plan, &error));
    QVERIFY(w.openFile(path));
    QCOMPARE(w.windowTitle(), QStringLiteral("budget[*] — Headroom"));
}

void TestPlanName::renamePlanIsUndoable()
{
    MainWindow w;
    w.show();
    PlanDocument *doc = w.document();
    const QString before = doc->plan().name;
    doc->setPlanName(QStringLiteral("  My run  "));
    QCOMPARE(doc->plan().name, QStringLiteral("My run"));
    QCOMPARE(w.windowTitle(), QStringLiteral("My run[*] — Headroom"));
    QVERIFY(w.isWindowModified());
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Rename plan"));
    // A name the user chose stays through edits of what it describes.
    w.architecturePanel()->choosePreset(QStringLiteral("resnet18"));
    QCOMPARE(doc->plan().name, QStringLiteral("My run"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->plan().name, before);
    QVERIFY(!w.isWindowModified());
    // An empty name is the automatic one.
    doc->setPlanName(QString());
    QCOMPARE(doc->plan().name, QStringLiteral("Llama-2 7B, fine-tuning on NVIDIA GeForce RTX 4090"));
}

void TestPlanName::namesFollowTheModel()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    PlanDocument *doc = w.document();
    // The sample's template name follows a new model and GPU count, in the title and the saved file.
    w.architecturePanel()->choosePreset(QStringLiteral("resnet18"));
    QCOMPARE(doc->plan().name, QStringLiteral("ResNet-18, fine-tuning on NVIDIA GeForce RTX 4090"));
    HardwareChoice h = doc->plan().hardware;
    h.gpuCount = 4;
    doc->setHardware(h, QStringLiteral("4 GPUs"));
    QCOMPARE(doc->plan().name, QStringLiteral("ResNet-18, fine-tuning on 4× NVIDIA GeForce RTX 4090"));
    QCOMPARE(w.windowTitle(), doc->plan().name + QStringLiteral("[*] — Headroom"));
    const QString path = dir.filePath(QStringLiteral("p.headroom"));
    QVERIFY(w.saveFile(path));
    Plan back;
    QString error;
    QVERIFY(PlanFile::load(path, back, &error));
    QCOMPARE(back.name, doc->plan().name);
}

void TestPlanName::editedPresetReadsCustom()
{
    MainWindow w;
    w.show();
    ArchitecturePanel *panel = w.architecturePanel();
    QComboBox *presets = panel->presetPicker()->combo();
    QCOMPARE(panel->presetPicker()->currentId(), QStringLiteral("llama-2-7b"));
    QVERIFY(w.document()->removeNode({0}));
    QCOMPARE(w.document()->plan().architecture.id, QString());
    QCOMPARE(w.document()->plan().architecture.publishedParameters,
             qint64(0)); // no longer the published model
    QCOMPARE(presets->currentIndex(), -1);
    QCOMPARE(presets->placeholderText(), QStringLiteral("Custom (Llama-2 7B)"));
    w.document()->undoStack()->undo();
    QCOMPARE(panel->presetPicker()->currentId(), QStringLiteral("llama-2-7b"));
    QCOMPARE(presets->currentText().trimmed(), QStringLiteral("Llama-2 7B (6.74 B)"));
    // An imported model (no preset id) reads its own name.
    Architecture imported = *Presets::create(QStringLiteral("gpt2"));
    imported.id.clear();
    imported.name = QStringLiteral("my-org/tiny-gpt");
    w.document()->setArchitecture(imported);
    QCOMPARE(presets->currentIndex(), -1);
    QCOMPARE(presets->placeholderText(), QStringLiteral("my-org/tiny-gpt"));
}

void TestPlanName::blankImageModelTakesAConv()
{
    MainWindow w;
    w.show();
    InputSpec image;
    image.type = InputSpec::Type::Image;
    image.channels = 3;
    image.imageSize = 32;
    w.newPlan(NewPlanDialog::blankModel(image, 0));
    PlanDocument *doc = w.document();
    QCOMPARE(doc->plan().architecture.root.children.size(), std::size_t(0));
    QCOMPARE(w.architecturePanel()->presetPicker()->combo()->placeholderText(),
             QStringLiteral("Custom model"));
    QCOMPARE(doc->plan().name, QStringLiteral("Custom model, training on NVIDIA GeForce RTX 4090"));
    Node conv = build::conv(QStringLiteral("conv"), 16, 3, 1, 1);
    QVERIFY(doc->insertNode({}, 0, conv));
    QVERIFY2(doc->evaluation().ok(), qPrintable(doc->evaluation().error));
    // 16·3·3·3 weights + 16 biases.
    QCOMPARE(doc->evaluation().model.parameters, qint64(16 * 3 * 3 * 3 + 16));
}

void TestPlanName::blankTokenAndTabularModels()
{
    InputSpec tokens;
    tokens.type = InputSpec::Type::Tokens;
    tokens.sequenceLength = 128;
    const Architecture t = NewPlanDialog::blankModel(tokens, 1000);
    QCOMPARE(t.root.children.size(), std::size_t(1));
    MainWindow w;
    w.show();
    w.newPlan(t);
    QVERIFY2(w.document()->evaluation().ok(), qPrintable(w.document()->evaluation().error));
    QCOMPARE(w.document()->evaluation().model.parameters, qint64(1000 * 768)); // the embedding table

    InputSpec table;
    table.type = InputSpec::Type::Features;
    table.channels = 20;
    w.newPlan(NewPlanDialog::blankModel(table, 0));
    QVERIFY(w.document()->insertNode({}, 0, build::linear(QStringLiteral("fc"), 5)));
    QVERIFY2(w.document()->evaluation().ok(), qPrintable(w.document()->evaluation().error));
    QCOMPARE(w.document()->evaluation().model.parameters, qint64(20 * 5 + 5));

    // The dialog builds the same models from its fields.
    NewPlanDialog dialog;
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("inputType"));
    type->setCurrentIndex(type->findData(int(InputSpec::Type::Tokens)));
    emit type->activated(type->currentIndex());
    dialog.findChild<QSpinBox *>(QStringLiteral("vocabulary"))->setValue(500);
    const Architecture fromDialog = dialog.architecture();
    QCOMPARE(fromDialog.input.type, InputSpec::Type::Tokens);
    QCOMPARE(fromDialog.root.children.at(0).value(attr::EmbNum), 500.0);
}

void TestPlanName::inputEditableInArchitectureTab()
{
    MainWindow w;
    w.show();
    InputSpec image;
    image.type = InputSpec::Type::Image;
    image.imageSize = 32;
    w.newPlan(NewPlanDialog::blankModel(image, 0));
    QVERIFY(w.document()->insertNode({}, 0, build::conv(QStringLiteral("conv"), 8, 3)));
    auto *channels =
        w.architecturePanel()->inputEditor()->findChild<QSpinBox *>(QStringLiteral("inputChannels"));
    QVERIFY(channels);
    channels->setValue(1); // greyscale
    QCOMPARE(w.document()->plan().architecture.input.channels, 1);
    QCOMPARE(w.document()->evaluation().model.parameters, qint64(8 * 1 * 3 * 3 + 8));
    w.document()->undoStack()->undo();
    QCOMPARE(channels->value(), 3);
}

void TestPlanName::gpuSearchSelectsAndClears()
{
    MainWindow w;
    w.show();
    auto *gpus = w.findChild<FilteredCombo *>(QStringLiteral("gpuPicker"));
    QVERIFY(gpus);
    gpus->search()->setText(QStringLiteral("H100 SXM"));
    QTest::keyClick(gpus->search(), Qt::Key_Return);
    QCOMPARE(w.document()->plan().hardware.gpuId, gpus->currentId());
    QVERIFY(gpus->currentId().startsWith(QLatin1String("h100")));
    QCOMPARE(gpus->search()->text(), QString());
    // No match: nothing changes, the search is cleared all the same.
    const QString before = w.document()->plan().hardware.gpuId;
    gpus->search()->setText(QStringLiteral("no such gpu"));
    QTest::keyClick(gpus->search(), Qt::Key_Return);
    QCOMPARE(w.document()->plan().hardware.gpuId, before);
    QCOMPARE(gpus->search()->text(), QString());
}

void TestPlanName::exportSuggestsPlanNameInFolder()
{
    QSettings().remove(QStringLiteral("ui/exportDir"));
    MainWindow w;
    w.document()->setPlanName(QStringLiteral("Budget: A/B test"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(w.suggestedReportPath(), QDir(documents).filePath(QStringLiteral("Budget A B test.pdf")));
    QTemporaryDir dir;
    QSettings().setValue(QStringLiteral("ui/exportDir"), dir.path());
    QCOMPARE(w.suggestedReportPath(), QDir(dir.path()).filePath(QStringLiteral("Budget A B test.pdf")));
}

// Found by tst_monkey (seed 1): int4 precision while training was saved, and the file then
// refused to open ("Precision int4 is an inference format"), losing the plan.
void TestPlanName::planThatWouldNotReopenIsNotSaved()
{
    QTemporaryDir dir;
    MainWindow w;
    PlanDocument *doc = w.document();
    Workload wl = doc->plan().workload;
    wl.precision = Precision::INT4;
    doc->setWorkload(wl, QStringLiteral("int4"));
    QVERIFY(doc->plan().workload.mode != Mode::Inference);
    QVERIFY(doc->unsavableReason().contains(QLatin1String("int4 is an inference format")));
    QString error;
    const QString path = dir.filePath(QStringLiteral("x.headroom"));
    QVERIFY(!doc->save(path, &error));
    QVERIFY2(error.startsWith(QLatin1String("The plan cannot be saved as it is")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(doc->isModified());
    // Fixed, it saves and opens again.
    wl.mode = Mode::Inference;
    doc->setWorkload(wl, QStringLiteral("inference"));
    QVERIFY2(doc->save(path, &error), qPrintable(error));
    Plan back;
    QVERIFY2(PlanFile::load(path, back, &error), qPrintable(error));
    QVERIFY(back == doc->plan());
}

// With HEADROOM_SCREENSHOT_DIR set: the views this file tests, to look at.
void TestPlanName::screenshots()
{
    const QString shots = qEnvironmentVariable("HEADROOM_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("HEADROOM_SCREENSHOT_DIR not set");
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    InputSpec image;
    image.type = InputSpec::Type::Image;
    image.imageSize = 64;
    w.newPlan(NewPlanDialog::blankModel(image, 0));
    w.document()->insertNode({}, 0, build::conv(QStringLiteral("conv1"), 32, 3, 1, 1));
    w.document()->insertNode({}, 1, build::relu(QStringLiteral("relu1")));
    w.document()->setPlanName(QStringLiteral("Small CNN on CIFAR-sized images"));
    w.settingsTabs()->setCurrentWidget(w.architecturePanel());
    w.architecturePanel()->selectNode({0});
    QTest::qWait(100);
    QVERIFY(w.grab().save(shots + QStringLiteral("/planname-custom-architecture.png")));
    w.newPlan();
    w.architecturePanel()->choosePreset(QStringLiteral("gpt2"));
    w.document()->removeNode({1});
    QTest::qWait(100);
    QVERIFY(w.grab().save(shots + QStringLiteral("/planname-edited-preset.png")));
    NewPlanDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(shots + QStringLiteral("/planname-newplan-image.png")));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("inputType"));
    type->setCurrentIndex(type->findData(int(InputSpec::Type::Tokens)));
    emit type->activated(type->currentIndex());
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(shots + QStringLiteral("/planname-newplan-tokens.png")));
}

QTEST_MAIN(TestPlanName)
#include "tst_planname.moc"
