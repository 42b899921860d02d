// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicesFindCommand.h"

#include "CtlSession.h"
#include "DeviceListWriter.h"
#include "ExitCode.h"
#include "Output.h"
#include "TenantFinder.h"

#include "core/auth/TenantRoster.h"

#include <QSettings>

namespace passcode::ctl {

DevicesFindCommand::DevicesFindCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : Command(options, out, err, parent)
{}

DevicesFindCommand::~DevicesFindCommand()
{
    m_finders.clear(); // their sessions end before the command's streams
}

void DevicesFindCommand::execute()
{
    m_writer = DeviceListWriter::create(options().json ? DeviceListWriter::Format::JsonLines
                                                       : DeviceListWriter::Format::Table,
                                        /*tenantColumn=*/true);
    if (!options().allTenants) {
        addFinder(options());
        startFinders();
        return;
    }
    QList<auth::TenantProfile> profiles;
    {
        const std::unique_ptr<QSettings> settings = CtlSession::consoleSettings();
        profiles = auth::TenantRoster(settings.get()).profiles();
    }
    if (profiles.isEmpty()) {
        fail(ExitUsage, tr("No tenant in the roster: add them with 'passcodectl tenants add' (or leave out "
                           "--all-tenants)."));
        return;
    }
    for (const auth::TenantProfile &profile : std::as_const(profiles)) {
        // Each roster entry exactly as `--tenant NAME` reaches it; nothing of this command line's target.
        CtlOptions one = options();
        one.tenant = profile.id;
        one.remote = true;
        one.accessToken.clear(); // a token from the environment belongs to one tenant, not to all
        one.journalPath.clear();
        addFinder(one);
    }
    startFinders();
}

void DevicesFindCommand::addFinder(const CtlOptions &options)
{
    auto finder = std::make_unique<TenantFinder>(options);
    TenantFinder *f = finder.get();
    connect(f, &TenantFinder::found, this,
            [this, f](const QList<devices::Device> &devices) { write(f, devices); });
    connect(f, &TenantFinder::finished, this,
            [this, f](const std::optional<Error> &error) { tenantDone(f, error); });
    m_finders.push_back(std::move(finder));
}

void DevicesFindCommand::startFinders()
{
    // Counted first: a tenant may fail at once (no sign-in saved) while the others have not started.
    m_running = int(m_finders.size());
    for (const std::unique_ptr<TenantFinder> &finder : m_finders)
        finder->start(options().device);
}

void DevicesFindCommand::write(TenantFinder *finder, const QList<devices::Device> &devices)
{
    if (isFinished())
        return;
    m_writer->setTenant(finder->label());
    for (const devices::Device &device : devices)
        m_writer->add(device, out().buffer());
    m_found += devices.size();
    m_writer->releaseHeld(out().buffer()); // the first answer fixes the table's widths; later rows stream
    out().flush();
}

void DevicesFindCommand::tenantDone(TenantFinder *finder, const std::optional<Error> &error)
{
    if (error) {
        m_failed.append(finder->label());
        if (!m_firstError)
            m_firstError = error;
        if (options().allTenants)
            printError(tr("%1 could not be searched: %2").arg(finder->label(), error->toDisplayString()));
    }
    if (--m_running > 0 || isFinished())
        return;
    if (m_found > 0)
        m_writer->finish(out().buffer());
    if (!options().allTenants && m_firstError) {
        fail(*m_firstError);
        return;
    }
    if (m_failed.size() == qsizetype(m_finders.size())) {
        fail(ExitService, tr("No tenant could be searched."));
        return;
    }
    if (!m_failed.isEmpty()) {
        fail(ExitService, tr("%n tenant(s) could not be searched: %1; the devices of the others are listed.",
                             nullptr, int(m_failed.size()))
                              .arg(m_failed.join(QStringLiteral(", "))));
        return;
    }
    if (m_found == 0) {
        fail(ExitUsage, options().allTenants ? tr("No device matches '%1' in any tenant (%n searched).",
                                                  nullptr, int(m_finders.size()))
                                                   .arg(options().device)
                                             : tr("No device matches '%1'.").arg(options().device));
        return;
    }
    finish(ExitSuccess);
}

} // namespace passcode::ctl
