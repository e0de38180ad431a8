#pragma once

#include "core/common/units.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

// The user's settings that outlive a plan, stored with QSettings.
struct Preferences
{
    ByteUnits units = ByteUnits::Binary;
    QString defaultGpu = QStringLiteral("rtx-4090"); // for new plans
    QString language; // "" = follow the system locale, else "en", "de", "zh_CN"; applies on restart

    static Preferences load();
    void save() const;
};

} // namespace headroom::ui
