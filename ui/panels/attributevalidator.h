#pragma once

#include "core/model/layer.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

// Checks what the user typed for one layer attribute against the kind's declared range, so the
// editor can name the problem on the field instead of failing the whole model.
class AttributeValidator
{
    Q_DECLARE_TR_FUNCTIONS(AttributeValidator)
public:
    // Empty when valid (and `value` is set), else one sentence saying why.
    static QString check(const AttributeInfo &info, const QString &text, double *value);
};

} // namespace headroom::ui
