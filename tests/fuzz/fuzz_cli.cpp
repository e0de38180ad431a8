// Fuzzes the command line: the input is split at newlines into arguments for
// headroom::cli::run. Output is silenced; the run happens in a private temporary directory and
// '/' is replaced in every argument, so --save and plan paths can only touch files in there.
#include "app/cli/clicommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    static QTemporaryDir dir;
    if (!dir.isValid() || !QDir::setCurrent(dir.path()))
        abort();
    const int devNull = open("/dev/null", O_WRONLY);
    dup2(devNull, STDOUT_FILENO); // the commands' normal output
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    QStringList args{QStringLiteral("headroom-cli")};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (QString a : text.split(QLatin1Char('\n'))) {
        a.replace(QLatin1Char('/'), QLatin1Char('_'));
        args.append(a);
    }
    const int code = headroom::cli::run(args);
    if (code != 0 && code != 2 && code != 3)
        abort(); // documented exit codes only
    return 0;
}
