#include "app/cli/reportcommand.h"

#include "app/cli/clicommands.h"
#include "core/io/planfile.h"
#include "report/buildreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace headroom::cli {

namespace {
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

int commandReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Report::tr("Writes the PDF build report of a plan file."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("file"), Report::tr("A .headroom plan file."),
                            QStringLiteral("FILE.headroom"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Report::tr("The PDF to write."), QStringLiteral("report.pdf"));
    const QCommandLineOption page(QStringLiteral("page"), Report::tr("Page size: a4 (default) or letter."),
                                  QStringLiteral("a4|letter"), QStringLiteral("a4"));
    p.addOptions({output, page});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    if (p.positionalArguments().size() != 1)
        return fail(UsageError, Report::tr("report needs exactly one plan file"));
    if (!p.isSet(output))
        return fail(UsageError, Report::tr("report needs -o FILE.pdf"));
    const QString size = p.value(page).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter"))
        return fail(UsageError, Report::tr("--page must be a4 or letter"));
    Plan plan;
    QString error;
    if (!PlanFile::load(p.positionalArguments().constFirst(), plan, &error))
        return fail(InvalidInput, error);
    int pages = 0;
    if (!report::BuildReport::write(plan, p.value(output),
                                    size == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter, &error,
                                    &pages))
        return fail(InvalidInput, error);
    out() << Report::tr("Wrote %1 (%n page(s))", nullptr, pages).arg(p.value(output)) << Qt::endl;
    return Ok;
}

} // namespace headroom::cli
