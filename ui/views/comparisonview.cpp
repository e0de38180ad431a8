#include "ui/views/comparisonview.h"

#include "ui/views/themecolours.h"

#include "core/results/scalingcurve.h"
#include "ui/views/comparisonmodel.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QValueAxis>
#include <algorithm>
#include <qcustomplot.h>

namespace headroom::ui {

namespace {
const char *const kComponentColours[kComponentCount] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                                        "#9467bd", "#8c564b", "#7f7f7f", "#bcbd22"};
const char *const kSeriesColours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                      "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"};

QCustomPlot *makePlot(QWidget *parent, const QString &y)
{
    auto *plot = new QCustomPlot(parent);
    plot->setLocale(QLocale()); // tick labels in the user's number format
    plot->xAxis->setLabel(ComparisonView::tr("GPUs of the scenario's type"));
    plot->yAxis->setLabel(y);
    plot->legend->setVisible(true);
    plot->legend->setFont(parent->font());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.5, 8.5);
    return plot;
}
} // namespace

ComparisonView::ComparisonView(PlanDocument *doc, QWidget *parent)
    : DocumentView(doc, parent), m_model(new ComparisonModel(this))
{
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Pin 2 to 8 scenarios to compare them: Scenarios → Pin as Scenario, or "
                            "Scenarios → Create Scenarios from Recommendations."),
                         m_stack);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Baseline:"), page));
    m_baseline = new QComboBox(page);
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->setToolTip(tr("Differences in the table are against this scenario."));
    bar->addWidget(m_baseline);
    bar->addStretch();
    m_rename = new QPushButton(tr("&Rename Scenario…"), page);
    m_remove = new QPushButton(tr("Remo&ve Scenario"), page);
    bar->addWidget(m_rename);
    bar->addWidget(m_remove);
    pageLayout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_tableViewport = m_table->viewport();
    m_tableViewport->installEventFilter(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Column widths: fitColumns.
    splitter->addWidget(m_table);

    auto *charts = new QSplitter(Qt::Horizontal, splitter);
    m_memoryChart = new QChart;
    m_memoryChart->setLocalizeNumbers(true); // bar labels and axes in the user's number format
    m_memoryChart->setTitle(tr("Memory per GPU"));
    m_memoryChart->setToolTip(tr("Bottom to top: weights, gradients, optimizer states, activations, "
                                 "temporaries, KV cache, CUDA context, allocator reserve."));
    m_memoryChart->setAnimationOptions(QChart::NoAnimation);
    // The colours are the Breakdown tab's; a legend would leave no room for the bars.
    m_memoryChart->legend()->hide();
    m_memoryView = new QChartView(m_memoryChart, charts);
    m_memoryView->setRenderHint(QPainter::Antialiasing);
    charts->addWidget(m_memoryView);
    m_scaling = makePlot(charts, tr("samples/s"));
    m_scaling->setObjectName(QStringLiteral("scalingPlot"));
    m_scaling->setToolTip(tr("Dashed: the rule of thumb of about 85% scaling efficiency at 8 GPUs."));
    charts->addWidget(m_scaling);
    m_cost = makePlot(charts, tr("Cost of the run"));
    // Costs fall or stay flat with more GPUs: the bottom-right corner is the free one.
    m_cost->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    charts->addWidget(m_cost);
    m_memoryView->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    charts->setSizes({400, 400, 400});
    for (int i = 0; i < 3; ++i)
        charts->setStretchFactor(i, 1);
    charts->setChildrenCollapsible(false);
    splitter->addWidget(charts);
    splitter->setSizes({320, 280});
    pageLayout->addWidget(splitter, 1);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_baseline, qOverload<int>(&QComboBox::activated), m_model, &ComparisonModel::setBaseline);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ComparisonView::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonView::fitColumns);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeScenario(currentScenario()); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const int i = currentScenario();
        if (i < 0)
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename Scenario"), tr("Name:"), QLineEdit::Normal,
                                  m_doc->plan().scenarios[size_t(i)].name, &ok);
        if (ok && !name.trimmed().isEmpty())
            renameScenario(i, name.trimmed());
    });
}

int ComparisonView::currentScenario() const
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid())
        return i.column();
    return m_model->columnCount() > 0 ? m_model->columnCount() - 1 : -1;
}

void ComparisonView::removeScenario(int index)
{
    if (index < 0 || size_t(index) >= m_doc->plan().scenarios.size())
        return;
    m_doc->edit(tr("Remove scenario"), [index](Plan &p) { p.scenarios.erase(p.scenarios.begin() + index); });
}

void ComparisonView::renameScenario(int index, const QString &name)
{
    if (index < 0 || size_t(index) >= m_doc->plan().scenarios.size())
        return;
    m_doc->edit(tr("Rename scenario"), [index, name](Plan &p) { p.scenarios[size_t(index)].name = name; });
}

void ComparisonView::refresh()
{
    const auto &scenarios = m_doc->plan().scenarios;
    const int n = int(scenarios.size());
    if (n < Comparison::kMinColumns || n > Comparison::kMaxColumns) {
        m_model->setComparison({});
        m_stack->setCurrentIndex(0);
        m_empty->setText(n > Comparison::kMaxColumns
                             ? tr("%1 scenarios are pinned; the comparison shows 2 to 8. Remove some.").arg(n)
                             : tr("Pin 2 to 8 scenarios to compare them: Scenarios → Pin as Scenario, or "
                                  "Scenarios → Create Scenarios from Recommendations. Pinned: %1.")
                                   .arg(n));
        return;
    }
    const int baseline = std::clamp(m_model->comparison().baseline, 0, n - 1);
    m_model->setComparison(ComparisonBuilder::build(scenarios, baseline));
    m_baseline->clear();
    for (const Scenario &s : scenarios)
        m_baseline->addItem(s.name);
    m_baseline->setCurrentIndex(baseline);
    m_stack->setCurrentIndex(1);
    refreshCharts();
}

void ComparisonView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public here, protected in QTableView
    const int n = m_model->columnCount();
    int widest = 0, last = 0;
    for (int c = 0; c < n; ++c) {
        last = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        widest = std::max(widest, last);
    }
    if (n == 0)
        return;
    // Equal columns when the widest fits that way; else each as wide as it needs and the last one
    // taking what is left, the table scrolling sideways if that is too wide. Never an elided title.
    const bool equal = widest * n <= m_table->viewport()->width();
    header->setMinimumSectionSize(equal ? widest : last);
    header->setSectionResizeMode(equal ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    header->setStretchLastSection(!equal);
}

// The choice between equal and content-sized columns needs the table's own width, which is only
// final once the viewport itself is resized (the view's resizeEvent comes before its children's
// layout, so deciding there used a stale width now and then).
bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tableViewport && event->type() == QEvent::Resize)
        fitColumns();
    return DocumentView::eventFilter(watched, event);
}

void ComparisonView::applyPalette()
{
    theme::apply(m_memoryChart, palette());
    theme::apply(m_scaling, palette());
    theme::apply(m_cost, palette());
}

void ComparisonView::refreshCharts()
{
    const Comparison &c = m_model->comparison();
    // Memory: one stacked bar per scenario.
    m_memoryChart->removeAllSeries();
    for (QAbstractAxis *axis : m_memoryChart->axes()) {
        m_memoryChart->removeAxis(axis);
        delete axis; // removeAxis() hands ownership back to us
    }
    auto *series = new QStackedBarSeries;
    // Numbered like the table's columns: full scenario names do not fit under narrow bars.
    QStringList names;
    for (int i = 0; i < int(c.columns.size()); ++i)
        names << QString::number(i + 1);
    for (int k = 0; k < kComponentCount; ++k) {
        auto *set = new QBarSet(componentName(Component(k)));
        set->setColor(theme::seriesColour(QColor(QLatin1String(kComponentColours[k])), palette()));
        set->setBorderColor(theme::chartBackground(palette()));
        bool any = false;
        for (const ComparisonColumn &col : c.columns) {
            const double v = col.evaluation.ok() ? col.evaluation.memory.component[k] : 0;
            set->append(toUnit(v));
            any = any || v > 0;
        }
        if (any)
            series->append(set);
        else
            delete set;
    }
    m_memoryChart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTitleText(tr("Scenario"));
    auto *values = new QValueAxis;
    values->setTitleText(unitName());
    m_memoryChart->addAxis(categories, Qt::AlignBottom);
    m_memoryChart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->setMin(0);
    values->applyNiceNumbers(); // round ticks (0, 5, 10, ...) rather than the tallest bar's fractions
    values->setLabelFormat(QStringLiteral("%g"));
    theme::apply(m_memoryChart, palette()); // the axes are new

    // Throughput and cost against GPU count.
    m_scaling->clearGraphs();
    m_cost->clearGraphs();
    double maxRate = 0, maxCost = 0;
    for (size_t i = 0; i < c.columns.size(); ++i) {
        const QColor colour = theme::seriesColour(QColor(QLatin1String(kSeriesColours[i % 8])), palette());
        const auto curve = ScalingCurve::compute(c.columns[i].plan);
        QVector<double> x, rate, rule, cost;
        for (const ScalingPoint &pt : curve) {
            if (!pt.valid)
                continue;
            x << pt.gpus;
            rate << pt.samplesPerSecond;
            rule << pt.ruleOfThumb;
            cost << pt.runCost;
            maxRate = std::max({maxRate, pt.samplesPerSecond, pt.ruleOfThumb});
            maxCost = std::max(maxCost, pt.runCost);
        }
        QCPGraph *g = m_scaling->addGraph();
        g->setName(names[int(i)]); // the table's column number: names do not fit beside three charts
        g->setPen(QPen(colour, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
        g->setData(x, rate);
        QCPGraph *r = m_scaling->addGraph();
        r->setPen(QPen(colour, 1.5, Qt::DashLine));
        r->setData(x, rule);
        r->removeFromLegend();
        QCPGraph *k = m_cost->addGraph();
        k->setName(names[int(i)]);
        k->setPen(QPen(colour, 2));
        k->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
        k->setData(x, cost);
    }
    // One legend entry explains every dashed line.
    QCPGraph *key = m_scaling->addGraph();
    key->setName(tr("dashed: 85% rule of thumb"));
    key->setPen(
        QPen(theme::seriesColour(palette().color(QPalette::PlaceholderText), palette()), 1.5, Qt::DashLine));
    m_scaling->yAxis->setRange(0, maxRate > 0 ? maxRate * 1.1 : 1);
    m_cost->yAxis->setRange(0, maxCost > 0 ? maxCost * 1.1 : 1);
    m_cost->yAxis->setLabel(tr("Cost of the run (%1)").arg(c.currency));
    m_scaling->replot();
    m_cost->replot();
}

} // namespace headroom::ui
