// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlOptions.h"

#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QObject>

#include <memory>
#include <optional>

namespace passcode::devices {
class DeviceLookup;
}

namespace passcode::ctl {

class CtlSession;

/**
 * One tenant's part of `devices find`: its own CtlSession (engine, throttling budget, sign-in restored
 * silently from its keychain entry; never an interactive sign-in) and a devices::DeviceLookup of the text.
 * found() streams the tenant's devices; finished() follows exactly once, with the error that stopped the
 * tenant (the session could not open, or every query failed).
 */
class TenantFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantFinder)

public:
    TenantFinder(const CtlOptions &options, QObject *parent = nullptr);
    ~TenantFinder() override;

    /** Opens the session, then looks @p text up. */
    void start(const QString &text);
    /** The tenant as output names it (CtlSession::label()). */
    QString label() const;

Q_SIGNALS:
    void found(const QList<passcode::devices::Device> &devices);
    void finished(const std::optional<passcode::Error> &error);

private:
    void end(const std::optional<Error> &error);

    std::unique_ptr<CtlSession> m_session;
    std::unique_ptr<devices::DeviceLookup> m_lookup;
    bool m_done = false;
};

} // namespace passcode::ctl
