// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/TenantPages.h"

#include "core/actions/ActionService.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/rbac/PermissionCheck.h"
#include "ui/ConsoleContext.h"
#include "ui/bulk/BulkController.h"
#include "ui/deviceactions/DeviceActionsPage.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/SandboxBanner.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/signin/SignInBanner.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace passcode::ui {

namespace {
/** Black or white, whichever reads better on @p background. */
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}
} // namespace

TenantPages::TenantPages(const QString &id, const QString &name, const QColor &color, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_name(name)
    , m_color(color.isValid() ? color : QColor(0x60, 0x7d, 0x8b))
{
    setObjectName(QStringLiteral("tenantPages"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The band: the tenant's colour and name above every page of the tenant.
    m_band = new QWidget(this);
    m_band->setObjectName(QStringLiteral("tenantBand"));
    m_band->setAutoFillBackground(true);
    QPalette palette = m_band->palette();
    palette.setColor(QPalette::Window, m_color);
    palette.setColor(QPalette::WindowText, textOn(m_color));
    m_band->setPalette(palette);
    auto *bandLayout = new QVBoxLayout(m_band);
    bandLayout->setContentsMargins(10, 4, 10, 4);
    m_bandLabel = new QLabel(m_name, m_band);
    m_bandLabel->setObjectName(QStringLiteral("tenantBandLabel"));
    QFont bold = m_bandLabel->font();
    bold.setBold(true);
    m_bandLabel->setFont(bold);
    bandLayout->addWidget(m_bandLabel);
    layout->addWidget(m_band);

    m_stack = new QStackedWidget(this);
    m_statusPage = new QWidget(m_stack);
    m_statusPage->setObjectName(QStringLiteral("tenantStatusPage"));
    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addStretch(1);
    m_statusLabel = new QLabel(m_statusPage);
    m_statusLabel->setObjectName(QStringLiteral("tenantStatusLabel"));
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_statusLabel->setFocusPolicy(Qt::StrongFocus);
    statusLayout->addWidget(m_statusLabel);
    m_signInButton = new QPushButton(m_statusPage);
    m_signInButton->setObjectName(QStringLiteral("tenantSignInButton"));
    m_signInButton->setVisible(false);
    statusLayout->addWidget(m_signInButton, 0, Qt::AlignHCenter);
    statusLayout->addStretch(2);
    connect(m_signInButton, &QPushButton::clicked, this, &TenantPages::signInRequested);
    m_stack->addWidget(m_statusPage);
    layout->addWidget(m_stack, 1);
    retranslate();
}

TenantPages::~TenantPages() = default;

void TenantPages::attach(ConsoleContext &c)
{
    detach();
    m_context = &c;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    int at = 1; // below the band
    if (c.isSandbox) {
        m_banner = new SandboxBanner(this);
        layout->insertWidget(at++, m_banner);
        m_attached.append(m_banner);
    }
    if (c.auth) {
        m_signInBanner = new SignInBanner(this);
        m_signInBanner->setVisible(false);
        layout->insertWidget(at++, m_signInBanner);
        m_attached.append(m_signInBanner);
        connect(m_signInBanner, &SignInBanner::signInRequested, this, &TenantPages::signInRequested);
    }
    m_devicesPage = new DevicesPage(c.directory, c.clock, c.dialogs, m_stack);
    m_devicesPage->setTracker(&c.tracker);
    if (c.client)
        m_devicesPage->setServerLookup(*c.client, c.directory);
    m_overviewPage = new DeviceOverviewPage(c, m_stack);
    m_actionsPage = new DeviceActionsPage(c.auditFeed, c.clock, m_stack);
    m_actionsPage->setDeviceSource(
        [directory = &c.directory](const QString &id) { return directory->findById(id); });
    for (QWidget *page : {static_cast<QWidget *>(m_devicesPage), static_cast<QWidget *>(m_overviewPage),
                          static_cast<QWidget *>(m_actionsPage)}) {
        m_stack->addWidget(page);
        m_attached.append(page);
    }
    connect(m_devicesPage, &DevicesPage::refreshRequested, &c.loader,
            &devices::DeviceDirectoryLoader::refresh);
    connect(m_devicesPage, &DevicesPage::cancelRequested, &c.loader, &devices::DeviceDirectoryLoader::cancel);
    connect(m_devicesPage, &DevicesPage::deviceActivated, this, &TenantPages::openDevice);
    connect(m_actionsPage, &DeviceActionsPage::deviceActivated, this, &TenantPages::openDevice);
    connect(m_overviewPage, &DeviceOverviewPage::allDevicesRequested, this, [this] {
        showPlace(Place::AllDevices);
        m_devicesPage->view()->setFocus();
    });
    // A device read by id is the freshest copy: the list shows it too.
    connect(&c.service, &actions::ActionService::deviceFetched, m_devicesPage,
            [&directory = c.directory](const devices::Device &device) { directory.upsert(device); });
    connect(m_devicesPage, &DevicesPage::statusMessage, this, &TenantPages::statusMessage);
    connect(m_overviewPage, &DeviceOverviewPage::statusMessage, this, &TenantPages::statusMessage);
    connect(m_actionsPage, &DeviceActionsPage::statusMessage, this, &TenantPages::statusMessage);
    // A state written after the send failed (the action goes on, but this console's record of it may be
    // missing), or a claim before it failed (nothing left: the action's own error says so too).
    connect(&c.service, &actions::ActionService::journalError, m_devicesPage, [this](const Error &error) {
        Q_EMIT statusMessage(tr("The action journal could not be written: %1").arg(error.message));
    });
    if (c.permissions) {
        // Said once per attach: the actions stay as the rules say, and Intune's 403 still explains a refusal.
        m_permissionsNoticeShown = false;
        connect(c.permissions, &rbac::PermissionCheck::changed, m_devicesPage,
                [this] { notePermissionsNotChecked(); });
        QTimer::singleShot(0, m_devicesPage, [this] { notePermissionsNotChecked(); });
    }
    m_devicesPage->bulkAction()->setVisible(c.bulk != nullptr);
    if (c.bulk) {
        m_bulk = new BulkController(*c.bulk, c.tracker, c.clock, c.dialogs, c.tenantName, this);
        connect(m_devicesPage, &DevicesPage::bulkActionRequested, m_bulk, &BulkController::planFor);
        // Once the window is up: an interrupted run is offered for resume.
        QTimer::singleShot(0, m_bulk, [bulk = m_bulk] { bulk->offerResume(); });
    }
    showPlace(Place::AllDevices);
}

void TenantPages::notePermissionsNotChecked()
{
    const rbac::PermissionCheck *check = m_context ? m_context->permissions : nullptr;
    if (!check || m_permissionsNoticeShown || check->state() != rbac::PermissionCheck::State::NotChecked)
        return;
    m_permissionsNoticeShown = true;
    Q_EMIT statusMessage(
        tr("Permissions not checked: %1 Passcode actions are offered as before; Intune still "
           "refuses what your role does not allow.")
            .arg(check->notCheckedReason()));
}

void TenantPages::detach()
{
    if (!m_context)
        return;
    m_stack->setCurrentWidget(m_statusPage);
    delete m_bulk;
    for (QWidget *widget : std::as_const(m_attached))
        delete widget;
    m_attached.clear();
    m_bulk = nullptr;
    m_banner = nullptr;
    m_signInBanner = nullptr;
    m_devicesPage = nullptr;
    m_overviewPage = nullptr;
    m_actionsPage = nullptr;
    m_context = nullptr;
    Q_EMIT pageChanged();
}

void TenantPages::setStatus(const QString &text, bool signInOffered)
{
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleName(tr("%1: %2", "tenant: state").arg(m_name, text));
    m_signInButton->setVisible(signInOffered);
}

QString TenantPages::statusText() const
{
    return m_statusLabel->text();
}

QWidget *TenantPages::currentPage() const
{
    return m_stack->currentWidget();
}

Place TenantPages::place() const
{
    return m_actionsPage && currentPage() == m_actionsPage ? Place::DeviceActions : Place::AllDevices;
}

bool TenantPages::canGoBack() const
{
    return m_overviewPage && currentPage() == m_overviewPage;
}

void TenantPages::showPlace(Place place)
{
    if (!m_context)
        return;
    m_stack->setCurrentWidget(place == Place::DeviceActions ? static_cast<QWidget *>(m_actionsPage)
                                                            : static_cast<QWidget *>(m_devicesPage));
    Q_EMIT pageChanged();
}

void TenantPages::openDevice(const QString &deviceId)
{
    if (!m_context)
        return;
    if (currentPage() != m_overviewPage)
        m_returnPlace = currentPage() == m_actionsPage ? Place::DeviceActions : Place::AllDevices;
    m_overviewPage->openDevice(deviceId);
    m_stack->setCurrentWidget(m_overviewPage);
    m_overviewPage->setFocus();
    Q_EMIT pageChanged();
    Q_EMIT deviceOpened(deviceId);
}

void TenantPages::goBack()
{
    if (!canGoBack())
        return;
    showPlace(m_returnPlace);
    if (m_returnPlace == Place::AllDevices)
        m_devicesPage->view()->setFocus();
}

void TenantPages::refreshCurrent()
{
    if (!m_context)
        return;
    QWidget *page = currentPage();
    if (page == m_devicesPage)
        m_context->loader.refresh();
    else if (page == m_actionsPage)
        m_actionsPage->refresh();
    else if (page == m_overviewPage && !m_overviewPage->deviceId().isEmpty())
        m_overviewPage->openDevice(m_overviewPage->deviceId());
}

void TenantPages::focusPage()
{
    if (QWidget *page = currentPage(); page == m_devicesPage)
        m_devicesPage->view()->setFocus();
    else if (page == m_statusPage && m_signInButton->isVisible())
        m_signInButton->setFocus();
    else if (page)
        page->setFocus();
}

void TenantPages::retranslate()
{
    m_band->setAccessibleName(tr("Tenant: %1").arg(m_name));
    m_bandLabel->setAccessibleName(tr("Tenant: %1").arg(m_name));
    m_signInButton->setText(tr("&Sign in to %1…").arg(QString(m_name).replace(u'&', QStringLiteral("&&"))));
    m_signInButton->setAccessibleName(tr("Sign in to %1").arg(m_name));
}

void TenantPages::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
