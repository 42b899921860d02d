// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "ui/tenants/TenantHandle.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace passcode::devices {
class DeviceLookup;
}

namespace passcode::ui {

class CrossTenantResultsModel;

/**
 * One search over every open tenant ("All tenants"). search() fans out at once: for each usable tenant, the
 * exact matches of its loaded list (DeviceDirectory::lookup()) and a server lookup on its client
 * (DeviceLookup), all running concurrently, so the search takes about as long as the slowest tenant. Results
 * stream into results() with the tenant they belong to; each tenant's progress or failure is its own
 * (status(), tenantChanged()): a tenant that is down, refused (403) or signed out never hides the others'
 * results. finished() follows once every tenant has answered. A new search cancels the previous one.
 *
 * The handles' pointers are guarded (QPointer): a tenant closed during a search is reported as unavailable.
 */
class CrossTenantSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossTenantSearch)

public:
    struct TenantStatus
    {
        enum class State
        {
            Idle,        ///< no search yet
            Searching,   ///< its lookup is running (the list's matches may be in already)
            Done,        ///< answered
            Failed,      ///< its lookup failed (error): only its loaded list's matches are shown
            Unavailable, ///< not signed in, closed, or failed to open (problem)
        };
        State state = State::Idle;
        int found = 0;
        /** The server had more matches than a lookup reads (DeviceLookup::truncated()): type more. */
        bool more = false;
        std::optional<Error> error;
        QString problem;
    };

    explicit CrossTenantSearch(QObject *parent = nullptr);
    ~CrossTenantSearch() override;

    /** The tenants searched from now on (cancels a running search). */
    void setTenants(const TenantHandles &tenants);
    const TenantHandles &tenants() const { return m_tenants; }
    CrossTenantResultsModel *results() const { return m_results; }

    /** Starts a search of @p text on every tenant; false (nothing asked) when the text is too short. */
    bool search(const QString &text);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    QString text() const { return m_text; }

    const TenantStatus &status(int tenant) const { return m_status.at(static_cast<std::size_t>(tenant)); }
    /** "Contoso: searching…", "Fabrikam: 3 found", "Northwind: <error>", "Tailspin: Sign-in needed". */
    QString statusText(int tenant) const;

Q_SIGNALS:
    void tenantChanged(int tenant);
    /** Every tenant has answered (or failed). */
    void finished();

private:
    void tenantAnswered(int tenant, const std::optional<Error> &error);

    TenantHandles m_tenants;
    CrossTenantResultsModel *m_results = nullptr;
    std::vector<std::unique_ptr<devices::DeviceLookup>> m_lookups;
    std::vector<TenantStatus> m_status;
    QString m_text;
    int m_pending = 0;
};

} // namespace passcode::ui
