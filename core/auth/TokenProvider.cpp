// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TokenProvider.h"

#include <QMetaObject>

namespace passcode::auth {

StaticTokenProvider::StaticTokenProvider(QString token, QObject *parent)
    : TokenProvider(parent)
    , m_accessToken(std::move(token))
{}

QString StaticTokenProvider::accessToken() const
{
    return m_accessToken;
}

void StaticTokenProvider::refresh()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT refreshFailed(Error::make(
                Error::Kind::Auth, tr("The access token was refused or has expired, and a token given on "
                                      "the command line cannot be renewed. Get a new one or sign in.")));
        },
        Qt::QueuedConnection);
}

} // namespace passcode::auth
