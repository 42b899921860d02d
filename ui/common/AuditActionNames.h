// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace passcode::ui {

/** Translated names of Graph's remoteAction members as the Device actions page shows them. */
class AuditActionNames
{
    Q_DECLARE_TR_FUNCTIONS(AuditActionNames)

public:
    /** "Reset passcode" for "resetPasscode", "Remote lock" for "remoteLock"...; the raw member when unknown.
     */
    static QString displayName(const QString &graphAction);
};

} // namespace passcode::ui
