// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/SecretStore.h"

#include <chrono>
#include <memory>

namespace passcode::auth {

/**
 * The OS keychain through QtKeychain: Secret Service (gnome-keyring, KWallet, KeePassXC) on Linux, Keychain
 * on macOS, Credential Manager on Windows.
 *
 * - The insecure plain-text fallback of QtKeychain is always off: a secret is in the keychain or nowhere.
 * - service is the application id; keys are built by refreshTokenKey(). On Windows, where the credential
 *   name space is shared by all applications, the key is prefixed with the service.
 * - EntryNotFound on read is "no entry" (std::nullopt), on remove it is success.
 * - NoBackendAvailable and OtherError are retried once after retryDelay (a Secret Service that is still
 *   starting, as KeePassXC and Nextcloud do), then reported as Kind::Keychain ("no_backend",
 *   "keychain_error"); AccessDenied/AccessDeniedByUser become "access_denied" (a locked or refusing
 * keychain).
 *
 * Jobs run one at a time inside QtKeychain. A job still running when this store is destroyed finishes on its
 * own; its callback is dropped.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /** The application id used as the keychain service name. */
    static QString defaultService();

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(QString service, std::chrono::milliseconds retryDelay, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }

private:
    struct Operation;
    void start(std::shared_ptr<Operation> op);
    void finish(const std::shared_ptr<Operation> &op, int keychainError, const QString &errorString,
                const QString &secret);
    QString storageKey(const QString &key) const;

    QString m_service;
    std::chrono::milliseconds m_retryDelay;
};

} // namespace passcode::auth
