// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Looks for secrets in every file under a folder, without ever printing one: a hit names the file, the line
// and the kind of secret.

#include <QByteArray>
#include <QList>
#include <QString>

namespace passcode::soak {

struct SecretHit
{
    QString file; ///< relative to the folder
    qint64 line = 0;
    QString kind; ///< "token" or "passcode"
};

struct SecretScan
{
    int files = 0;
    qint64 bytes = 0;
    QList<SecretHit> hits;
};

/**
 * Scans every file under @p folder, line by line. A passcode is found as a whole word of letters and digits
 * (so "123456" inside "CTS-L123456X" is not one, but in `"passcode":"123456"` or `code 123456` it is); a
 * token (JWT, refresh token, device code) is found by any of its parts of 16 characters or more that no other
 * token shares (a JWT's payload or signature), as a word of base64url characters.
 */
SecretScan scanForSecrets(const QString &folder, const QList<QByteArray> &tokens,
                          const QList<QByteArray> &passcodes);

} // namespace passcode::soak
