// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's $filter parser (sandbox/odata/FilterParser.h) over any text: parse, validate against the
// managedDevices and remoteActionAudits capabilities, and evaluate what validates over a small generated
// tenant (ResourceFilter). A parse that fails says why; one that succeeds gives a tree.
#include "FuzzSupport.h"

#include "sandbox/odata/ResourceFilter.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/TenantGenerator.h"

using namespace passcode::sandbox;
using passcode::fuzz::check;

namespace {

constexpr qint64 kStartMs = 1'780'000'000'000; // 2026-05-28, a fixed tenant start

struct Tenant
{
    GeneratedTenant generated = TenantGenerator::generate(7, 40, kStartMs);
    ActionSimulator actions{generated.store, 7};
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Tenant tenant;
    const QString text = QString::fromUtf8(passcode::fuzz::bytes(data, size));
    QString error;
    const std::unique_ptr<FilterNode> node = FilterParser::parse(text, &error);
    check(node != nullptr || !error.isEmpty());
    if (!node)
        return 0;

    QString invalid;
    if (FilterParser::validate(*node, ResourceFilter::deviceCapabilities(), &invalid)) {
        DeviceSerializer::Context ctx;
        ctx.store = &tenant.generated.store;
        ctx.actions = &tenant.actions;
        ctx.nowMs = kStartMs + 3'600'000;
        const ResourceFilter::Predicate match = ResourceFilter::compileDevice(*node, ctx);
        for (qsizetype i = 0; i < tenant.generated.store.size(); ++i)
            match(i);
    }
    if (FilterParser::validate(*node, ResourceFilter::auditCapabilities(), &invalid)) {
        const ResourceFilter::Predicate match =
            ResourceFilter::compileAudit(*node, tenant.generated.store, tenant.actions, kStartMs + 3'600'000);
        for (qsizetype i = 0; i < tenant.actions.audits().size(); ++i)
            match(i);
    }
    return 0;
}
