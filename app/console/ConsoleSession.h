// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/console/ConsoleOptions.h"
#include "core/common/Clock.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QSettings;

namespace passcode {
namespace actions {
class ActionJournal;
class ActionService;
class ActionTracker;
class AuditFeed;
} // namespace actions
namespace devices {
class DeviceDirectory;
class DeviceDirectoryLoader;
} // namespace devices
namespace graph {
class GraphClient;
}
namespace sandbox {
class SandboxHost;
}
namespace ui {
struct ConsoleContext;
class DialogPresenter;
class MainWindow;
} // namespace ui
} // namespace passcode

namespace passcode::console {

class SandboxTokenProvider;

/**
 * The console's object graph on the embedded sandbox tenant: the sandbox on its worker thread, one
 * QNetworkAccessManager, the GraphClient with a sandbox token, DeviceDirectory and its loader, ActionTracker,
 * ActionJournal, ActionService (resumed from the journal), AuditFeed, and the MainWindow over a
 * ConsoleContext.
 *
 * start() returns at once: the sandbox starts on its thread (generating a large tenant never blocks the UI
 * thread), then ready() (the window exists and the first load has started) or failed(). Destruction tears
 * down in reverse: window, engine, client, sandbox.
 */
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    /**
     * @param settings window state and preferences (not owned; may be null).
     * @param dialogs the dialog presenter (not owned); null: the real widget dialogs.
     */
    ConsoleSession(ConsoleOptions options, QSettings *settings, ui::DialogPresenter *dialogs = nullptr,
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    /** Applies a language live ("" = system); set before start(). */
    void setLanguageHandler(std::function<void(const QString &)> handler);
    /** A journal path instead of the per-sandbox default (tests, ephemeral runs). */
    void setJournalPath(const QString &path);

    void start();

    ui::MainWindow *window() const { return m_window.get(); }
    sandbox::SandboxHost *sandboxHost() const { return m_host.get(); }
    devices::DeviceDirectory &directory() const { return *m_directory; }
    devices::DeviceDirectoryLoader &loader() const { return *m_loader; }
    actions::ActionTracker &tracker() const { return *m_tracker; }
    actions::ActionService &service() const { return *m_service; }
    actions::AuditFeed &auditFeed() const { return *m_feed; }
    QNetworkAccessManager &network() { return m_network; }
    const Clock &clock() const { return m_clock; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void onSandboxStarted();

    ConsoleOptions m_options;
    QSettings *m_settings;
    std::unique_ptr<ui::DialogPresenter> m_ownDialogs;
    ui::DialogPresenter *m_dialogs;
    std::function<void(const QString &)> m_languageHandler;
    QString m_journalPath;

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<SandboxTokenProvider> m_tokens;
    std::unique_ptr<graph::GraphClient> m_client;
    std::unique_ptr<devices::DeviceDirectory> m_directory;
    std::unique_ptr<devices::DeviceDirectoryLoader> m_loader;
    std::unique_ptr<actions::ActionTracker> m_tracker;
    std::unique_ptr<actions::ActionJournal> m_journal;
    std::unique_ptr<actions::ActionService> m_service;
    std::unique_ptr<actions::AuditFeed> m_feed;
    std::unique_ptr<ui::ConsoleContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    QTimer m_passcodeExpiry; ///< drops passcodes from memory once their 7 days are over
};

} // namespace passcode::console
