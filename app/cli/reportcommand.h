#pragma once

#include <QStringList>

namespace headroom::cli {

// `headroom-cli report FILE -o report.pdf [--page a4|letter]`. Needs a QGuiApplication.
int commandReport(const QStringList &args);

} // namespace headroom::cli
