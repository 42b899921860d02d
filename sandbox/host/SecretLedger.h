// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSet>

namespace passcode::sandbox {

/** Every secret a sandbox tenant handed out, for tests that check a client wrote none of them anywhere. */
struct IssuedSecrets
{
    /** Access, refresh and id tokens, and device codes, as the sandbox sent them. */
    QList<QByteArray> tokens;
    /** Every passcode and unlock PIN the tenant's actions produced (the generated history's included). */
    QList<QByteArray> passcodes;
};

/**
 * The tokens a sandbox server issued, kept only when SandboxOptions::recordSecrets is on (tests: the soak
 * scans what a client wrote for them). Off, it keeps nothing. Thread-safe: tokens are minted on the server's
 * thread and by SandboxHost::mintAccessToken() on the embedding one.
 */
class SecretLedger
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /** Notes one token (ignored when off or empty). */
    void note(const QByteArray &token);
    /** Notes the tokens of a JSON token answer: access_token, refresh_token, id_token, device_code. */
    void noteTokenAnswer(const QByteArray &body);
    QList<QByteArray> tokens() const;

private:
    bool m_enabled = false;
    mutable QMutex m_mutex;
    QSet<QByteArray> m_tokens;
};

} // namespace passcode::sandbox
