// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/LanguageSwitcher.h"

#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace passcode::console {

LanguageSwitcher::LanguageSwitcher(QCoreApplication &app)
    : m_app(app)
{}

QString LanguageSwitcher::apply(const QString &language)
{
    // installTranslations() parents its translators to the application: those are the ones to replace.
    const QList<QTranslator *> old = m_app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_current = installTranslations(m_app, language);
    return m_current;
}

} // namespace passcode::console
