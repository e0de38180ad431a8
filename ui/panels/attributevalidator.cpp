#include "ui/panels/attributevalidator.h"

#include <QLocale>
#include <cmath>

namespace headroom::ui {

QString AttributeValidator::check(const AttributeInfo &info, const QString &text, double *value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a value.");
    bool ok = false;
    double v = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        v = trimmed.toDouble(&ok); // accept "0.1" in any locale
    if (!ok || !std::isfinite(v))
        return tr("\"%1\" is not a number.").arg(trimmed);
    if (info.isInteger && v != std::floor(v))
        return tr("Must be a whole number.");
    if (v < info.minimum || v > info.maximum)
        return tr("Must be between %1 and %2.")
            .arg(QLocale().toString(info.minimum, 'g', 12), QLocale().toString(info.maximum, 'g', 12));
    *value = v;
    return {};
}

} // namespace headroom::ui
