// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/NullSecretStore.h"

using namespace Qt::StringLiterals;

namespace passcode::auth {

NullSecretStore::NullSecretStore(QObject *parent)
    : SecretStore(parent)
{}

void NullSecretStore::read(const QString &, QObject *context, ReadCallback done)
{
    deliverLater(context, [done = std::move(done)] { done(Result<std::optional<QString>>(std::nullopt)); });
}

void NullSecretStore::write(const QString &, const QString &, QObject *context, DoneCallback done)
{
    deliverLater(context, [done = std::move(done)] {
        Error e = Error::make(Error::Kind::Keychain,
                              tr("This build of Passcode Console cannot save the sign-in in a keychain."));
        e.code = u"not_supported"_s;
        done(e);
    });
}

void NullSecretStore::remove(const QString &, QObject *context, DoneCallback done)
{
    deliverLater(context, [done = std::move(done)] { done(std::nullopt); });
}

} // namespace passcode::auth
