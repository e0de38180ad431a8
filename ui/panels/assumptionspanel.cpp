#include "ui/panels/assumptionspanel.h"

#include "core/hardware/gpucatalog.h"

#include "ui/views/themecolours.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace headroom::ui {

namespace {
// Fractions are edited as percentages; people think of fragmentation as "10%".
bool isFraction(const AssumptionInfo &info)
{
    return qstrcmp(info.unit, "fraction") == 0;
}
bool isFlag(const AssumptionInfo &info)
{
    return qstrcmp(info.unit, "0/1") == 0;
}

// Decimals that show every default exactly (0.25 GBP/kWh, 12.5 GB/s, 0.5 GiB, 0.02 GBP/GB).
int decimalsFor(const AssumptionInfo &info)
{
    const QByteArray unit(info.unit);
    if (isFraction(info) || unit == "GiB" || unit == "years")
        return 1;
    if (unit.startsWith("currency/GB") || unit == "currency/kWh")
        return 3;
    if (unit == "GB/s" || unit.startsWith("currency/"))
        return 2;
    return 0; // MiB, W, workers, batches
}

// The unit after the number; prices in the catalog's currency.
QString suffixFor(const AssumptionInfo &info)
{
    const QString unit = QString::fromLatin1(info.unit);
    if (isFraction(info))
        return AssumptionsPanel::tr(" %");
    if (unit.startsWith(QLatin1String("currency/")))
        return QLatin1Char(' ') + GpuCatalog::builtin().currency() + unit.mid(8);
    if (unit == QLatin1String("years"))
        return AssumptionsPanel::tr(" years");
    if (unit == QLatin1String("workers"))
        return AssumptionsPanel::tr(" workers");
    if (unit == QLatin1String("batches"))
        return AssumptionsPanel::tr(" batches");
    return QLatin1Char(' ') + unit; // MiB, GiB, GB/s, W
}
} // namespace

AssumptionsPanel::AssumptionsPanel(PlanDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);
    int row = 0;
    for (int i = 0; i < kAssumptionCount; ++i) {
        const auto id = AssumptionId(i);
        const AssumptionInfo &info = assumptionInfo(id);
        const QString source = Assumptions::source(id);
        auto *label = new QLabel(Assumptions::label(id), this);
        label->setToolTip(source);
        label->setWordWrap(true); // long German or Chinese names must not push the row past the panel
        grid->addWidget(label, row, 0);
        if (isFlag(info)) {
            m_boxes[i] = new QCheckBox(this);
            m_boxes[i]->setToolTip(source);
            connect(m_boxes[i], &QCheckBox::toggled, this,
                    [this, id](bool on) { m_doc->setAssumption(id, on ? 1.0 : 0.0); });
            grid->addWidget(m_boxes[i], row, 1);
        } else {
            auto *spin = new QDoubleSpinBox(this);
            const double scale = isFraction(info) ? 100.0 : 1.0;
            spin->setDecimals(decimalsFor(info));
            spin->setRange(info.minimum * scale, info.maximum * scale);
            spin->setSuffix(suffixFor(info));
            spin->setKeyboardTracking(false);
            spin->setToolTip(source);
            connect(spin, &QDoubleSpinBox::valueChanged, this,
                    [this, id, scale](double v) { m_doc->setAssumption(id, v / scale); });
            m_spins[i] = spin;
            grid->addWidget(spin, row, 1);
        }
        m_resets[i] = new QToolButton(this);
        m_resets[i]->setText(tr("Reset"));
        m_resets[i]->setToolTip(tr("Restores the documented default."));
        connect(m_resets[i], &QToolButton::clicked, this, [this, id] { m_doc->resetAssumption(id); });
        grid->addWidget(m_resets[i], row, 2);
        ++row;
        auto *sourceLabel = new QLabel(source, this);
        sourceLabel->setWordWrap(true);
        sourceLabel->setObjectName(QStringLiteral("source"));
        m_sources.append(sourceLabel);
        grid->addWidget(sourceLabel, row, 0, 1, 3);
        ++row;
    }
    grid->setRowStretch(row, 1);
    styleSources();
    connect(doc, &PlanDocument::changed, this, &AssumptionsPanel::refresh);
    refresh();
}

void AssumptionsPanel::refresh()
{
    const Assumptions &a = m_doc->plan().assumptions;
    for (int i = 0; i < kAssumptionCount; ++i) {
        const auto id = AssumptionId(i);
        const AssumptionInfo &info = assumptionInfo(id);
        if (m_boxes[i]) {
            const QSignalBlocker block(m_boxes[i]);
            m_boxes[i]->setChecked(a.value(id) != 0.0);
        } else {
            const QSignalBlocker block(m_spins[i]);
            m_spins[i]->setValue(a.value(id) * (isFraction(info) ? 100.0 : 1.0));
        }
        m_resets[i]->setEnabled(!a.isDefault(id));
    }
}

void AssumptionsPanel::styleSources()
{
    const QString style =
        QStringLiteral("color: %1; font-size: small;").arg(theme::secondaryText(palette()).name());
    for (QLabel *label : std::as_const(m_sources))
        label->setStyleSheet(style);
}

void AssumptionsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleSources();
}

} // namespace headroom::ui
