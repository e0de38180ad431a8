#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace headroom {

// Languages Headroom ships a translation for, besides English (the source language): "de", "zh_CN".
QStringList availableTranslations();

// Resolves a language setting: "" or "system" = the system locale (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG), "en", "de", "zh_CN", ... = that language.
QLocale localeForLanguage(const QString &language);

// Installs Headroom's translation (:/i18n/headroom_<lang>.qm) and Qt's own qtbase_<lang>.qm (from
// QLibraryInfo::TranslationsPath, when qt6-translations-l10n is installed) for the locale, replacing
// any installed before, and makes the locale the default for number formatting. Call before any
// translated text is built. Returns true when Headroom's translation was loaded (always false for
// English, which needs none).
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace headroom
