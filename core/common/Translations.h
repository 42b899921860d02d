// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace passcode {

/**
 * Installs the project's translations and Qt's own (qtbase_xx.qm) on the application for a language: "en",
 * "fr", or empty for the system language. Unknown languages fall back to English. Returns the language in
 * use. Translators are parented to the application.
 */
QString installTranslations(QCoreApplication &app, const QString &language);

/** The languages the UI ships, as codes ("en", "fr"). */
QStringList availableLanguages();

} // namespace passcode
