// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantFinder.h"

#include "CtlSession.h"

#include "core/devices/DeviceLookup.h"

namespace passcode::ctl {

TenantFinder::TenantFinder(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<CtlSession>(options))
{}

TenantFinder::~TenantFinder()
{
    m_lookup.reset(); // before the engine whose client it uses
}

QString TenantFinder::label() const
{
    return m_session->label();
}

void TenantFinder::start(const QString &text)
{
    m_session->open([this, text](const std::optional<Error> &error) {
        if (error) {
            end(error);
            return;
        }
        m_lookup = std::make_unique<devices::DeviceLookup>(m_session->client());
        connect(m_lookup.get(), &devices::DeviceLookup::found, this, &TenantFinder::found);
        connect(m_lookup.get(), &devices::DeviceLookup::finished, this, &TenantFinder::end);
        if (!m_lookup->lookup(text))
            end(Error::make(Error::Kind::Usage,
                            tr("'%1' is too short to look up: give 2 characters or more.").arg(text)));
    });
}

void TenantFinder::end(const std::optional<Error> &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error);
}

} // namespace passcode::ctl
