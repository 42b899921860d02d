// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/RemoteActionKind.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <vector>

namespace passcode::sandbox {

/** One remoteActionAudit row. Its state is either fixed (generated history) or read from an ActionSimulator
 * action. */
struct AuditEntry
{
    quint32 device = 0;
    RemoteActionKind kind = RemoteActionKind::ResetPasscode;
    quint32 initiator = 0; ///< index into AuditLog::initiator()
    qint64 requestMs = 0;
    qint32 actionIndex = -1; ///< ActionSimulator action, or -1 for a history-only row
    ActionState fixedState = ActionState::Done;
};

/**
 * The tenant's remote action audit trail (beta remoteActionAudits), in request order, so that paging with a
 * position token stays stable while new rows are appended. Ids are GUIDs derived from (seed, row index).
 */
class AuditLog
{
public:
    explicit AuditLog(quint64 seed)
        : m_seed(seed)
    {}

    qsizetype size() const { return qsizetype(m_entries.size()); }
    const AuditEntry &entry(qsizetype i) const { return m_entries[std::size_t(i)]; }
    qsizetype append(const AuditEntry &entry);

    QByteArray id(qsizetype i) const;
    std::optional<qsizetype> indexOf(QStringView id) const;

    /** Interns an initiator UPN. */
    quint32 internInitiator(const QByteArray &upn);
    const QByteArray &initiator(quint32 index) const { return m_initiators[index]; }

private:
    quint64 m_seed;
    std::vector<AuditEntry> m_entries;
    std::vector<QByteArray> m_initiators;
    QHash<QByteArray, quint32> m_initiatorIndex;
    QHash<QByteArray, qsizetype> m_idIndex;
};

} // namespace passcode::sandbox
