#include "core/common/translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace headroom {

namespace {

const char kTranslatorName[] = "headroom_translator";

QLocale systemLocale()
{
    // QLocale::system() ignores LANGUAGE; honour it like gettext programs do (first entry wins).
    const QString language = qEnvironmentVariable("LANGUAGE").section(QLatin1Char(':'), 0, 0);
    if (!language.isEmpty() && qEnvironmentVariableIsEmpty("LC_ALL"))
        return QLocale(language);
    return QLocale::system();
}

} // namespace

QStringList availableTranslations()
{
    return {QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QLocale localeForLanguage(const QString &language)
{
    const QString l = language.trimmed();
    if (l.isEmpty() || l.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return systemLocale();
    if (l == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(l);
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Remove what an earlier call installed, so switching languages (tests, --lang) works.
    const auto old =
        app.findChildren<QTranslator *>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;

    auto *qt = new QTranslator(&app);
    qt->setObjectName(QLatin1String(kTranslatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(&app);
    own->setObjectName(QLatin1String(kTranslatorName));
    if (own->load(locale, QStringLiteral("headroom"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace headroom
