// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakes/FakeTokenProvider.h"

#include <QMetaObject>

namespace passcode::testing {

FakeTokenProvider::FakeTokenProvider(QString token, QObject *parent)
    : TokenProvider(parent)
    , m_accessToken(std::move(token))
    , m_nextToken(QStringLiteral("renewed-credential"))
{}

void FakeTokenProvider::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_refreshCount;
    switch (m_behaviour) {
    case Behaviour::Succeed:
        QMetaObject::invokeMethod(this, &FakeTokenProvider::completeRefresh, Qt::QueuedConnection);
        break;
    case Behaviour::Fail:
        QMetaObject::invokeMethod(this, &FakeTokenProvider::failRefresh, Qt::QueuedConnection);
        break;
    case Behaviour::Manual:
        break;
    }
}

void FakeTokenProvider::completeRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    m_accessToken = m_nextToken;
    Q_EMIT tokenRefreshed();
}

void FakeTokenProvider::failRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    m_accessToken.clear();
    Q_EMIT refreshFailed(Error::make(Error::Kind::Auth, QStringLiteral("The fake refresh failed.")));
}

} // namespace passcode::testing
