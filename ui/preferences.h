#pragma once

#include "units.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

// The user's settings that outlive a plan, stored with QSettings.
struct Preferences
{
    ByteUnits units = ByteUnits::Binary;
    QString defaultGpu = QStringLiteral("rtx-4090"); // for new plans

    static Preferences load();
    void save() const;
};

} // namespace headroom::ui
