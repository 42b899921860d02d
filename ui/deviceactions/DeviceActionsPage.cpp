// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deviceactions/DeviceActionsPage.h"

#include "core/actions/AuditFeed.h"
#include "core/common/Clock.h"
#include "ui/common/AuditActionNames.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/Headings.h"
#include "ui/common/Icons.h"
#include "ui/deviceactions/DeviceActionsFilterModel.h"
#include "ui/deviceactions/DeviceActionsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace passcode::ui {

using actions::ActionState;
using namespace std::chrono_literals;

namespace {
constexpr int kAllStates = -1;
constexpr auto kDefaultInterval = 30s;
} // namespace

DeviceActionsPage::DeviceActionsPage(actions::AuditFeed &feed, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("deviceActionsPage"));
    m_model = new DeviceActionsModel(this);
    m_filter = new DeviceActionsFilterModel(this);
    m_filter->setSourceModel(m_model);
    buildUi();
    retranslate();

    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &DeviceActionsPage::refresh);
    connect(&feed, &actions::AuditFeed::refreshed, this, &DeviceActionsPage::onRefreshed);
    connect(&feed, &actions::AuditFeed::refreshFailed, this, &DeviceActionsPage::onRefreshFailed);
}

DeviceActionsPage::~DeviceActionsPage() = default;

void DeviceActionsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_title = newPageTitle(this);
    layout->addWidget(m_title);

    // Wraps (FlowLayout) rather than widen the window on a 1024-pixel screen.
    auto *tools = new FlowLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(14);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(16);
    m_refresh = new QPushButton(Icons::refresh(), QString(), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_lastRefresh = new QLabel(this);
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    tools->addWidget(m_state);
    tools->addWidget(m_action);
    tools->addWidget(m_refresh);
    tools->addWidget(m_pause);
    tools->addWidget(m_lastRefresh);
    layout->addLayout(tools);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("refreshError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deviceActionsTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(DeviceActionsModel::DeviceName, 200);
    header->resizeSection(DeviceActionsModel::Action, 160);
    header->resizeSection(DeviceActionsModel::State, 150);
    header->resizeSection(DeviceActionsModel::InitiatedBy, 280);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeviceActionsModel::Requested, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);
    // The selected action in words: the same likely cause and fix as the passcode panel and passcodectl.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("deviceActionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText); // device names come from users
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::TabFocus);
    m_details->hide();
    layout->addWidget(m_details);

    setTabOrder(m_state, m_action);
    setTabOrder(m_action, m_refresh);
    setTabOrder(m_refresh, m_pause);
    setTabOrder(m_pause, m_view);
    setTabOrder(m_view, m_details);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeviceActionsPage::renderDetails);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &DeviceActionsPage::renderDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DeviceActionsPage::renderDetails);

    connect(m_state, &QComboBox::currentIndexChanged, this, &DeviceActionsPage::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &DeviceActionsPage::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, &DeviceActionsPage::refresh);
    connect(m_pause, &QPushButton::toggled, this, &DeviceActionsPage::setPaused);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(DeviceActionsModel::DeviceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT deviceActivated(id);
    });
}

void DeviceActionsPage::retranslate()
{
    m_title->setText(tr("Device actions"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Reload the tenant's remote actions now (F5)"));
    m_state->setAccessibleName(tr("Status filter"));
    m_action->setAccessibleName(tr("Action filter"));
    m_view->setAccessibleName(tr("Device actions"));
    m_details->setAccessibleName(tr("Selected device action"));
    fillStateFilter();
    fillActionFilter();
    setPaused(m_paused);
    renderLastRefresh();
    renderDetails();
}

void DeviceActionsPage::setDeviceSource(DeviceActionsModel::DeviceSource source)
{
    m_model->setDeviceSource(std::move(source));
    renderDetails();
}

QString DeviceActionsPage::details() const
{
    return m_details->isHidden() ? QString() : m_details->text();
}

void DeviceActionsPage::renderDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        m_details->hide();
        return;
    }
    const actions::RemoteActionAudit &r = m_model->row(current.row());
    QString text = tr("%1 — %2: %3", "device — action: state")
                       .arg(r.deviceDisplayName,
                            m_model->index(current.row(), DeviceActionsModel::Action).data().toString(),
                            m_model->index(current.row(), DeviceActionsModel::State).data().toString());
    const QString cause = m_model->likelyCause(current.row());
    if (!cause.isEmpty())
        text += u' ' + cause;
    m_details->setText(text);
    m_details->show();
}

void DeviceActionsPage::fillStateFilter()
{
    const QVariant current = m_state->currentData();
    const QSignalBlocker block(m_state);
    m_state->clear();
    m_state->addItem(tr("All statuses"), kAllStates);
    for (ActionState s : {ActionState::Pending, ActionState::Active, ActionState::Done, ActionState::Failed,
                          ActionState::NotSupported, ActionState::Canceled, ActionState::Requested,
                          ActionState::Sent, ActionState::Accepted, ActionState::Unknown})
        m_state->addItem(actions::displayName(s), static_cast<int>(s));
    const int at = m_state->findData(current.isValid() ? current : QVariant(kAllStates));
    m_state->setCurrentIndex(at >= 0 ? at : 0);
}

void DeviceActionsPage::fillActionFilter()
{
    // The passcode actions always, plus whatever else the tenant's feed holds.
    const QString current = m_action->currentData().toString();
    QStringList members{QStringLiteral("resetPasscode"), QStringLiteral("recoverPasscode")};
    QSet<QString> seen(members.cbegin(), members.cend());
    for (const actions::RemoteActionAudit &row : m_model->rows()) {
        if (!row.action.isEmpty() && !seen.contains(row.action)) {
            seen.insert(row.action);
            members.append(row.action);
        }
    }
    const QSignalBlocker block(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const QString &member : std::as_const(members))
        m_action->addItem(AuditActionNames::displayName(member), member);
    const int at = m_action->findData(current);
    m_action->setCurrentIndex(at >= 0 ? at : 0);
}

void DeviceActionsPage::applyFilters()
{
    const int state = m_state->currentData().toInt();
    m_filter->setStateFilter(state == kAllStates ? std::nullopt
                                                 : std::optional(static_cast<ActionState>(state)));
    const QString action = m_action->currentData().toString();
    m_filter->setActionFilter(action.isEmpty() ? std::nullopt : std::optional(action));
}

void DeviceActionsPage::refresh()
{
    m_feed.refresh();
}

void DeviceActionsPage::onRefreshed(const QList<actions::RemoteActionAudit> &rows)
{
    m_model->setRows(rows);
    fillActionFilter();
    m_lastRefreshAt = m_clock.now();
    m_lastError.clear();
    m_error->hide();
    renderLastRefresh();
}

void DeviceActionsPage::onRefreshFailed(const Error &error)
{
    m_lastError = error.message;
    m_error->setText(
        tr("The last refresh failed: %1 The list shows the previous answer.").arg(error.message));
    m_error->show();
}

void DeviceActionsPage::renderLastRefresh()
{
    if (!m_lastRefreshAt.isValid()) {
        m_lastRefresh->setText(tr("Not refreshed yet"));
        return;
    }
    m_lastRefresh->setText(
        tr("Last refreshed %1")
            .arg(QLocale().toString(m_lastRefreshAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
}

QString DeviceActionsPage::lastRefreshText() const
{
    return m_lastRefresh->text();
}

std::chrono::milliseconds DeviceActionsPage::refreshInterval() const
{
    return m_timer.intervalAsDuration();
}

void DeviceActionsPage::setPaused(bool paused)
{
    m_paused = paused;
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("Resume auto-refresh") : tr("Pause auto-refresh"));
    m_pause->setIcon(paused ? Icons::play() : Icons::pause());
    m_pause->setToolTip(
        tr("Refreshes every %n second(s) while this page is shown.", nullptr,
           static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(refreshInterval()).count())));
    updateTimer();
}

void DeviceActionsPage::updateTimer()
{
    if (!m_paused && isVisible()) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void DeviceActionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const bool stale = !m_lastRefreshAt.isValid() || m_lastRefreshAt.msecsTo(m_clock.now()) >=
                                                         std::chrono::milliseconds(refreshInterval()).count();
    if (stale && !m_paused)
        refresh();
    updateTimer();
}

void DeviceActionsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void DeviceActionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
