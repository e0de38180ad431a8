// The desktop planner in German and Chinese, offscreen: menu titles, the verdict banner, the
// breakdown's component names, locale number formatting and the language preference.
#include "core/common/translations.h"
#include "core/common/units.h"
#include "core/memory/memorymodel.h"
#include "ui/document/preferences.h"
#include "ui/panels/architecturepanel.h"
#include "ui/views/breakdowntable.h"
#include "ui/views/verdictbanner.h"
#include "ui/window/mainwindow.h"
#include "ui/window/preferencesdialog.h"

#include "../gui/layoutcheck.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

namespace {

QStringList menuTitles(MainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

QString component(MainWindow &w, Component c)
{
    return w.breakdownTable()->table()->item(int(c), 0)->text();
}

} // namespace

class TestI18nGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void german();
    void chinese();
    void englishAgain();
    void languagePreference();
    void grabs_data();
    void grabs();
};

void TestI18nGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n_gui"));
    QSettings().clear();
}

void TestI18nGui::cleanup()
{
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestI18nGui::german()
{
    QVERIFY(installTranslations(*qApp, localeForLanguage(QStringLiteral("de"))));
    MainWindow w;
    w.show();
    const QStringList menus = menuTitles(w);
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
    QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
    QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
    QVERIFY2(w.verdict()->text().contains(QStringLiteral("Passt")), qPrintable(w.verdict()->text()));
    QVERIFY(w.verdict()->text().contains(QStringLiteral("Größter passender Micro-Batch")));
    QCOMPARE(component(w, Component::Weights), QStringLiteral("Gewichte"));
    QCOMPARE(component(w, Component::Activations), QStringLiteral("Aktivierungen"));
    QCOMPARE(w.resultsTabs()->tabText(0), QStringLiteral("Au&fschlüsselung"));
    Plan nameless = MainWindow::samplePlan(); // a plan without a name, not yet saved: "Untitled"
    nameless.name.clear();
    w.document()->reset(nameless);
    QVERIFY2(w.windowTitle().contains(QStringLiteral("Unbenannt")), qPrintable(w.windowTitle()));
    // Numbers follow the locale: a decimal comma, in the charts' labels and ticks too.
    QCOMPARE(formatBytes(1.5 * 1024 * 1024 * 1024), QStringLiteral("1,50 GiB"));
    const auto charts = w.findChildren<QChartView *>();
    QVERIFY(charts.size() >= 3);
    for (QChartView *view : charts) {
        QVERIFY(view->chart()->localizeNumbers());
        QCOMPARE(view->chart()->locale().decimalPoint(), QStringLiteral(","));
    }
    const auto plots = w.findChildren<QCustomPlot *>();
    QVERIFY(plots.size() >= 4);
    for (QCustomPlot *plot : plots)
        QCOMPARE(plot->locale().decimalPoint(), QStringLiteral(","));
}

void TestI18nGui::chinese()
{
    QVERIFY(installTranslations(*qApp, localeForLanguage(QStringLiteral("zh_CN"))));
    MainWindow w;
    w.show();
    const QStringList menus = menuTitles(w);
    QVERIFY2(menus.contains(QString::fromUtf8("文件(&F)")), qPrintable(menus.join(QLatin1Char(','))));
    QVERIFY(w.verdict()->text().contains(QString::fromUtf8("放得下")));
    QCOMPARE(component(w, Component::Weights), QString::fromUtf8("权重"));
    QCOMPARE(component(w, Component::KvCache), QString::fromUtf8("KV 缓存"));
}

void TestI18nGui::englishAgain()
{
    QVERIFY(installTranslations(*qApp, localeForLanguage(QStringLiteral("de"))));
    QVERIFY(!installTranslations(*qApp, localeForLanguage(QStringLiteral("en"))));
    MainWindow w;
    w.show();
    QVERIFY(menuTitles(w).contains(QStringLiteral("&File")));
    QCOMPARE(component(w, Component::Weights), QStringLiteral("Weights"));
    QCOMPARE(formatBytes(1.5 * 1024 * 1024 * 1024), QStringLiteral("1.50 GiB"));
}

void TestI18nGui::languagePreference()
{
    Preferences p;
    p.language = QStringLiteral("de");
    PreferencesDialog dialog(p);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentText(), QStringLiteral("Deutsch"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    QCOMPARE(dialog.preferences().language, QStringLiteral("zh_CN"));
    dialog.preferences().save();
    QCOMPARE(Preferences::load().language, QStringLiteral("zh_CN"));
    QSettings().clear();
    QCOMPARE(Preferences::load().language, QString()); // System
}

// With HEADROOM_I18N_SHOTS=DIR set, saves every tab and the Preferences dialog per language as PNGs
// to look at (offscreen). Checks that nothing is drawn empty and that the longer German and the
// Chinese texts are not cut off at 1280×800 on any tab.
void TestI18nGui::grabs_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestI18nGui::grabs()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(*qApp, localeForLanguage(language)));
    const QString dir = qEnvironmentVariable("HEADROOM_I18N_SHOTS");
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QStringList problems;
    for (int s = 0; s < w.settingsTabs()->count(); ++s) {
        w.settingsTabs()->setCurrentIndex(s);
        for (int r = 0; r < w.resultsTabs()->count(); ++r) {
            w.resultsTabs()->setCurrentIndex(r);
            QApplication::processEvents(); // the layouts settle, as they would on screen
            const QImage image = w.grab().toImage();
            QVERIFY(!image.isNull());
            for (const QString &p : layoutcheck::problems(&w))
                if (!problems.contains(p))
                    problems << p;
            if (!dir.isEmpty() && (s == 0 || r == 0))
                image.save(QStringLiteral("%1/%2-s%3-r%4.png").arg(dir, language).arg(s).arg(r));
        }
    }
    QCOMPARE(w.size(), QSize(1280, 800));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The layer editor with the longest attribute names: attention and RMSNorm.
    w.settingsTabs()->setCurrentIndex(1);
    const QList<NodePath> paths{NodePath{1, 0, 1}, NodePath{2}};
    for (const NodePath &path : paths) {
        w.architecturePanel()->selectNode(path);
        QTest::qWait(50);
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        if (!dir.isEmpty())
            image.save(QStringLiteral("%1/%2-layer%3.png").arg(dir, language).arg(path.size()));
    }
    PreferencesDialog dialog(Preferences{}, &w);
    dialog.show();
    const QImage prefs = dialog.grab().toImage();
    QVERIFY(!prefs.isNull());
    if (!dir.isEmpty())
        prefs.save(QStringLiteral("%1/%2-preferences.png").arg(dir, language));
}

QTEST_MAIN(TestI18nGui)
#include "tst_i18n_gui.moc"
