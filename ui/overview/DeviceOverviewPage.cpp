// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/DeviceOverviewPage.h"

#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/EligibilityContext.h"
#include "core/actions/SyncService.h"
#include "core/common/Clock.h"
#include "core/devices/DeviceDirectory.h"
#include "core/eligibility/PasscodeRules.h"
#include "core/eligibility/SyncRules.h"
#include "core/rbac/PermissionCheck.h"
#include "ui/ConsoleContext.h"
#include "ui/common/DialogPresenter.h"
#include "ui/common/Headings.h"
#include "ui/common/Icons.h"
#include "ui/common/TimeFormat.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/ActionResultsModel.h"
#include "ui/overview/Breadcrumb.h"
#include "ui/overview/CallerCheckPanel.h"
#include "ui/overview/PasscodePanel.h"
#include "ui/overview/SyncOffer.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace passcode::ui {

using actions::RemoteAction;
using actions::TrackedAction;
using devices::Device;

namespace {

/** The essentials, in display order: object name → label. */
struct EssentialField
{
    const char *name;
    const char *label;
};
constexpr EssentialField kEssentials[] = {
    {"user", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Primary user")},
    {"phone", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Phone number")},
    {"os", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Operating system")},
    {"ownership", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Ownership")},
    {"enrollment", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Enrollment type")},
    {"join", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Join type")},
    {"compliance", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Compliance")},
    {"lastCheckIn", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Last check-in")},
    {"managementState", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Management state")},
    {"managedBy", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Managed by")},
    {"model", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Model")},
    {"manufacturer", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Manufacturer")},
    {"serial", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "Serial number")},
    {"imei", QT_TRANSLATE_NOOP("passcode::ui::DeviceOverviewPage", "IMEI")},
};

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    makeHeading(label, 1.1);
    return label;
}

} // namespace

DeviceOverviewPage::DeviceOverviewPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("deviceOverviewPage"));
    buildUi();
    retranslate();

    connect(&context.service, &actions::ActionService::deviceFetched, this, &DeviceOverviewPage::onFetched);
    connect(&context.service, &actions::ActionService::deviceFetchFailed, this,
            &DeviceOverviewPage::onFetchFailed);
    connect(&context.service, &actions::ActionService::sendFailed, this, &DeviceOverviewPage::onSendFailed);
    connect(&context.tracker, &actions::ActionTracker::stateChanged, this,
            [this](const actions::ActionKey &key) { onTrackerChanged(key); });
    connect(&context.tracker, &actions::ActionTracker::passcodeAvailable, this,
            &DeviceOverviewPage::onTrackerChanged);
    connect(m_breadcrumb, &Breadcrumb::backRequested, this, &DeviceOverviewPage::allDevicesRequested);
    connect(m_retry, &QPushButton::clicked, this, &DeviceOverviewPage::fetch);
    connect(m_actionBar, &ActionBar::actionTriggered, this, &DeviceOverviewPage::requestAction);
    connect(m_callerCheck, &CallerCheckPanel::verificationRequested, this,
            &DeviceOverviewPage::onCallerVerificationRequested);
    connect(m_callerCheck, &CallerCheckPanel::verificationCleared, this,
            &DeviceOverviewPage::renderCallerGate);
    connect(m_actionBar, &ActionBar::syncTriggered, this, &DeviceOverviewPage::requestSync);
    connect(m_syncOffer, &SyncOffer::accepted, this, &DeviceOverviewPage::sendSync);
    connect(m_syncOffer, &SyncOffer::dismissed, this, [this] {
        m_offerDismissedFor = m_syncOffer->property("offeredFor").toString();
        renderSync();
    });
    if (context.sync)
        connect(context.sync, &actions::SyncService::changed, this, [this](const QString &deviceId) {
            if (deviceId == m_deviceId)
                renderSync();
        });
    if (context.permissions)
        connect(context.permissions, &rbac::PermissionCheck::changed, this,
                &DeviceOverviewPage::renderActions);

    m_minuteTicker.setInterval(std::chrono::minutes(1));
    connect(&m_minuteTicker, &QTimer::timeout, this, [this] {
        if (isVisible())
            render();
    });
    m_minuteTicker.start();
}

DeviceOverviewPage::~DeviceOverviewPage() = default;

void DeviceOverviewPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_breadcrumb = new Breadcrumb(content);
    layout->addWidget(m_breadcrumb);

    auto *titleRow = new QHBoxLayout;
    m_title = newPageTitle(content);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadingLabel = new QLabel(content);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_loadingLabel);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);

    m_errorBox = new QWidget(content);
    auto *errorRow = new QHBoxLayout(m_errorBox);
    errorRow->setContentsMargins(0, 0, 0, 0);
    auto *errorIcon = new QLabel(m_errorBox);
    errorIcon->setPixmap(Icons::error().pixmap(QSize(20, 20), devicePixelRatioF()));
    m_errorText = new QLabel(m_errorBox);
    m_errorText->setObjectName(QStringLiteral("fetchError"));
    m_errorText->setWordWrap(true);
    m_retry = new QPushButton(Icons::refresh(), QString(), m_errorBox);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    errorRow->addWidget(errorIcon, 0, Qt::AlignTop);
    errorRow->addWidget(m_errorText, 1);
    errorRow->addWidget(m_retry, 0, Qt::AlignTop);
    m_errorBox->hide();
    layout->addWidget(m_errorBox);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_essentialsTitle = sectionTitle(content);
    left->addWidget(m_essentialsTitle);
    m_essentials = new QFormLayout;
    m_essentials->setLabelAlignment(Qt::AlignLeft);
    for (const EssentialField &field : kEssentials) {
        const QString name = QString::fromLatin1(field.name);
        auto *label = new QLabel(content);
        auto *value = new QLabel(content);
        value->setObjectName(QStringLiteral("essential_") + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_essentials->addRow(label, value);
        m_essentialLabels.insert(name, label);
        m_essentialValues.insert(name, value);
    }
    left->addLayout(m_essentials);
    // Under the essentials, beside the actions: the right column keeps the passcode high on a 700 px screen.
    m_callerCheck = new CallerCheckPanel(content);
    left->addWidget(m_callerCheck);
    left->addStretch(1);
    columns->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    m_actionBar = new ActionBar(content);
    right->addWidget(m_actionBar);
    m_sendError = new QLabel(content);
    m_sendError->setObjectName(QStringLiteral("sendError"));
    m_sendError->setWordWrap(true);
    m_sendError->hide();
    right->addWidget(m_sendError);
    m_syncOffer = new SyncOffer(content);
    right->addWidget(m_syncOffer);
    m_passcode = new PasscodePanel(m_context.clock, content);
    right->addWidget(m_passcode);
    right->addStretch(1);
    columns->addLayout(right, 3);
    layout->addLayout(columns);

    m_resultsTitle = sectionTitle(content);
    layout->addWidget(m_resultsTitle);
    m_results = new ActionResultsModel(this);
    m_resultsView = new QTableView(content);
    m_resultsView->setObjectName(QStringLiteral("actionResults"));
    m_resultsView->setModel(m_results);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setTabKeyNavigation(false);
    m_resultsView->setMinimumHeight(120);
    m_resultsView->setMaximumHeight(200);
    m_resultsView->horizontalHeader()->resizeSection(ActionResultsModel::Action, 170);
    m_resultsView->horizontalHeader()->resizeSection(ActionResultsModel::State, 150);
    m_resultsView->horizontalHeader()->resizeSection(ActionResultsModel::Started, 150);
    m_resultsView->horizontalHeader()->resizeSection(ActionResultsModel::LastUpdated, 150);
    layout->addWidget(m_resultsView);
}

void DeviceOverviewPage::retranslate()
{
    m_essentialsTitle->setText(tr("Essentials"));
    m_resultsTitle->setText(tr("Device action status"));
    m_retry->setText(tr("&Retry"));
    for (const EssentialField &field : kEssentials)
        m_essentialLabels.value(QString::fromLatin1(field.name))->setText(tr(field.label) + QLatin1Char(':'));
    render();
}

void DeviceOverviewPage::openDevice(const QString &deviceId)
{
    m_deviceId = deviceId;
    m_device = m_context.directory.findById(deviceId);
    m_sendError->hide();
    m_errorBox->hide();
    m_passcode->clear();
    render();
    fetch();
}

void DeviceOverviewPage::fetch()
{
    if (m_deviceId.isEmpty())
        return;
    m_loading = true;
    m_errorBox->hide();
    m_loadingLabel->setText(tr("Reading the latest details from Intune…"));
    m_loadingLabel->show();
    // Until the device is read by id, its pending actions are not known: no button may send.
    renderActions();
    m_context.service.fetchDevice(m_deviceId);
}

void DeviceOverviewPage::onFetched(const Device &device)
{
    if (device.id != m_deviceId)
        return;
    m_loading = false;
    m_loadingLabel->hide();
    m_errorBox->hide();
    m_device = device;
    render();
}

void DeviceOverviewPage::onFetchFailed(const QString &deviceId, const Error &error)
{
    if (deviceId != m_deviceId || !m_loading)
        return;
    m_loading = false;
    m_loadingLabel->hide();
    showError(tr("Could not read the device from Intune: %1").arg(error.message), true);
    render();
}

void DeviceOverviewPage::showError(const QString &message, bool retry)
{
    m_errorText->setText(message);
    m_retry->setVisible(retry);
    m_errorBox->show();
}

QString DeviceOverviewPage::errorText() const
{
    return m_errorBox->isHidden() ? QString() : m_errorText->text();
}

void DeviceOverviewPage::onTrackerChanged(const actions::ActionKey &key)
{
    if (key.deviceId == m_deviceId)
        render();
}

void DeviceOverviewPage::onSendFailed(const actions::ActionKey &key, const Error &error)
{
    if (key.deviceId != m_deviceId)
        return;
    m_sendError->setText(
        error.kind == Error::Kind::OutcomeUnknown
            ? tr("%1: the outcome of the request is unknown (%2). It will not be sent again; the "
                 "device is polled until Intune reports it.")
                  .arg(actions::displayName(key.action), error.message)
            : tr("%1 was refused: %2").arg(actions::displayName(key.action), error.message));
    // Intune refused an action the role allows: most likely the device's scope tags.
    if (error.httpStatus == 403 && m_context.permissions && m_context.permissions->permissions())
        m_sendError->setText(m_sendError->text() + QLatin1Char(' ') +
                             m_context.permissions->permissions()->forbiddenHint(key.action));
    m_sendError->show();
}

void DeviceOverviewPage::render()
{
    renderEssentials();
    renderActions();
    if (!m_device) {
        m_results->clear();
        m_passcode->clear();
        m_callerCheck->reset();
        renderCallerGate();
        return;
    }
    QList<TrackedAction> tracked;
    std::optional<TrackedAction> latest;
    for (RemoteAction action : actions::kAllRemoteActions) {
        const std::optional<TrackedAction> t = m_context.tracker.find({m_deviceId, action});
        if (!t || t->state == actions::ActionState::None)
            continue;
        tracked.append(*t);
        const QDateTime when = t->requestedAt.isValid() ? t->requestedAt : t->stateSince;
        const QDateTime best =
            latest ? (latest->requestedAt.isValid() ? latest->requestedAt : latest->stateSince) : QDateTime();
        if (!latest || when > best)
            latest = *t;
    }
    m_callerCheck->setDevice(*m_device, m_context.clock.now());
    renderCallerGate();
    m_results->setDevice(*m_device, tracked);
    if (latest)
        m_passcode->setAction(*m_device, *latest,
                              eligibility::PasscodeRules::platformScope(*m_device, latest->key.action));
    else
        m_passcode->clear();
}

void DeviceOverviewPage::setEssential(const QString &name, const QString &value)
{
    if (QLabel *label = m_essentialValues.value(name))
        label->setText(value.isEmpty() ? tr("—", "no value") : value);
}

QString DeviceOverviewPage::essential(const QString &name) const
{
    const QLabel *label = m_essentialValues.value(name);
    return label ? label->text() : QString();
}

void DeviceOverviewPage::renderEssentials()
{
    const Device d = m_device.value_or(Device{});
    m_title->setText(m_device ? d.deviceName : tr("Device not found"));
    m_breadcrumb->setDeviceName(m_device ? d.deviceName : m_deviceId);
    if (!m_device) {
        for (const EssentialField &field : kEssentials)
            setEssential(QString::fromLatin1(field.name), QString());
        return;
    }
    QString user = d.userPrincipalName;
    if (!d.userDisplayName.isEmpty() && !d.userPrincipalName.isEmpty())
        user = tr("%1 (%2)", "user name (UPN)").arg(d.userDisplayName, d.userPrincipalName);
    else if (d.userPrincipalName.isEmpty())
        user = tr("No primary user");
    setEssential(QStringLiteral("user"), user);
    setEssential(QStringLiteral("phone"), d.phoneNumber);
    setEssential(QStringLiteral("os"), QString(d.operatingSystem + QLatin1Char(' ') + d.osVersion).trimmed());
    setEssential(QStringLiteral("ownership"), devices::displayText(d.ownership));
    setEssential(QStringLiteral("enrollment"), d.enrollmentType == devices::EnrollmentType::Other
                                                   ? d.enrollmentTypeRaw
                                                   : devices::displayText(d.enrollmentType));
    setEssential(QStringLiteral("join"), devices::displayText(d.joinType));
    setEssential(QStringLiteral("compliance"), devices::displayText(d.compliance));
    setEssential(QStringLiteral("lastCheckIn"),
                 d.lastSyncDateTime.isValid()
                     ? tr("%1 (%2)", "date (how long ago)")
                           .arg(TimeFormat::dateTime(d.lastSyncDateTime),
                                TimeFormat::ago(d.lastSyncDateTime, m_context.clock.now()))
                     : tr("Never"));
    setEssential(QStringLiteral("managementState"), d.managementState == devices::ManagementState::Other
                                                        ? d.managementStateRaw
                                                        : devices::displayText(d.managementState));
    setEssential(QStringLiteral("managedBy"), DeviceTableModel::managedByText(d.managementAgent));
    setEssential(QStringLiteral("model"), d.model);
    setEssential(QStringLiteral("manufacturer"), d.manufacturer);
    setEssential(QStringLiteral("serial"), d.serialNumber);
    setEssential(QStringLiteral("imei"), d.imei);
}

void DeviceOverviewPage::renderActions()
{
    if (!m_device) {
        m_verdicts.clear();
        m_actionBar->clear();
        renderSync();
        return;
    }
    m_verdicts = eligibility::PasscodeRules::evaluateAll(
        *m_device, actions::eligibilityContext(m_context.tracker, m_deviceId, m_context.clock.now()));
    if (m_context.permissions) // what the technician's Intune role does not allow is disabled, with why
        m_context.permissions->restrict(m_verdicts);
    if (m_loading) {
        // Shown, but not sendable until the fresh read says nothing is pending.
        QList<eligibility::Verdict> waiting = m_verdicts;
        for (eligibility::Verdict &v : waiting) {
            if (v.allowed) {
                v.allowed = false;
                v.reasons = {tr("Reading the device's current state from Intune first…")};
            }
        }
        m_actionBar->setVerdicts(waiting);
        renderSync();
        return;
    }
    m_actionBar->setVerdicts(m_verdicts);
    renderSync();
}

void DeviceOverviewPage::requestAction(RemoteAction action)
{
    if (!m_device || m_loading)
        return;
    const auto it = std::find_if(m_verdicts.cbegin(), m_verdicts.cend(),
                                 [action](const eligibility::Verdict &v) { return v.action == action; });
    if (it == m_verdicts.cend() || !it->allowed)
        return;
    ConfirmRequest request;
    request.device = *m_device;
    request.action = action;
    request.verdict = *it;
    request.tenantName = m_context.tenantName;
    request.sandbox = m_context.isSandbox;
    const QString deviceId = m_device->id;
    m_sendError->hide();
    m_context.dialogs.confirmAction(
        window(), request, this, [this, deviceId, action](const std::optional<QString> &ticket) {
            if (!ticket || !m_device || m_device->id != deviceId)
                return;
            const std::optional<Error> refused = m_context.service.send(*m_device, action, *ticket);
            if (refused) {
                m_sendError->setText(tr("Not sent: %1").arg(refused->message));
                m_sendError->show();
                return;
            }
            Q_EMIT statusMessage(
                tr("%1 sent to %2.").arg(actions::displayName(action), m_device->deviceName));
            render();
        });
}

bool DeviceOverviewPage::callerGateOn() const
{
    return !m_context.settings || m_context.settings->value(QLatin1String(kVerifyCallerKey), true).toBool();
}

void DeviceOverviewPage::applyPreferences()
{
    renderCallerGate();
}

void DeviceOverviewPage::onCallerVerificationRequested()
{
    if (!m_device) {
        m_callerCheck->reset();
        return;
    }
    // Journaled first: a check the journal could not record does not open the gate.
    if (const std::optional<Error> failed = m_context.service.recordCallerCheck(*m_device)) {
        m_callerCheck->setRecordFailed(failed->message);
    } else {
        m_callerCheck->setVerified(m_context.service.initiator(), m_context.clock.now());
        m_scroll->ensureWidgetVisible(m_passcode); // what the technician reads out next
        Q_EMIT statusMessage(
            tr("Caller verified for %1: the passcode can be shown.").arg(m_device->deviceName));
    }
    renderCallerGate();
}

void DeviceOverviewPage::renderCallerGate()
{
    const bool gate = callerGateOn();
    m_callerCheck->setVisible(gate && m_device.has_value());
    m_passcode->setSecretGate(
        gate && !m_callerCheck->isVerified()
            ? tr("Tick “Caller's identity verified” (under Verify the caller) to show or "
                 "copy the passcode.")
            : QString());
}

void DeviceOverviewPage::hideEvent(QHideEvent *event)
{
    // Leaving the device (another page) ends its caller check; a minimised window does not.
    if (!event->spontaneous()) {
        m_callerCheck->reset();
        renderCallerGate();
    }
    QWidget::hideEvent(event);
}

void DeviceOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_results->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
