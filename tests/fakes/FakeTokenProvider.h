// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TokenProvider.h"

namespace passcode::testing {

/**
 * A TokenProvider for tests: a current token, a counter of refresh() calls, and a refresh that either
 * completes by itself from the event loop (success with the next token, or failure) or waits for
 * completeRefresh()/ failRefresh(). Joins a running refresh like a real provider.
 */
class FakeTokenProvider final : public auth::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTokenProvider)

public:
    enum class Behaviour
    {
        Succeed, ///< refresh() ends with tokenRefreshed() and nextToken()
        Fail,    ///< refresh() ends with refreshFailed()
        Manual,  ///< refresh() waits for completeRefresh() or failRefresh()
    };

    explicit FakeTokenProvider(QString token, QObject *parent = nullptr);

    QString accessToken() const override { return m_accessToken; }
    void refresh() override;

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setNextToken(const QString &token) { m_nextToken = token; }
    void setToken(const QString &token) { m_accessToken = token; }
    int refreshCount() const { return m_refreshCount; }
    bool isRefreshing() const { return m_refreshing; }

    void completeRefresh();
    void failRefresh();

private:
    QString m_accessToken;
    QString m_nextToken;
    Behaviour m_behaviour = Behaviour::Succeed;
    int m_refreshCount = 0;
    bool m_refreshing = false;
};

} // namespace passcode::testing
