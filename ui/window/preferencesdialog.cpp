#include "ui/window/preferencesdialog.h"

#include "core/hardware/gpucatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace headroom::ui {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_units = new QComboBox(this);
    m_units->addItem(tr("Binary (GiB = 2³⁰ bytes)"), int(ByteUnits::Binary));
    m_units->addItem(tr("Decimal (GB = 10⁹ bytes)"), int(ByteUnits::Decimal));
    m_units->setCurrentIndex(m_units->findData(int(current.units)));
    m_units->setToolTip(tr("How memory sizes are shown; GPU vendors' \"GB\" are binary GiB."));
    form->addRow(tr("Memory units"), m_units);
    m_gpu = new QComboBox(this);
    for (const GpuSpec &g : GpuCatalog::builtin().gpus())
        m_gpu->addItem(tr("%1 (%2 GiB)").arg(g.name).arg(g.memoryGiB), g.id);
    m_gpu->setCurrentIndex(std::max(0, m_gpu->findData(current.defaultGpu)));
    m_gpu->setToolTip(tr("The GPU a new plan starts with."));
    form->addRow(tr("Default GPU"), m_gpu);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System"), QString());
    // Each language under its own name, so that it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setToolTip(
        tr("The language of menus, labels and reports; System follows the desktop's locale."));
    form->addRow(tr("Language"), m_language);
    auto *restartNote = new QLabel(tr("A new language takes effect when Headroom is restarted."), this);
    restartNote->setWordWrap(true);
    form->addRow(restartNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.units = ByteUnits(m_units->currentData().toInt());
    p.defaultGpu = m_gpu->currentData().toString();
    p.language = m_language->currentData().toString();
    return p;
}

} // namespace headroom::ui
