// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace passcode::auth {

/**
 * Overwrites a credential string (token, code, verifier) and empties it, once it has been handed off.
 * Best effort: a string whose data is shared with another copy is only released, since overwriting would
 * detach and wipe a private copy instead.
 */
inline void wipe(QString &secret)
{
    if (secret.isDetached())
        secret.fill(QChar(u'\0'));
    secret.clear();
}

/** @copydoc wipe(QString &) */
inline void wipe(QByteArray &secret)
{
    if (secret.isDetached())
        secret.fill('\0');
    secret.clear();
}

} // namespace passcode::auth
