// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/InMemorySecretStore.h"

#include "core/auth/Wipe.h"

namespace passcode::auth {

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

InMemorySecretStore::~InMemorySecretStore()
{
    clear();
}

void InMemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    // The value is copied now, so a later write does not change what this read reports.
    std::optional<QString> value;
    if (const auto it = m_secrets.constFind(key); it != m_secrets.cend())
        value = *it;
    deliverLater(context, [done = std::move(done), value = std::move(value)]() mutable {
        done(Result<std::optional<QString>>(std::move(value)));
    });
}

void InMemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                                DoneCallback done)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipe(*it);
    m_secrets.insert(key, secret);
    deliverLater(context, [done = std::move(done)] { done(std::nullopt); });
}

void InMemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipe(*it);
        m_secrets.erase(it);
    }
    deliverLater(context, [done = std::move(done)] { done(std::nullopt); });
}

void InMemorySecretStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(*it);
    m_secrets.clear();
}

} // namespace passcode::auth
