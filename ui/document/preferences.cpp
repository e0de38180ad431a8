#include "ui/document/preferences.h"

#include <QSettings>

namespace headroom::ui {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.units = s.value(QStringLiteral("preferences/units")).toString() == QLatin1String("decimal")
                  ? ByteUnits::Decimal
                  : ByteUnits::Binary;
    p.defaultGpu = s.value(QStringLiteral("preferences/defaultGpu"), p.defaultGpu).toString();
    p.language = s.value(QStringLiteral("preferences/language")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/units"),
               units == ByteUnits::Decimal ? QStringLiteral("decimal") : QStringLiteral("binary"));
    s.setValue(QStringLiteral("preferences/defaultGpu"), defaultGpu);
    s.setValue(QStringLiteral("preferences/language"), language);
}

} // namespace headroom::ui
