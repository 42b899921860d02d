// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace passcode::auth {

/**
 * Where refresh tokens are kept: the OS keychain (KeychainSecretStore), memory for a session that persists
 * nothing (InMemorySecretStore), or nowhere (NullSecretStore). Token and sign-in logic depend only on this
 * interface.
 *
 * Contract for every operation:
 * - It is asynchronous: the callback runs later from the event loop, never from inside the call.
 * - The callback runs exactly once, on the store's thread, unless `context` has been destroyed by then (or
 *   the store itself), in which case it does not run at all. Pass the object that owns the callback.
 * - Failures are Error values of Kind::Keychain with a translated message; Error::code names the cause
 *   ("no_backend", "access_denied", "keychain_error", "not_supported"...).
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    /** The secret, std::nullopt when there is no entry under the key (which means "signed out"), or an
     * Error when the store could not be read. */
    using ReadCallback = std::function<void(const Result<std::optional<QString>> &result)>;
    /** std::nullopt on success, or the Error. */
    using DoneCallback = std::function<void(const std::optional<Error> &error)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    /** Stores the secret under key, replacing any previous value. */
    virtual void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) = 0;
    /** Deletes the entry. Removing a key that does not exist succeeds. */
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
    /** Whether secrets survive the process (true for the OS keychain). */
    virtual bool isPersistent() const = 0;

protected:
    /** Runs f later from the event loop, on this store's thread, if context still exists then. */
    template<typename F>
    void deliverLater(QObject *context, F &&f)
    {
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<QObject>(context), f = std::forward<F>(f)]() mutable {
                if (guard)
                    f();
            },
            Qt::QueuedConnection);
    }
};

} // namespace passcode::auth
