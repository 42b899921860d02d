// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/Throttler.h"

#include <algorithm>
#include <cmath>

namespace passcode::sandbox {

void Throttler::Window::expire(qint64 nowMs, qint64 windowMs)
{
    while (!stamps.empty() && stamps.front() <= nowMs - windowMs)
        stamps.pop_front();
}

void Throttler::setScale(double scale)
{
    m_scale = scale < 0 ? 0 : scale;
    auto scaled = [this](int limit) {
        return std::max(1, int(std::lround(limit * m_scale)));
    };
    m_tenantWrites = scaled(kTenantWrites);
    m_tenantAny = scaled(kTenantAny);
    m_appWrites = scaled(kAppWrites);
    m_appAny = scaled(kAppAny);
}

void Throttler::reset()
{
    m_tenantWritesWindow.stamps.clear();
    m_tenantAnyWindow.stamps.clear();
    m_apps.clear();
    m_refused = 0;
    m_refusedWrites = 0;
}

std::optional<double> Throttler::admit(const QByteArray &appId, bool write, qint64 nowMs)
{
    if (!enabled())
        return std::nullopt;
    AppWindows &app = m_apps[appId];
    struct Check
    {
        Window *window;
        int limit;
    };
    Check checks[4] = {{&m_tenantAnyWindow, m_tenantAny}, {&app.any, m_appAny}, {nullptr, 0}, {nullptr, 0}};
    if (write) {
        checks[2] = {&m_tenantWritesWindow, m_tenantWrites};
        checks[3] = {&app.writes, m_appWrites};
    }
    qint64 waitMs = 0;
    for (const Check &c : checks) {
        if (!c.window)
            continue;
        c.window->expire(nowMs, m_windowMs);
        if (qsizetype(c.window->stamps.size()) >= c.limit) {
            // The window has room again when enough of its oldest entries have left it.
            const qint64 freeAt =
                c.window->stamps[c.window->stamps.size() - std::size_t(c.limit)] + m_windowMs;
            waitMs = std::max(waitMs, freeAt - nowMs);
        }
    }
    if (waitMs > 0) {
        ++m_refused;
        if (write)
            ++m_refusedWrites;
        return double(waitMs) / 1000.0;
    }
    for (const Check &c : checks) {
        if (c.window)
            c.window->stamps.push_back(nowMs);
    }
    return std::nullopt;
}

} // namespace passcode::sandbox
