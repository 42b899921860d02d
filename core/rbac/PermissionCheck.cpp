// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rbac/PermissionCheck.h"

#include "core/graph/GraphClient.h"
#include "core/graph/GraphReply.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"

namespace passcode::rbac {

PermissionCheck::PermissionCheck(graph::GraphClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PermissionCheck::~PermissionCheck()
{
    if (m_reply)
        m_reply->cancel();
}

void PermissionCheck::start(const QString &accessToken)
{
    if (m_reply)
        m_reply->cancel();
    if (IntunePermissions::tokenHasIntuneAdminRole(accessToken)) {
        setPermissions(IntunePermissions::everything());
        return;
    }
    m_state = State::Checking;
    Q_EMIT changed();
    // The portal asks with scope '*' (docs/graph-client.md); the parameter is not documented further.
    const auto request = graph::GraphRequest::get(
        QStringLiteral("/deviceManagement/getEffectivePermissions(scope='*')"), graph::ApiVersion::V1);
    m_reply = m_client.call(request, this, &PermissionCheck::onFinished);
}

void PermissionCheck::onFinished(const graph::GraphResult &result)
{
    m_reply = nullptr;
    if (!result.ok()) {
        if (result.error->kind != Error::Kind::Cancelled)
            setNotChecked(*result.error);
        return;
    }
    const Result<IntunePermissions> read = IntunePermissions::fromGraph(result.json);
    if (!read)
        setNotChecked(read.error());
    else
        setPermissions(read.value());
}

void PermissionCheck::setPermissions(const IntunePermissions &permissions)
{
    m_permissions = permissions;
    m_error.reset();
    m_reason.clear();
    m_state = State::Checked;
    Q_EMIT changed();
}

void PermissionCheck::setNotChecked(const Error &error)
{
    m_permissions.reset();
    m_error = error;
    if (error.httpStatus == 403)
        m_reason =
            tr("the app lacks the Microsoft Graph permission DeviceManagementRBAC.Read.All (with admin "
               "consent).");
    else
        m_reason = error.message;
    m_state = State::NotChecked;
    Q_EMIT changed();
}

std::optional<QString> PermissionCheck::refusal(actions::RemoteAction action) const
{
    if (m_state != State::Checked || !m_permissions)
        return std::nullopt;
    return m_permissions->refusal(action);
}

std::optional<QString> PermissionCheck::syncRefusal() const
{
    if (m_state != State::Checked || !m_permissions)
        return std::nullopt;
    return m_permissions->syncRefusal();
}

eligibility::Verdict PermissionCheck::restrict(eligibility::Verdict verdict) const
{
    if (const std::optional<QString> reason = refusal(verdict.action)) {
        if (verdict.allowed)
            verdict.reasons = {*reason};
        else
            verdict.reasons.append(*reason);
        verdict.allowed = false;
        verdict.cautions.clear();
    }
    return verdict;
}

void PermissionCheck::restrict(QList<eligibility::Verdict> &verdicts) const
{
    for (eligibility::Verdict &v : verdicts)
        v = restrict(v);
}

} // namespace passcode::rbac
