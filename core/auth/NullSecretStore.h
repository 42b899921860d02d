// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/SecretStore.h"

namespace passcode::auth {

/**
 * A store that keeps nothing, for builds or platforms without a keychain: read() finds no entry, write()
 * fails with Kind::Keychain (code "not_supported"), remove() succeeds. With it the console can still sign in
 * for one session after the user accepts session-only mode (AuthSession).
 */
class NullSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NullSecretStore)

public:
    explicit NullSecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    bool isPersistent() const override { return false; }
};

} // namespace passcode::auth
