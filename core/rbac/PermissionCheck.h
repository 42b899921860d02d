// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/eligibility/Verdict.h"
#include "core/rbac/IntunePermissions.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace passcode::graph {
class GraphClient;
class GraphReply;
struct GraphResult;
} // namespace passcode::graph

namespace passcode::rbac {

/**
 * Asks Graph once per start() for the signed-in technician's effective Intune permissions
 * (GET /v1.0/deviceManagement/getEffectivePermissions(scope='*'), which needs the delegated
 * DeviceManagementRBAC.Read.All) and answers "may I do this action" from them.
 *
 * States: NotAsked, Checking, Checked (permissions() holds the answer), NotChecked (the permission was not
 * consented, the call failed or the answer decided nothing; notCheckedReason() says why, once). Only a
 * Checked state refuses anything: otherwise every action is offered as before and Intune's own 403 still
 * explains a refusal. An access token whose wids claim names Intune Administrator or Global Administrator is
 * Checked with everything allowed, without asking.
 *
 * The client must outlive the check; destroying the check cancels its request. One thread.
 */
class PermissionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionCheck)

public:
    enum class State
    {
        NotAsked,
        Checking,
        Checked,
        NotChecked,
    };
    Q_ENUM(State)

    explicit PermissionCheck(graph::GraphClient &client, QObject *parent = nullptr);
    ~PermissionCheck() override;

    /** Asks Graph (again); @p accessToken, when given, is looked at for an all-powerful directory role. */
    void start(const QString &accessToken = {});
    /** Sets the outcome directly (tests, and front ends that learnt it elsewhere). */
    void setPermissions(const IntunePermissions &permissions);
    void setNotChecked(const Error &error);

    State state() const { return m_state; }
    bool isChecked() const { return m_state == State::Checked; }
    /** The answer (Checked only). */
    const std::optional<IntunePermissions> &permissions() const { return m_permissions; }
    /** Why the permissions were not checked, translated (NotChecked only). */
    QString notCheckedReason() const { return m_reason; }
    /** The failure behind NotChecked (its httpStatus is 403 when the permission was not consented). */
    const std::optional<Error> &error() const { return m_error; }

    /** Why the role does not allow @p action; nullopt when it does or nothing is known. */
    std::optional<QString> refusal(actions::RemoteAction action) const;
    /** Why the role does not allow Sync (Remote tasks › Sync devices); nullopt when it does or nothing is
     * known. */
    std::optional<QString> syncRefusal() const;
    /**
     * @p verdict with the role taken into account: an action the role does not allow is not allowed, with
     * the role's reason first (a verdict already refused keeps its reasons and gets the role's added).
     */
    eligibility::Verdict restrict(eligibility::Verdict verdict) const;
    void restrict(QList<eligibility::Verdict> &verdicts) const;

Q_SIGNALS:
    /** The state changed (Checking, Checked or NotChecked). */
    void changed();

private:
    void onFinished(const graph::GraphResult &result);

    graph::GraphClient &m_client;
    QPointer<graph::GraphReply> m_reply;
    State m_state = State::NotAsked;
    std::optional<IntunePermissions> m_permissions;
    std::optional<Error> m_error;
    QString m_reason;
};

} // namespace passcode::rbac
