#pragma once

#include <QString>

namespace headroom::ui {

// `headroom --self-test`: builds the main window with the sample plan, evaluates it, shows each
// results tab, grabs the window and checks the pieces are there. Returns the process exit code.
int runSelfTest(QString *report);

} // namespace headroom::ui
