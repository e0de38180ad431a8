#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace headroom {

// The one table each user-facing enum has: one row per enumerator with its id (used in files, on
// the command line and in JSON output) and its label (marked with QT_TRANSLATE_NOOP, translated
// where it is shown). The enum's header declares the specialisation of enumNames<E>(); its .cpp
// defines the table, in the order the UI lists the values.
template<typename E> struct EnumName
{
    E value;
    const char *id;
    const char *label;
};
template<typename E> std::span<const EnumName<E>> enumNames();

// "fp32, tf32, fp16-amp, ...": every id, for messages that list the valid choices.
template<typename E> QString enumIdList()
{
    QStringList ids;
    for (const EnumName<E> &n : enumNames<E>())
        ids.append(QLatin1String(n.id));
    return ids.join(QStringLiteral(", "));
}

} // namespace headroom
