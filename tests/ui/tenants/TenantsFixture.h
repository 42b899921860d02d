// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Three sandbox tenants over 127.0.0.1, each with its own engine, as the views spanning tenants see them
// (ui::TenantHandle), plus a fourth that is not signed in.

#include "EngineHarness.h"
#include "core/actions/AuditFeed.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/tenants/TenantHandle.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace passcode::uitest {

class ThreeTenants
{
public:
    static constexpr int kTenants = 3;

    bool start()
    {
        const QStringList names{QStringLiteral("Contoso"), QStringLiteral("Fabrikam"),
                                QStringLiteral("Northwind")};
        const QList<QColor> colors{QColor(0x0078d4), QColor(0x107c10), QColor(0xd83b01)};
        for (int i = 0; i < kTenants; ++i) {
            sandbox::SandboxOptions o;
            o.devices = 400;
            o.seed = quint64(31 + i);
            o.throttleScale = 0;
            sandboxes.push_back(std::make_unique<itest::SandboxFixture>(o));
            QString error;
            if (!sandboxes.back()->start(&error))
                return false;
            engines.push_back(itest::openTestEngine(*sandboxes.back(),
                                                    scratch.filePath(QStringLiteral("j%1.json").arg(i))));
            if (!engines.back())
                return false;
            ui::TenantHandle h;
            h.id = QStringLiteral("tenant-%1").arg(i);
            h.name = names.at(i);
            h.color = colors.at(i);
            h.client = &engines.back()->client();
            h.directory = &engines.back()->directory();
            h.auditFeed = &engines.back()->auditFeed();
            handles.append(h);
        }
        ui::TenantHandle signedOut;
        signedOut.id = QStringLiteral("tenant-3");
        signedOut.name = QStringLiteral("Tailspin");
        signedOut.problem = QStringLiteral("Sign-in needed");
        handles.append(signedOut);
        return true;
    }

    QTemporaryDir scratch;
    std::vector<std::unique_ptr<itest::SandboxFixture>> sandboxes;
    std::vector<std::unique_ptr<engine::TenantEngine>> engines;
    ui::TenantHandles handles;
};

} // namespace passcode::uitest
