// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/SecretStore.h"

#include <QHash>

namespace passcode::auth {

/**
 * Secrets kept in this object's memory only, gone when it is destroyed. Used for the session-only mode (the
 * keychain is unavailable and the user chose to work without persisting the sign-in) and by tests.
 * Values are overwritten before they are released.
 */
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InMemorySecretStore)

public:
    explicit InMemorySecretStore(QObject *parent = nullptr);
    ~InMemorySecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    bool isPersistent() const override { return false; }

    /** Whether an entry exists now (synchronous; for tests and diagnostics). */
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    /** The number of entries. */
    qsizetype size() const { return m_secrets.size(); }
    /** Wipes and drops every entry. */
    void clear();

private:
    QHash<QString, QString> m_secrets;
};

} // namespace passcode::auth
