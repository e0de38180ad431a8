// `headroom-cli presets`: the built-in architectures.
#include "app/cli/clicommands.h"

#include "core/common/units.h"
#include "core/presets/presets.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace headroom::cli {

int commandPresets(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Lists the built-in architectures with their published parameter counts."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    if (const std::optional<int> done = parseArguments(p, args))
        return *done;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const PresetInfo &info : Presets::list())
            list.append(
                QJsonObject{{QStringLiteral("id"), info.id},
                            {QStringLiteral("name"), info.name},
                            {QStringLiteral("family"), info.family},
                            {QStringLiteral("published_parameters"), double(info.publishedParameters)}});
        printJson(list);
        return Ok;
    }
    out() << pad(Cli::tr("ID"), 18) << pad(Cli::tr("Name"), 24) << pad(Cli::tr("Family"), 10)
          << Cli::tr("Parameters") << '\n';
    for (const PresetInfo &info : Presets::list())
        out() << pad(info.id, 18) << pad(info.name, 24) << pad(info.family, 10)
              << formatInteger(info.publishedParameters) << '\n';
    out().flush();
    return Ok;
}

} // namespace headroom::cli
