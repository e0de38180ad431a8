#pragma once

#include <QStringList>

namespace headroom::cli {

// Exit codes.
enum ExitCode { Ok = 0, UsageError = 2, InvalidInput = 3 };

// Runs one command line (arguments[0] is the program name). Output goes to stdout, errors to
// stderr as one line. Separate from main() so tests can call it in-process.
int run(const QStringList &arguments);

} // namespace headroom::cli
