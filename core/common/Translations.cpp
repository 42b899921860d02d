// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace passcode {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : language;
    if (!availableLanguages().contains(lang))
        lang = QStringLiteral("en");
    QLocale::setDefault(QLocale(lang));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/passcode_") + lang))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace passcode
