// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/ConsoleSession.h"

#include "app/console/SandboxTokenProvider.h"
#include "core/actions/ActionJournal.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/AuditFeed.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/graph/GraphClient.h"
#include "sandbox/SandboxHost.h"
#include "ui/ConsoleContext.h"
#include "ui/dialogs/WidgetDialogPresenter.h"
#include "ui/mainwindow/MainWindow.h"

#include <QLoggingCategory>

namespace passcode::console {

namespace {
Q_LOGGING_CATEGORY(lcConsole, "passcode.console")
}

ConsoleSession::ConsoleSession(ConsoleOptions options, QSettings *settings, ui::DialogPresenter *dialogs,
                               QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
    , m_ownDialogs(dialogs ? nullptr : std::make_unique<ui::WidgetDialogPresenter>())
    , m_dialogs(dialogs ? dialogs : m_ownDialogs.get())
{}

ConsoleSession::~ConsoleSession()
{
    // Reverse order of construction: the window and the engine cancel their requests before the client and
    // the sandbox go away.
    m_passcodeExpiry.stop();
    m_window.reset();
    m_context.reset();
    m_feed.reset();
    m_service.reset();
    m_loader.reset();
    m_client.reset();
    m_tokens.reset();
    if (m_host)
        m_host->stop();
}

void ConsoleSession::setLanguageHandler(std::function<void(const QString &)> handler)
{
    m_languageHandler = std::move(handler);
}

void ConsoleSession::setJournalPath(const QString &path)
{
    m_journalPath = path;
}

void ConsoleSession::start()
{
    sandbox::SandboxOptions so;
    so.devices = m_options.devices;
    so.seed = sandbox::SandboxOptions::parseSeed(m_options.seed);
    so.timeScale = m_options.timeScale;
    m_host = std::make_unique<sandbox::SandboxHost>(so);
    connect(m_host.get(), &sandbox::SandboxHost::started, this, &ConsoleSession::onSandboxStarted);
    connect(m_host.get(), &sandbox::SandboxHost::failed, this, [this](const QString &error) {
        Q_EMIT failed(tr("The sandbox tenant could not start: %1").arg(error));
    });
    m_host->startAsync();
}

void ConsoleSession::onSandboxStarted()
{
    const QString upn = m_host->defaultUpn();
    m_tokens = std::make_unique<SandboxTokenProvider>(*m_host, upn);
    if (m_tokens->accessToken().isEmpty()) {
        Q_EMIT failed(tr("The sandbox tenant gave no token for %1.").arg(upn));
        return;
    }
    graph::GraphClient::Options options;
    options.baseUrl = m_host->baseUrl();
    options.userAgent = QByteArrayLiteral("PasscodeConsole/" PASSCODE_VERSION);
    m_client = std::make_unique<graph::GraphClient>(&m_network, m_tokens.get(), m_clock, options);
    m_directory = std::make_unique<devices::DeviceDirectory>();
    m_loader = std::make_unique<devices::DeviceDirectoryLoader>(*m_client, *m_directory);
    m_tracker = std::make_unique<actions::ActionTracker>(m_clock);
    // Each sandbox tenant (seed, size) keeps its own journal, apart from real tenants' (as passcodectl does).
    const QString journalPath =
        m_journalPath.isEmpty()
            ? actions::ActionJournal::defaultPath(
                  QStringLiteral("sandbox-%1-%2").arg(m_options.seed).arg(m_options.devices))
            : m_journalPath;
    m_journal = std::make_unique<actions::ActionJournal>(journalPath);
    m_service = std::make_unique<actions::ActionService>(*m_client, *m_tracker, *m_journal, m_clock);
    m_service->setInitiator(upn);
    m_feed = std::make_unique<actions::AuditFeed>(*m_client, *m_tracker);

    m_context = std::unique_ptr<ui::ConsoleContext>(
        new ui::ConsoleContext{*m_directory, *m_loader, *m_tracker, *m_service, *m_feed, m_clock, *m_dialogs,
                               upn.section(QLatin1Char('@'), 1), upn, true, m_settings, m_languageHandler});
    m_window = std::make_unique<ui::MainWindow>(*m_context);

    if (const std::optional<Error> error = m_service->resumeFromJournal())
        qCWarning(lcConsole) << "journal not resumed:" << error->toDisplayString();
    // A passcode stays in memory only as long as Intune shows it (7 days), even in a console left open.
    m_passcodeExpiry.setInterval(std::chrono::minutes(1));
    connect(&m_passcodeExpiry, &QTimer::timeout, m_tracker.get(), [this] { m_tracker->expirePasscodes(); });
    m_passcodeExpiry.start();
    m_loader->refresh();
    Q_EMIT ready();
}

} // namespace passcode::console
