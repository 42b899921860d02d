// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/ConsoleSession.h"

#include "app/console/PlatformNotifier.h"
#include "app/console/TenantPlanner.h"
#include "app/console/TenantSession.h"
#include "core/auth/AuthSession.h"
#include "core/auth/TenantRoster.h"
#include "core/auth/TenantSettings.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/ConsoleContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/TenantPages.h"
#include "ui/mainwindow/WidgetDialogPresenter.h"
#include "ui/notify/ActionNotifications.h"
#include "ui/settings/RosterChanges.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInDialog.h"
#include "ui/tenants/TenantHandle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace passcode::console {

namespace {
Q_LOGGING_CATEGORY(lcConsole, "passcode.console")

} // namespace

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
    teardownAll();
    m_retired.clear();
}

void ConsoleSession::setLanguageHandler(std::function<void(const QString &)> handler)
{
    m_languageHandler = std::move(handler);
}

void ConsoleSession::setJournalPath(const QString &path)
{
    m_journalPath = path;
}

void ConsoleSession::setSecretStore(auth::SecretStore *store)
{
    m_injectedStore = store;
}

void ConsoleSession::setDeviceCodeSecondMs(int ms)
{
    m_deviceCodeSecondMs = ms;
}

ui::SignInDialog *ConsoleSession::signInDialog() const
{
    return m_signInDialog.data();
}

QList<TenantSession *> ConsoleSession::tenants() const
{
    QList<TenantSession *> list;
    for (const auto &t : m_tenants)
        list.append(t.get());
    return list;
}

TenantSession *ConsoleSession::tenant(const QString &id) const
{
    for (const auto &t : m_tenants) {
        if (t->id() == id)
            return t.get();
    }
    return nullptr;
}

TenantSession *ConsoleSession::currentTenant() const
{
    if (m_window) {
        if (TenantSession *t = tenant(m_window->currentTenantId()))
            return t;
    }
    return m_tenants.empty() ? nullptr : m_tenants.front().get();
}

ui::TenantHandles ConsoleSession::tenantHandles() const
{
    ui::TenantHandles handles;
    for (const auto &t : m_tenants)
        handles.append(t->handle());
    return handles;
}

void ConsoleSession::switchTo(const QString &id)
{
    if (m_window)
        m_window->setCurrentTenant(id);
}

auth::AuthSession *ConsoleSession::auth() const
{
    TenantSession *t = currentTenant();
    return t ? t->auth() : nullptr;
}

sandbox::SandboxHost *ConsoleSession::sandboxHost() const
{
    TenantSession *t = currentTenant();
    return t ? t->sandboxHost() : nullptr;
}

engine::TenantEngine &ConsoleSession::engine() const
{
    return *currentTenant()->engine();
}

devices::DeviceDirectory &ConsoleSession::directory() const
{
    return engine().directory();
}

devices::DeviceDirectoryLoader &ConsoleSession::loader() const
{
    return engine().loader();
}

actions::ActionTracker &ConsoleSession::tracker() const
{
    return engine().tracker();
}

actions::ActionService &ConsoleSession::service() const
{
    return engine().service();
}

actions::AuditFeed &ConsoleSession::auditFeed() const
{
    return engine().auditFeed();
}

void ConsoleSession::start()
{
    const Result<TenantPlan> plan = TenantPlanner::plan(m_options, m_settings);
    if (!plan) {
        Q_EMIT failed(plan.error().message);
        return;
    }
    m_mode = plan->mode;
    for (const TenantSpec &spec : plan->tenants)
        addTenant(spec);
    // Opened once all are known (each its own journal): a tenant failing at once finds the others there.
    for (TenantSession *t : tenants()) {
        t->setJournalPath(journalPathFor(t->id()));
        t->open();
    }
}

QString ConsoleSession::journalPathFor(const QString &id) const
{
    if (m_journalPath.isEmpty() || m_tenants.size() <= 1)
        return m_journalPath;
    const QFileInfo info(m_journalPath);
    return info.dir().filePath(info.completeBaseName() + u'-' + id + u'.' + info.suffix());
}

TenantSession *ConsoleSession::addTenant(const TenantSpec &spec)
{
    TenantSessionShared shared;
    shared.settings = m_settings;
    shared.dialogs = m_dialogs;
    shared.applyLanguage = m_languageHandler;
    shared.secretStore = m_injectedStore;
    shared.deviceCodeSecondMs = m_deviceCodeSecondMs;
    shared.maxWrites = maxWrites();
    // The journal path is given once all the start's tenants are known (one tenant: the path as given).
    m_tenants.push_back(std::make_unique<TenantSession>(spec, shared));
    TenantSession *t = m_tenants.back().get();
    t->setJournalPath(journalPathFor(t->id()));
    connect(t, &TenantSession::stateChanged, this, [this, t] { onTenantStateChanged(t); });
    connect(t, &TenantSession::opened, this, [this, t] { onTenantOpened(t); });
    connect(t, &TenantSession::aboutToClose, this, [this, t] {
        if (m_window)
            detachFromWindow(t);
    });
    connect(t, &TenantSession::signInStarted, this, [this, t] {
        // At start the first tenant's sign-in shows at once, as before the workspace; the others wait until
        // the technician switches to them.
        if (!m_window && t == m_tenants.front().get())
            showSignIn(t);
    });
    connect(t, &TenantSession::secretStoreUnavailable, this,
            [this, t](const Error &error) { askSessionOnly(t, error); });
    if (m_window)
        addToWindow(t);
    return t;
}

int ConsoleSession::maxWrites() const
{
    if (m_options.maxWrites > 0)
        return m_options.maxWrites;
    const int saved = m_settings ? m_settings
                                       ->value(QLatin1String(ui::SettingsDialog::kMaxWritesKey),
                                               ui::SettingsDialog::kDefaultMaxWrites)
                                       .toInt()
                                 : ui::SettingsDialog::kDefaultMaxWrites;
    return std::clamp(saved, 1, 200);
}

void ConsoleSession::onTenantStateChanged(TenantSession *t)
{
    if (m_window) {
        m_window->setTenantState(t->id(), t->stateText(),
                                 t->state() == TenantSession::State::SignInNeeded && t->auth());
        publishHandles();
        return;
    }
    if (t->state() != TenantSession::State::Failed)
        return;
    // No window yet: the start fails only when no tenant can open any more.
    const bool anyLeft = std::any_of(m_tenants.cbegin(), m_tenants.cend(), [](const auto &other) {
        return other->state() != TenantSession::State::Failed;
    });
    if (anyLeft)
        return;
    if (m_tenants.size() == 1) {
        Q_EMIT failed(t->failure());
        return;
    }
    QStringList reasons;
    for (const auto &other : m_tenants)
        reasons.append(tr("%1: %2", "tenant: reason").arg(other->name(), other->failure()));
    Q_EMIT failed(tr("No tenant could be opened.\n%1").arg(reasons.join(u'\n')));
}

void ConsoleSession::onTenantOpened(TenantSession *t)
{
    if (m_signInDialog && m_signInTenant == t && !m_window) {
        // The dialog closes itself once signed in; it must not linger as the start's dialog.
        m_signInDialog->disconnect(this);
    }
    if (!m_window) {
        buildWindow();
    } else {
        attachToWindow(t);
        m_window->setTenantState(t->id(), t->stateText(), false);
    }
    t->engine()->loader().refresh();
    publishHandles();
    if (m_window && m_window->tenants().size() == 1)
        Q_EMIT ready();
}

void ConsoleSession::buildWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_dialogs, m_settings, m_languageHandler);
    if (!m_notifier)
        m_notifier = createPlatformNotifier();
    m_notifications = std::make_unique<ui::ActionNotifications>(*m_notifier, *m_window, m_settings);
    for (const auto &t : m_tenants)
        addToWindow(t.get());
    // The first tenant in the roster's order that is opening or open is shown (not one that failed or waits
    // for the technician's sign-in).
    for (const auto &t : m_tenants) {
        if (t->state() != TenantSession::State::Failed && t->state() != TenantSession::State::SignInNeeded) {
            m_window->setCurrentTenant(t->id());
            break;
        }
    }
    connect(m_window.get(), &ui::MainWindow::closed, this, &ConsoleSession::finish);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this,
            [this] { QTimer::singleShot(0, this, &ConsoleSession::signOut); });
    connect(m_window.get(), &ui::MainWindow::signInRequested, this, [this](const QString &id) {
        if (TenantSession *t = tenant(id); t && t->auth())
            showSignIn(t);
    });
    connect(m_window.get(), &ui::MainWindow::tenantChangeRequested, this, [this](const ui::TenantFields &f) {
        QTimer::singleShot(0, this, [this, f] { switchTenant(f); });
    });
    connect(m_window.get(), &ui::MainWindow::rosterChanged, this, [this](const ui::RosterChanges &changes) {
        QTimer::singleShot(0, this, [this, changes] { applyRoster(changes); });
    });
    if (m_tenants.size() > 1)
        Q_EMIT ready();
}

void ConsoleSession::addToWindow(TenantSession *t)
{
    m_window->addTenant({t->id(), t->name(), t->color(), t->stateText()});
    m_window->setTenantState(t->id(), t->stateText(),
                             t->state() == TenantSession::State::SignInNeeded && t->auth());
    if (t->context())
        attachToWindow(t);
}

void ConsoleSession::attachToWindow(TenantSession *t)
{
    m_window->attachTenant(t->id(), *t->context());
    m_notifications->watch(t->id(), *t->context());
}

void ConsoleSession::detachFromWindow(TenantSession *t)
{
    m_notifications->unwatch(t->id());
    m_window->detachTenant(t->id());
}

void ConsoleSession::publishHandles()
{
    const ui::TenantHandles handles = tenantHandles();
    if (m_window)
        m_window->setTenantHandles(handles);
    Q_EMIT tenantHandlesChanged(handles);
}

void ConsoleSession::showSignIn(TenantSession *t)
{
    if (m_signInDialog) {
        if (m_signInTenant == t) {
            m_signInDialog->raise();
            return;
        }
        m_signInDialog->disconnect(this);
        m_signInDialog->close();
    }
    const bool single = m_tenants.size() == 1;
    m_signInDialog = new ui::SignInDialog(*t->auth(), *m_dialogs, t->name(), m_window.get());
    m_signInTenant = t;
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->setSandboxOffered(single && m_mode == Mode::Tenant);
    m_signInDialog->setPractice(t->spec().kind == TenantSpec::Kind::PracticeSignIn);
    connect(m_signInDialog, &ui::SignInDialog::sandboxRequested, this, [this] {
        // For this run only: the tenant stays configured for the next start.
        QTimer::singleShot(0, this, [this] {
            teardownAll();
            m_mode = Mode::Sandbox;
            m_options.sandbox = true;
            start();
        });
    });
    connect(m_signInDialog, &QDialog::rejected, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_window)
                return;
            // Several tenants: the window shows them all, the others may still be signed in to.
            if (m_tenants.size() > 1)
                buildWindow();
            else
                finish();
        });
    });
    m_signInDialog->show();
}

void ConsoleSession::askSessionOnly(TenantSession *t, const Error &error)
{
    QWidget *parent = m_signInDialog ? static_cast<QWidget *>(m_signInDialog.data()) : m_window.get();
    m_dialogs->askSessionOnlyStorage(parent, error.message, t->auth(), [t](bool accepted) {
        if (accepted)
            t->auth()->useSessionOnlyStorage();
        else
            t->auth()->declineSessionOnlyStorage();
    });
}

void ConsoleSession::signOut()
{
    TenantSession *t = currentTenant();
    if (!t || !t->auth())
        return;
    if (m_tenants.size() == 1) {
        // The only tenant: the window goes and the sign-in shows again, as before the workspace.
        teardownWindow();
        t->signOut();
        showSignIn(t);
        return;
    }
    t->signOut(); // the others stay signed in; this one shows "Sign-in needed"
}

void ConsoleSession::switchTenant(const ui::TenantFields &fields)
{
    // Sign out of the old tenant first: its saved sign-in leaves the keychain with it.
    if (m_mode == Mode::Tenant && m_tenants.size() == 1 && m_tenants.front()->auth())
        m_tenants.front()->signOut();
    if (m_settings) {
        auth::TenantSettings tenant(m_settings);
        tenant.setTenant(fields.tenant);
        tenant.setClientId(fields.clientId);
        tenant.setCloud(fields.cloud);
        tenant.sync();
    }
    teardownAll();
    m_options.sandbox = false;
    m_options.sandboxSignIn = false;
    m_options.sandboxTenants = 0;
    m_options.graphUrl.clear(); // an Endpoint run's --graph-url is not the new tenant's
    start();
}

void ConsoleSession::applyRoster(const ui::RosterChanges &changes)
{
    if (!m_settings)
        return;
    auth::TenantRoster roster(m_settings);
    QStringList problems;
    for (const QString &id : changes.removed) {
        // Signed out first: its keychain entry goes before its settings do.
        if (TenantSession *t = tenant(id)) {
            if (t->auth())
                t->signOut();
            closeTenant(t);
        }
        roster.remove(id);
    }
    for (const auth::TenantProfile &profile : changes.updated) {
        if (std::optional<Error> error = roster.update(profile)) {
            problems.append(error->message);
            continue;
        }
        // Reopened with its new name, colour or address; its saved sign-in stays.
        if (TenantSession *t = tenant(profile.id))
            closeTenant(t);
        addTenant(TenantPlanner::fromProfile(m_settings, profile))->open();
    }
    for (const auth::TenantProfile &profile : changes.added) {
        const Result<auth::TenantProfile> added = roster.add(profile);
        if (!added) {
            problems.append(added.error().message);
            continue;
        }
        addTenant(TenantPlanner::fromProfile(m_settings, *added))->open();
    }
    publishHandles();
    if (m_window && !problems.isEmpty())
        m_window->statusBar()->showMessage(problems.join(u' '), 10000);
}

void ConsoleSession::closeTenant(TenantSession *t)
{
    if (m_signInTenant == t && m_signInDialog) {
        m_signInDialog->disconnect(this);
        delete m_signInDialog.data();
    }
    if (m_window) {
        m_notifications->unwatch(t->id());
        m_window->removeTenant(t->id());
    }
    t->disconnect(this);
    const auto it =
        std::find_if(m_tenants.begin(), m_tenants.end(), [t](const auto &p) { return p.get() == t; });
    if (it == m_tenants.end())
        return;
    std::unique_ptr<TenantSession> owned = std::move(*it);
    m_tenants.erase(it);
    if (owned->isRemovingSecrets()) {
        TenantSession *raw = owned.get();
        connect(owned->auth(), &auth::AuthSession::signOutCompleted, this, [this, raw] {
            QTimer::singleShot(0, this, [this, raw] {
                std::erase_if(m_retired, [raw](const auto &r) { return r.get() == raw; });
            });
        });
        m_retired.push_back(std::move(owned));
    }
}

void ConsoleSession::teardownWindow()
{
    if (!m_window)
        return;
    m_window->saveLayout();
    m_window->disconnect(this);
    m_window->hide();
    // The pages go before the contexts they are built on.
    for (const auto &t : m_tenants)
        detachFromWindow(t.get());
    m_notifications.reset();
    m_window.reset();
}

void ConsoleSession::teardownAll()
{
    teardownWindow();
    if (m_signInDialog) {
        m_signInDialog->disconnect(this);
        delete m_signInDialog.data();
    }
    while (!m_tenants.empty())
        closeTenant(m_tenants.back().get());
}

bool ConsoleSession::removingSecrets() const
{
    const auto removing = [](const auto &t) {
        return t->isRemovingSecrets();
    };
    return std::any_of(m_tenants.cbegin(), m_tenants.cend(), removing) ||
           std::any_of(m_retired.cbegin(), m_retired.cend(), removing);
}

void ConsoleSession::finish()
{
    if (m_finishing)
        return;
    if (!removingSecrets()) {
        Q_EMIT finished();
        return;
    }
    // A sign-out is still removing the saved sign-in: the program must not exit before it has.
    m_finishing = true;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited] {
        if (removingSecrets() && waited.elapsed() < 10000)
            return;
        if (removingSecrets())
            qCWarning(lcConsole) << "the sign-out did not finish removing the saved sign-in";
        poll->deleteLater();
        m_finishing = false;
        Q_EMIT finished();
    });
    poll->start();
}

} // namespace passcode::console
