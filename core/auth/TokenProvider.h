// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QObject>
#include <QString>

namespace passcode::auth {

/**
 * Where GraphClient gets its bearer token. The access token lives only in memory.
 *
 * Contract: accessToken() returns the current token, or an empty string when there is none that is still
 * valid. refresh() starts obtaining a new one (silently: refresh token, sandbox grant...) and ends with
 * exactly one of tokenRefreshed() or refreshFailed(); calls made while a refresh is running join it and do
 * not start another. Interactive sign-in is never started from here: a provider that needs the user emits
 * refreshFailed() with an Error of kind Auth, and the UI decides what to show.
 */
class TokenProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    explicit TokenProvider(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~TokenProvider() override = default;

    virtual QString accessToken() const = 0;
    virtual void refresh() = 0;

Q_SIGNALS:
    void tokenRefreshed();
    void refreshFailed(const passcode::Error &error);
};

/** A token obtained elsewhere (--access-token, PASSCODECTL_ACCESS_TOKEN). It cannot be refreshed. */
class StaticTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticTokenProvider)

public:
    explicit StaticTokenProvider(QString token, QObject *parent = nullptr);
    QString accessToken() const override;
    /** Fails (queued) with an Auth error: a fixed token cannot be renewed. */
    void refresh() override;

private:
    QString m_accessToken;
};

} // namespace passcode::auth
