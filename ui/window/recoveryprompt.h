#pragma once

#include <QString>

namespace headroom::ui {

class MainWindow;

enum class RecoveryMode {
    Ask,        // one question per orphaned copy: Recover, Discard, Keep for Later
    RecoverAll, // --recover: recover without asking
    Skip,       // --no-recover: leave every copy for a later start
};

// Startup: offers what AutosaveRecovery finds in `dir`. The first recovered plan goes into `window`
// when it shows nothing of the user's yet (no file, or the same file, and no edits); every other
// one opens in a window of its own. Damaged copies are reported and kept aside. Returns how many
// plans were recovered.
int offerRecovery(MainWindow *window, RecoveryMode mode, const QString &dir);

} // namespace headroom::ui
