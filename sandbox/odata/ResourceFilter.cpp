// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/odata/ResourceFilter.h"

#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/TenantCatalog.h"

namespace passcode::sandbox {

namespace {

using VK = FilterNode::ValueKind;
using Op = FilterNode::Op;

bool compareTime(qint64 value, Op op, qint64 literal)
{
    switch (op) {
    case Op::Lt:
        return value < literal;
    case Op::Gt:
        return value > literal;
    case Op::Le:
        return value <= literal;
    case Op::Ge:
        return value >= literal;
    case Op::Eq:
        return value == literal;
    case Op::Ne:
        return value != literal;
    }
    return false;
}

bool compareText(const QByteArray &utf8, const FilterNode &n)
{
    const QString value = QString::fromUtf8(utf8);
    if (n.kind == FilterNode::Kind::Contains)
        return value.contains(n.text, Qt::CaseInsensitive);
    const bool equal = value.compare(n.text, Qt::CaseInsensitive) == 0;
    return n.op == Op::Ne ? !equal : equal;
}

ResourceFilter::Predicate combine(const FilterNode &node,
                                  const std::function<ResourceFilter::Predicate(const FilterNode &)> &leaf)
{
    if (node.kind == FilterNode::Kind::And || node.kind == FilterNode::Kind::Or) {
        std::vector<ResourceFilter::Predicate> parts;
        for (const auto &child : node.children)
            parts.push_back(combine(*child, leaf));
        if (node.kind == FilterNode::Kind::And) {
            return [parts](qsizetype i) {
                for (const auto &p : parts) {
                    if (!p(i))
                        return false;
                }
                return true;
            };
        }
        return [parts](qsizetype i) {
            for (const auto &p : parts) {
                if (p(i))
                    return true;
            }
            return false;
        };
    }
    return leaf(node);
}

} // namespace

const std::vector<FilterParser::Capability> &ResourceFilter::deviceCapabilities()
{
    static const std::vector<FilterParser::Capability> caps = {
        // property, eq, ne, lt, gt, contains, value kind
        {"deviceName", true, false, false, false, true, VK::String},
        {"operatingSystem", true, false, false, false, false, VK::String},
        {"serialNumber", true, false, false, false, false, VK::String},
        {"userPrincipalName", true, true, false, false, false, VK::String},
        {"lastSyncDateTime", false, false, true, true, false, VK::DateTime},
        {"enrolledDateTime", false, false, true, true, false, VK::DateTime},
        {"model", true, false, false, false, true, VK::String},
        {"manufacturer", true, false, false, false, false, VK::String},
        {"imei", true, false, false, false, false, VK::String},
        {"complianceState", true, false, false, false, false, VK::String},
        {"managementAgent", true, false, false, false, false, VK::String},
        {"managementState", true, false, false, false, false, VK::String},
        {"deviceCategoryDisplayName", true, false, false, false, false, VK::String},
        {"azureADDeviceId", true, false, false, false, false, VK::String},
        {"osVersion", false, false, false, false, true, VK::String},
        {"emailAddress", false, false, false, false, true, VK::String},
        {"phoneNumber", false, false, false, false, true, VK::String},
    };
    return caps;
}

const std::vector<FilterParser::Capability> &ResourceFilter::auditCapabilities()
{
    static const std::vector<FilterParser::Capability> caps = {
        {"action", true, false, false, false, false, VK::String},
        {"actionState", true, false, false, false, false, VK::String},
        {"managedDeviceId", true, false, false, false, false, VK::String},
        {"initiatedByUserPrincipalName", true, false, false, false, false, VK::String},
        {"requestDateTime", false, false, true, true, false, VK::DateTime},
    };
    return caps;
}

ResourceFilter::Predicate ResourceFilter::compileDevice(const FilterNode &node,
                                                        const DeviceSerializer::Context &ctx)
{
    const DeviceSerializer::Context *c = &ctx;
    return combine(node, [c](const FilterNode &n) -> Predicate {
        const DeviceStore &s = *c->store;
        const QString &p = n.property;
        const FilterNode *leaf = &n;
        if (p == QLatin1String("lastSyncDateTime"))
            return [c, leaf](qsizetype i) {
                return compareTime(DeviceSerializer::lastSyncMs(*c, i), leaf->op, leaf->number);
            };
        if (p == QLatin1String("enrolledDateTime"))
            return [&s, leaf](qsizetype i) {
                return compareTime(s.record(i).enrolledMs, leaf->op, leaf->number);
            };
        std::function<QByteArray(qsizetype)> get;
        if (p == QLatin1String("deviceName"))
            get = [&s](qsizetype i) {
                return s.deviceName(i);
            };
        else if (p == QLatin1String("operatingSystem"))
            get = [&s](qsizetype i) {
                return s.operatingSystem(i);
            };
        else if (p == QLatin1String("serialNumber"))
            get = [&s](qsizetype i) {
                return s.serialNumber(i);
            };
        else if (p == QLatin1String("userPrincipalName") || p == QLatin1String("emailAddress"))
            get = [&s](qsizetype i) {
                return s.hasUser(i) ? s.userPrincipalName(s.record(i).userIndex) : QByteArray();
            };
        else if (p == QLatin1String("model"))
            get = [&s](qsizetype i) {
                return QByteArray(s.record(i).model->model);
            };
        else if (p == QLatin1String("manufacturer"))
            get = [&s](qsizetype i) {
                return QByteArray(s.record(i).model->manufacturer);
            };
        else if (p == QLatin1String("imei"))
            get = [&s](qsizetype i) {
                return s.imei(i);
            };
        else if (p == QLatin1String("complianceState"))
            get = [&s](qsizetype i) {
                return complianceStateName(s.record(i).compliance).toByteArray();
            };
        else if (p == QLatin1String("managementAgent"))
            get = [&s, c](qsizetype i) {
                return managementAgentName(s.record(i).agent, c->style).toByteArray();
            };
        else if (p == QLatin1String("managementState"))
            get = [&s](qsizetype i) {
                return managementStateName(s.record(i).state).toByteArray();
            };
        else if (p == QLatin1String("deviceCategoryDisplayName"))
            get = [&s](qsizetype i) {
                return s.deviceCategory(i);
            };
        else if (p == QLatin1String("azureADDeviceId"))
            get = [&s](qsizetype i) {
                return s.azureAdDeviceId(i);
            };
        else if (p == QLatin1String("osVersion"))
            get = [&s](qsizetype i) {
                return QByteArray(s.record(i).osVersion);
            };
        else if (p == QLatin1String("phoneNumber"))
            get = [&s](qsizetype i) {
                return s.phoneNumber(i);
            };
        else
            return [](qsizetype) {
                return false;
            };
        return [get, leaf](qsizetype i) {
            return compareText(get(i), *leaf);
        };
    });
}

ResourceFilter::Predicate ResourceFilter::compileAudit(const FilterNode &node, const DeviceStore &store,
                                                       const ActionSimulator &actions, qint64 nowMs)
{
    const DeviceStore *s = &store;
    const ActionSimulator *a = &actions;
    return combine(node, [s, a, nowMs](const FilterNode &n) -> Predicate {
        const FilterNode *leaf = &n;
        const QString &p = n.property;
        if (p == QLatin1String("requestDateTime"))
            return [a, leaf](qsizetype i) {
                return compareTime(a->audits().entry(i).requestMs, leaf->op, leaf->number);
            };
        if (p == QLatin1String("action"))
            return [a, leaf](qsizetype i) {
                return compareText(remoteActionName(a->audits().entry(i).kind).toByteArray(), *leaf);
            };
        if (p == QLatin1String("actionState"))
            return [a, leaf, nowMs](qsizetype i) {
                return compareText(actionStateName(a->auditState(a->audits().entry(i), nowMs)).toByteArray(),
                                   *leaf);
            };
        if (p == QLatin1String("managedDeviceId"))
            return [a, s, leaf](qsizetype i) {
                return compareText(s->id(a->audits().entry(i).device), *leaf);
            };
        if (p == QLatin1String("initiatedByUserPrincipalName"))
            return [a, leaf](qsizetype i) {
                return compareText(a->audits().initiator(a->audits().entry(i).initiator), *leaf);
            };
        return [](qsizetype) {
            return false;
        };
    });
}

} // namespace passcode::sandbox
