#pragma once

#include <QStringList>

namespace headroom::cli {

// `headroom-cli compare FILE [--baseline N] [--json]`: the plan's scenarios side by side.
int commandCompare(const QStringList &args);

// `report` needs Qt Gui, which this library does not link: the executable registers it.
using CommandFunction = int (*)(const QStringList &args);
void setReportCommand(CommandFunction f);
CommandFunction reportCommand();

} // namespace headroom::cli
