#pragma once

#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace headroom::cli {

// Exit codes.
enum ExitCode { Ok = 0, UsageError = 2, InvalidInput = 3 };

// Runs one command line (arguments[0] is the program name). Output goes to stdout, errors to
// stderr as one line. Separate from main() so tests can call it in-process.
int run(const QStringList &arguments);

// Prints "headroom-cli: MESSAGE" as one line on stderr and returns `code`.
int fail(int code, const QString &message);

// Parses a command's arguments. Returns the exit code when the command is already done (a usage
// error was reported, or --help printed), nothing when it should run.
std::optional<int> parseArguments(QCommandLineParser &p, const QStringList &args);

} // namespace headroom::cli
