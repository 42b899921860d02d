// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QPixmap;
class QWidget;

namespace passcode::console {

class ConsoleSession;

/**
 * `passcode-console --screenshot-dir DIR`: walks the real program through its pages on the sandbox tenant and
 * saves QWidget::grab() images (docs/screenshots): All devices, an eligible device's Overview, the
 * confirmation, the passcode panel with a code (masked), a device whose actions are disabled with their
 * reasons, Device actions, the command palette (Ctrl+K, the devices just opened first), Preferences (language
 * and tenant), then a bulk passcode action on 36 devices of the list (30 resets, 6 without an action): the
 * selection, the plan, the run's progress and its results grid. The sandbox's control API moves tenant time
 * forward so the action completes in seconds. File names end with the interface language
 * ("all-devices-en.png"). The main window is shot on a 1280 × 800 screen and again on a 1024 × 700 one
 * ("all-devices-1024x700-en.png"); at 200 % scaling (QT_SCALE_FACTOR=2) the names carry "@2x". With
 * --sandbox-sign-in the tour begins at the sign-in dialog (startAtSignIn()): a device code is asked for and
 * shown ("sign-in-en.png"), then approved through the sandbox's control API.
 */
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(ConsoleSession &session, QString directory, QString language, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    /** Begins on the main window (call once it exists). */
    void start();
    /** Begins on the sign-in dialog of a --sandbox-sign-in session (call before the session starts). */
    void startAtSignIn();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Step = std::function<void()>;
    void waitFor(const QString &what, std::function<bool()> condition, int timeoutMs, Step next);
    void after(int ms, Step next);
    bool save(QWidget *widget, const QString &name);
    /** Saves an image made by the tour (a popup drawn over the window) as save() names it. */
    bool savePixmap(const QPixmap &pixmap, const QString &name);
    void fail(const QString &message);
    /** The sandbox's control API at @p path: the embedded sandbox's, else the endpoint's (a standalone
     * passcode-sandbox reached with --graph-url serves it beside Graph). */
    QUrl controlUrl(const QString &path) const;
    void controlGet(const QString &path, std::function<void(const QJsonObject &)> done);
    void controlPost(const QString &path, const QJsonObject &body, Step done);

    void searchAllTenants();
    void pickDevices();
    void showDeviceList();
    void showEligibleDevice();
    void showConfirmation();
    void waitForPasscode();
    void showDisabledDevice();
    void showDeviceActions();
    void showCommandPalette();
    void showPreferences();
    void showBulkPlan();
    void showBulkProgress();
    void showBulkResults();

    ConsoleSession &m_session;
    QString m_directory;
    QString m_language;
    QString m_eligibleId;
    QString m_ineligibleId;
    int m_advances = 0;
    int m_saved = 0;
    int m_attempted = 0;
    bool m_startedAtSignIn = false;
    bool m_done = false;
};

} // namespace passcode::console
