// What the results views show beside the numbers: the breakdown chart's legend (one colour per
// series: the capacity line was red like the activations; a component that appears gets its own
// entry) and the verdict banner's warnings (amber, not green, when a plan fits with one).
#include "core/presets/presets.h"
#include "ui/document/plandocument.h"
#include "ui/views/breakdownchart.h"
#include "ui/views/themecolours.h"
#include "ui/views/verdictbanner.h"
#include "ui/window/mainwindow.h"

#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QSet>
#include <QtTest>

#include <cmath>

using namespace headroom;
using namespace headroom::ui;

namespace {
QStringList visibleLabels(QChart *chart)
{
    QStringList labels;
    for (QLegendMarker *m : chart->legend()->markers())
        if (m->isVisible())
            labels << m->label();
    return labels;
}
} // namespace

class TestResultViews : public QObject
{
    Q_OBJECT
private slots:
    void oneColourPerSeriesAndEntriesFollowComponents()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QChart *chart = w.breakdownChart()->chart();
        QStringList labels = visibleLabels(chart);
        // The sample on one GPU: gradients are not live at the peak, so no entry for them.
        QVERIFY(!labels.contains(QStringLiteral("Gradients")));
        QVERIFY(labels.contains(QStringLiteral("GPU memory visible")));

        // Told apart at a glance: every two entries at least 50 apart in RGB (the old capacity
        // line, #c62828, was 16 from the activations' #d62728).
        const auto markers = chart->legend()->markers();
        for (int i = 0; i < markers.size(); ++i)
            for (int j = i + 1; j < markers.size(); ++j) {
                const QColor a = markers[i]->brush().color(), b = markers[j]->brush().color();
                const double d = std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
                QVERIFY2(d >= 50,
                         qPrintable(markers[i]->label() + QStringLiteral(" ~ ") + markers[j]->label()));
            }

        // Two GPUs with ZeRO-2 keep gradients resident: their entry appears, between weights and
        // optimizer states, and every entry stays visible once.
        HardwareChoice h = w.document()->plan().hardware;
        h.gpuCount = 2;
        h.parallelism.zeroStage = 2;
        w.document()->setHardware(h, QStringLiteral("two GPUs"));
        labels = visibleLabels(chart);
        QVERIFY(labels.contains(QStringLiteral("Gradients")));
        QCOMPARE(labels.indexOf(QStringLiteral("Gradients")), labels.indexOf(QStringLiteral("Weights")) + 1);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }

    void bannerIsAmberWhenAPlanFitsWithAWarning()
    {
        MainWindow w;
        w.show();
        VerdictBanner *banner = w.verdict();
        QVERIFY(banner->fits());
        const QColor green = banner->backgroundColour();
        QVERIFY(!banner->text().contains(QStringLiteral("⚠")));
        // LoRA on ResNet-18: it fits, and trains nothing.
        w.document()->setArchitecture(*Presets::create(QStringLiteral("resnet18")));
        QVERIFY(banner->fits());
        QVERIFY2(banner->text().contains(QStringLiteral("⚠")) &&
                     banner->text().contains(QStringLiteral("0 trainable parameters")),
                 qPrintable(banner->text()));
        QCOMPARE(banner->backgroundColour(),
                 theme::statusBackground(theme::Status::Warning, banner->palette().color(QPalette::Window)));
        QVERIFY(banner->backgroundColour() != green);
    }
};

QTEST_MAIN(TestResultViews)
#include "tst_resultviews.moc"
