// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mainwindow/NavigationPane.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace passcode::ui {

struct ConsoleContext;
class BulkController;
class DeviceActionsPage;
class DeviceOverviewPage;
class DevicesPage;
class SandboxBanner;
class SignInBanner;

/**
 * One tenant's pages in the main window: the tenant band (its colour and name, on every page of the tenant),
 * the sandbox and sign-in banners, and the page stack (All devices, a device's Overview, Device actions) with
 * the bulk controller. Each tenant keeps its own page, search, scroll and selection while another is shown.
 *
 * Until the tenant is open (signing in, sign-in needed, failed) it shows a status page with the state and,
 * when a sign-in is what is missing, a "Sign in…" button. attach() builds the pages over the tenant's
 * ConsoleContext (which must outlive them until detach() or destruction); detach() drops them.
 */
class TenantPages final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantPages)

public:
    TenantPages(const QString &id, const QString &name, const QColor &color, QWidget *parent = nullptr);
    ~TenantPages() override;

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QColor color() const { return m_color; }

    void attach(ConsoleContext &context);
    void detach();
    bool isAttached() const { return m_context != nullptr; }
    ConsoleContext *context() const { return m_context; }
    /** The state shown while not attached; @p signInOffered shows the "Sign in…" button. */
    void setStatus(const QString &text, bool signInOffered);
    QString statusText() const;
    QPushButton *signInButton() const { return m_signInButton; }

    DevicesPage *devicesPage() const { return m_devicesPage; }
    DeviceOverviewPage *overviewPage() const { return m_overviewPage; }
    DeviceActionsPage *deviceActionsPage() const { return m_actionsPage; }
    BulkController *bulk() const { return m_bulk; }
    SandboxBanner *sandboxBanner() const { return m_banner; }
    SignInBanner *signInBanner() const { return m_signInBanner; }
    QWidget *band() const { return m_band; }
    /** The page shown (the status page while not attached). */
    QWidget *currentPage() const;
    Place place() const;
    bool canGoBack() const;

    void showPlace(Place place);
    void openDevice(const QString &deviceId);
    void goBack();
    void refreshCurrent();
    void focusPage();

Q_SIGNALS:
    /** The page shown changed (title, navigation, Back). */
    void pageChanged();
    void statusMessage(const QString &message);
    /** A device's Overview was opened (from the list, Device actions, the palette…): the recent devices. */
    void deviceOpened(const QString &deviceId);
    /** "Sign in…" on the status page or the sign-in banner. */
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /** "Permissions not checked", once, when the context's permission check could not be done. */
    void notePermissionsNotChecked();

    QString m_id;
    QString m_name;
    QColor m_color;
    ConsoleContext *m_context = nullptr;
    bool m_permissionsNoticeShown = false;
    QWidget *m_band = nullptr;
    QLabel *m_bandLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_statusPage = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_signInButton = nullptr;
    // Built by attach(), deleted and cleared by detach().
    SandboxBanner *m_banner = nullptr;
    SignInBanner *m_signInBanner = nullptr;
    DevicesPage *m_devicesPage = nullptr;
    DeviceOverviewPage *m_overviewPage = nullptr;
    DeviceActionsPage *m_actionsPage = nullptr;
    BulkController *m_bulk = nullptr;
    QList<QWidget *> m_attached; ///< what attach() built (deleted by detach())
    Place m_returnPlace = Place::AllDevices;
};

} // namespace passcode::ui
