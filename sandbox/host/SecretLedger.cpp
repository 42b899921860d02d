// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/host/SecretLedger.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace passcode::sandbox {

void SecretLedger::note(const QByteArray &token)
{
    if (!m_enabled || token.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    m_tokens.insert(token);
}

void SecretLedger::noteTokenAnswer(const QByteArray &body)
{
    if (!m_enabled)
        return;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const char *field : {"access_token", "refresh_token", "id_token", "device_code"})
        note(o.value(QLatin1String(field)).toString().toUtf8());
}

QList<QByteArray> SecretLedger::tokens() const
{
    const QMutexLocker lock(&m_mutex);
    return m_tokens.values();
}

} // namespace passcode::sandbox
