#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>
#include <vector>

class QCommandLineParser;
class QJsonValue;

namespace headroom::cli {

// Exit codes.
enum ExitCode { Ok = 0, UsageError = 2, InvalidInput = 3 };

// Runs one command line (arguments[0] is the program name). Output goes to out(), errors to err()
// as one line. Separate from main() so tests can call it in-process.
int run(const QStringList &arguments);

// One command: its name, its one-line summary (translated when shown) and what runs it.
using CommandFunction = int (*)(const QStringList &args);
struct Command
{
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("Cli", ...)
    CommandFunction function;
};
// Every command, in the order `--help` lists them. `report` has no function in this library (it
// needs Qt Gui): the executable registers it with setReportCommand.
const std::vector<Command> &commands();
void setReportCommand(CommandFunction f);
CommandFunction reportCommand();

// Where the commands write: stdout and stderr, or the strings of an OutputCapture.
QTextStream &out();
QTextStream &err();

// Sends out() and err() to strings while it lives, so tests run commands in process.
class OutputCapture
{
public:
    OutputCapture();
    ~OutputCapture();
    OutputCapture(const OutputCapture &) = delete;
    OutputCapture &operator=(const OutputCapture &) = delete;
    QString out();
    QString err();

private:
    QString m_out, m_err;
    QTextStream m_outStream, m_errStream;
    QTextStream *m_previousOut, *m_previousErr;
};

// Prints "headroom-cli: MESSAGE" as one line on err() and returns `code`.
int fail(int code, const QString &message);

// Parses a command's arguments. Returns the exit code when the command is already done (a usage
// error was reported, or --help printed), nothing when it should run.
std::optional<int> parseArguments(QCommandLineParser &p, const QStringList &args);

// Helpers the commands share.
void printJson(const QJsonValue &v);
QString num(double value, char format, int precision); // in the locale's number format
QString pad(const QString &s, int width);              // counts double-width characters twice

// The commands, one file each (plancommand.cpp, ...).
int commandPlan(const QStringList &args);
int commandRecommend(const QStringList &args);
int commandClassical(const QStringList &args);
int commandPresets(const QStringList &args);
int commandGpus(const QStringList &args);
int commandImport(const QStringList &args);
int commandCompare(const QStringList &args);
int commandLaunch(const QStringList &args);

// The translation context of the CLI's texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace headroom::cli
