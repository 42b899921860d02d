// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/SecretStore.h"

namespace passcode::testing {

/** A keychain that is not there: every operation fails with Kind::Keychain "no_backend" (for now). */
class FailingSecretStore final : public auth::SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &, QObject *context, ReadCallback done) override
    {
        ++m_calls;
        deliverLater(context, [done = std::move(done)] { done(error()); });
    }
    void write(const QString &, const QString &, QObject *context, DoneCallback done) override
    {
        ++m_calls;
        deliverLater(context, [done = std::move(done)] { done(error()); });
    }
    void remove(const QString &, QObject *context, DoneCallback done) override
    {
        ++m_calls;
        deliverLater(context, [done = std::move(done)] { done(error()); });
    }
    bool isPersistent() const override { return true; }
    int calls() const { return m_calls; }

    static Error error()
    {
        Error e = Error::make(Error::Kind::Keychain, QStringLiteral("No keychain is available."));
        e.code = QStringLiteral("no_backend");
        return e;
    }

private:
    int m_calls = 0;
};

} // namespace passcode::testing
