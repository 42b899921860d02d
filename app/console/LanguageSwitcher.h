// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace passcode::console {

/**
 * Installs the interface language and switches it live: the translators installed before are removed, the new
 * ones installed, and Qt sends QEvent::LanguageChange to every widget, which retranslates itself.
 */
class LanguageSwitcher
{
public:
    explicit LanguageSwitcher(QCoreApplication &app);

    /** "" = the system language; returns the language in use. */
    QString apply(const QString &language);
    QString current() const { return m_current; }

private:
    QCoreApplication &m_app;
    QString m_current;
};

} // namespace passcode::console
