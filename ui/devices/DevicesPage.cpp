// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DevicesPage.h"

#include "core/common/Clock.h"
#include "ui/common/DialogPresenter.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/Headings.h"
#include "ui/common/Icons.h"
#include "ui/common/PasteWatcher.h"
#include "ui/devices/CachedTextDelegate.h"
#include "ui/devices/DeviceCsvExport.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceIdentifierMatch.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/PasscodeActionCell.h"
#include "ui/devices/ServerDeviceSearch.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace passcode::ui {

using devices::ComplianceState;
using devices::DeviceDirectory;
using devices::Ownership;
using eligibility::Platform;

namespace {

constexpr int kAll = -1;
constexpr qint64 kFrameNs = 16'000'000;
constexpr auto kSlowSearchDelay = std::chrono::milliseconds(120);

const QString kHeaderKey = QStringLiteral("devicesPage/header");

} // namespace

DevicesPage::DevicesPage(const DeviceDirectory &directory, const Clock &clock, DialogPresenter &dialogs,
                         QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_clock(clock)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("devicesPage"));
    m_table = new DeviceTableModel(directory, clock, this);
    m_filter = new DeviceFilterModel(*m_table, this);
    buildUi();
    retranslate();
    updateBulkAction();

    connect(m_filter, &DeviceFilterModel::countsChanged, this, &DevicesPage::updateCount);
    connect(&directory, &DeviceDirectory::loadStarted, this, &DevicesPage::onLoadStarted);
    connect(&directory, &DeviceDirectory::progress, this, &DevicesPage::onProgress);
    connect(&directory, &DeviceDirectory::loadFinished, this, &DevicesPage::onLoadFinished);
    if (directory.loadState() == DeviceDirectory::LoadState::Loading)
        onLoadStarted();
    updateCount();
}

DevicesPage::~DevicesPage() = default;

void DevicesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_title = newPageTitle(this);
    layout->addWidget(m_title);

    // The tool row wraps (FlowLayout) rather than widen the window: one row at 1280 pixels, two at 1024.
    auto *tools = new FlowLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("deviceSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(240);
    m_search->installEventFilter(this);
    tools->addWidget(m_search);
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformFilter"));
    m_ownership = new QComboBox(this);
    m_ownership->setObjectName(QStringLiteral("ownershipFilter"));
    m_compliance = new QComboBox(this);
    m_compliance->setObjectName(QStringLiteral("complianceFilter"));
    m_passcodeFilter = new QComboBox(this);
    m_passcodeFilter->setObjectName(QStringLiteral("passcodeFilter"));
    for (QComboBox *combo : {m_platform, m_ownership, m_compliance, m_passcodeFilter}) {
        // Narrow enough for a 1280-pixel screen in every language; the list shows the full names.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_passcodeFilter ? 16 : 11);
        tools->addWidget(combo);
    }
    m_refresh = new QPushButton(Icons::refresh(), QString(), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_export = new QPushButton(Icons::exportFile(), QString(), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    tools->addWidget(m_refresh);
    tools->addWidget(m_export);
    layout->addLayout(tools);

    m_loadBox = new QWidget(this);
    auto *load = new QHBoxLayout(m_loadBox);
    load->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_loadBox);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumHeight(16);
    m_progressText = new QLabel(m_loadBox);
    m_cancel = new QPushButton(Icons::cancel(), QString(), m_loadBox);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    load->addWidget(m_progress, 1);
    load->addWidget(m_progressText);
    load->addWidget(m_cancel);
    m_loadBox->hide();
    layout->addWidget(m_loadBox);

    auto *status = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("deviceCount"));
    m_loadStatus = new QLabel(this);
    m_loadStatus->setObjectName(QStringLiteral("loadStatus"));
    m_loadStatus->setWordWrap(true);
    m_loadStatus->hide();
    m_serverStatus = new QLabel(this);
    m_serverStatus->setObjectName(QStringLiteral("serverSearchStatus"));
    m_serverStatus->setWordWrap(true);
    m_serverStatus->hide();
    m_bulkAction = new QAction(Icons::passcode(), QString(), this);
    m_bulkAction->setObjectName(QStringLiteral("bulkPasscodeAction"));
    m_bulkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_bulkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_bulkAction);
    m_bulkButton = new QToolButton(this);
    m_bulkButton->setObjectName(QStringLiteral("bulkPasscodeButton"));
    m_bulkButton->setDefaultAction(m_bulkAction);
    m_bulkButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    status->addWidget(m_count);
    status->addWidget(m_loadStatus, 1);
    status->addWidget(m_serverStatus, 1);
    status->addWidget(m_bulkButton);
    layout->addLayout(status);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deviceTable"));
    m_view->setModel(m_filter);
    // Each keystroke repaints the table: keep the cells' texts laid out instead of shaping them again.
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl/Shift+click and Ctrl+A (every row shown) for a bulk passcode action; Enter still opens one device.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and no "resize to contents": both would visit all 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[DeviceTableModel::ColumnCount] = {160, 80, 80, 100, 70, 75, 175, 125, 160};
    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeviceTableModel::DeviceName, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);

    setTabOrder(m_search, m_platform);
    setTabOrder(m_platform, m_ownership);
    setTabOrder(m_ownership, m_compliance);
    setTabOrder(m_compliance, m_passcodeFilter);
    setTabOrder(m_passcodeFilter, m_refresh);
    setTabOrder(m_refresh, m_export);
    setTabOrder(m_export, m_cancel);
    setTabOrder(m_cancel, m_view);
    setTabOrder(m_view, m_bulkButton);

    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, &DevicesPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &DevicesPage::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &DevicesPage::openFromSearch);
    connect(new PasteWatcher(m_search), &PasteWatcher::pasted, this, &DevicesPage::onSearchPasted);
    for (QComboBox *combo : {m_platform, m_ownership, m_compliance, m_passcodeFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &DevicesPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicesPage::updateBulkAction);
    // A filter change resets the model, which clears the selection without selectionChanged.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DevicesPage::updateBulkAction);
    connect(m_table, &QAbstractItemModel::dataChanged, this, &DevicesPage::updateBulkAction);
    connect(m_bulkAction, &QAction::triggered, this, &DevicesPage::requestBulkAction);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DevicesPage::showContextMenu);
    connect(m_refresh, &QPushButton::clicked, this, &DevicesPage::refreshRequested);
    connect(m_cancel, &QPushButton::clicked, this, &DevicesPage::cancelRequested);
    connect(m_export, &QPushButton::clicked, this, &DevicesPage::exportCsv);
    connect(m_view, &QTableView::activated, this, &DevicesPage::activateRow);
}

void DevicesPage::retranslate()
{
    m_title->setText(tr("All devices"));
    m_search->setPlaceholderText(tr("Search name, serial number, UPN, IMEI or model (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search devices"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Reload the device list from the tenant (F5)"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Export the devices shown (after search and filters) to a CSV file"));
    m_cancel->setText(tr("Cancel", "stop loading devices"));
    m_platform->setAccessibleName(tr("Platform filter"));
    m_ownership->setAccessibleName(tr("Ownership filter"));
    m_compliance->setAccessibleName(tr("Compliance filter"));
    m_passcodeFilter->setAccessibleName(tr("Passcode action filter"));
    m_view->setAccessibleName(tr("Devices"));
    m_serverStatus->setAccessibleName(tr("Server search status"));
    fillFilters();
    updateCount();
}

void DevicesPage::fillFilters()
{
    const auto fill = [](QComboBox *combo, const QString &all, const QList<std::pair<QString, int>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, kAll);
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        const int at = combo->findData(current.isValid() ? current : QVariant(kAll));
        combo->setCurrentIndex(at >= 0 ? at : 0);
    };
    QList<std::pair<QString, int>> platforms;
    for (Platform p : {Platform::Android, Platform::Ios, Platform::MacOS, Platform::WindowsDesktop,
                       Platform::WindowsMobile, Platform::Other})
        platforms.append({DeviceTableModel::platformName(p), static_cast<int>(p)});
    fill(m_platform, tr("All platforms"), platforms);

    QList<std::pair<QString, int>> ownerships;
    for (Ownership o : {Ownership::Company, Ownership::Personal, Ownership::Unknown})
        ownerships.append({devices::displayText(o), static_cast<int>(o)});
    fill(m_ownership, tr("All ownerships"), ownerships);

    QList<std::pair<QString, int>> compliances;
    for (ComplianceState c :
         {ComplianceState::Compliant, ComplianceState::Noncompliant, ComplianceState::InGracePeriod,
          ComplianceState::Conflict, ComplianceState::Error, ComplianceState::ConfigManager,
          ComplianceState::Unknown})
        compliances.append({devices::displayText(c), static_cast<int>(c)});
    fill(m_compliance, tr("All compliance states"), compliances);

    QList<std::pair<QString, int>> passcode;
    for (PasscodeAvailability a :
         {PasscodeAvailability::Available, PasscodeAvailability::NotAvailable, PasscodeAvailability::Pending})
        passcode.append({PasscodeCells::availabilityName(a), static_cast<int>(a)});
    fill(m_passcodeFilter, tr("All passcode actions"), passcode);
}

void DevicesPage::setSearchDelay(std::optional<std::chrono::milliseconds> delay)
{
    m_searchDelay = delay;
}

void DevicesPage::setServerLookup(graph::GraphClient &client, DeviceDirectory &directory)
{
    Q_ASSERT(&directory == &m_directory);
    delete m_serverSearch;
    m_serverSearch = new ServerDeviceSearch(client, directory, this);
    connect(m_serverSearch, &ServerDeviceSearch::statusChanged, this, [this](const QString &text) {
        m_serverStatus->setText(text);
        m_serverStatus->setVisible(!text.isEmpty());
    });
    // A pasted identifier the list has not delivered yet: the server's answer may name one device.
    connect(m_serverSearch, &ServerDeviceSearch::devicesFound, this, [this] {
        if (m_pasted.isEmpty() || m_pasted != m_search->text())
            return;
        if (const QString id = deviceNamedBy(m_directory, m_pasted); !id.isEmpty()) {
            m_pasted.clear();
            Q_EMIT deviceActivated(id);
        }
    });
}

void DevicesPage::onSearchPasted(const QString &text)
{
    // A serial number, IMEI or UPN pasted from a ticket that names one device opens it; several just filter.
    const QList<int> rows = rowsNamedBy(m_directory, text);
    if (rows.size() == 1) {
        if (m_searchTimer.isActive())
            applyFilters();
        Q_EMIT deviceActivated(m_directory.at(rows.constFirst()).id);
        return;
    }
    if (rows.isEmpty() && m_serverSearch && m_serverSearch->wouldAsk(text))
        m_pasted = text;
}

QString DevicesPage::serverStatusText() const
{
    return m_serverSearch ? m_serverSearch->statusText() : QString();
}

void DevicesPage::onSearchEdited()
{
    if (m_search->text() != m_pasted)
        m_pasted.clear();
    if (m_serverSearch)
        m_serverSearch->setText(m_search->text());
    const std::chrono::milliseconds delay =
        m_searchDelay.value_or(m_lastFilterNs > kFrameNs ? kSlowSearchDelay : std::chrono::milliseconds(0));
    if (delay.count() <= 0) {
        applyFilters();
        return;
    }
    m_searchTimer.start(delay);
}

void DevicesPage::applyFilters()
{
    m_searchTimer.stop();
    QElapsedTimer timer;
    timer.start();
    const QString current = currentDeviceId();
    const auto value = [](const QComboBox *combo) {
        return combo->currentData().toInt();
    };
    const int platform = value(m_platform);
    const int ownership = value(m_ownership);
    const int compliance = value(m_compliance);
    const int passcode = value(m_passcodeFilter);
    m_filter->setPlatformFilter(platform == kAll ? std::nullopt
                                                 : std::optional(static_cast<Platform>(platform)));
    m_filter->setOwnershipFilter(ownership == kAll ? std::nullopt
                                                   : std::optional(static_cast<Ownership>(ownership)));
    m_filter->setComplianceFilter(
        compliance == kAll ? std::nullopt : std::optional(static_cast<ComplianceState>(compliance)));
    m_filter->setPasscodeFilter(
        passcode == kAll ? std::nullopt : std::optional(static_cast<PasscodeAvailability>(passcode)));
    m_filter->setSearchText(m_search->text());
    restoreCurrent(current);
    m_lastFilterNs = timer.nsecsElapsed();
}

QString DevicesPage::currentDeviceId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DeviceTableModel::DeviceIdRole).toString() : QString();
}

void DevicesPage::restoreCurrent(const QString &deviceId)
{
    if (deviceId.isEmpty() || m_view->currentIndex().isValid())
        return;
    const int row = m_filter->proxyRowOf(m_directory.rowOf(deviceId));
    if (row < 0)
        return;
    const QModelIndex index = m_filter->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

QString DevicesPage::countText() const
{
    return m_count->text();
}

QString DevicesPage::loadStatusText() const
{
    return m_loadStatus->isHidden() ? QString() : m_loadStatus->text();
}

void DevicesPage::updateCount()
{
    const int visible = m_filter->rowCount();
    const int total = m_filter->totalCount();
    m_count->setText(tr("%L1 of %Ln device(s)", "shown of total", total).arg(visible));
    m_export->setEnabled(visible > 0 && !m_exportJob);
}

void DevicesPage::onLoadStarted()
{
    m_loadStatus->hide();
    m_loadBox->show();
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Loading devices…"));
    m_refresh->setEnabled(true);
}

void DevicesPage::onProgress(int loaded, qint64 expected)
{
    if (m_directory.loadState() != DeviceDirectory::LoadState::Loading)
        return;
    if (expected > 0) {
        m_progress->setRange(0, static_cast<int>(expected));
        m_progress->setValue(std::min<int>(loaded, static_cast<int>(expected)));
        m_progressText->setText(tr("Loading devices… %L1 of %L2").arg(loaded).arg(expected));
    } else {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Loading devices… %L1 so far").arg(loaded));
    }
}

void DevicesPage::onLoadFinished(DeviceDirectory::LoadState state)
{
    m_loadBox->hide();
    const std::optional<Error> error = m_directory.lastError();
    QString status;
    switch (state) {
    case DeviceDirectory::LoadState::Complete:
        Q_EMIT statusMessage(tr("%Ln device(s) loaded.", nullptr, m_directory.count()));
        break;
    case DeviceDirectory::LoadState::Incomplete:
        status = tr("The list is incomplete: %L1 devices loaded. %2 Refresh (F5) to try again.")
                     .arg(m_directory.count())
                     .arg(error ? error->message : QString());
        break;
    case DeviceDirectory::LoadState::Cancelled:
        status = tr("Loading was cancelled: %L1 devices loaded. Refresh (F5) to load them all.")
                     .arg(m_directory.count());
        break;
    case DeviceDirectory::LoadState::Idle:
    case DeviceDirectory::LoadState::Loading:
        break;
    }
    m_loadStatus->setText(status);
    m_loadStatus->setVisible(!status.isEmpty());
}

void DevicesPage::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(DeviceTableModel::DeviceIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT deviceActivated(id);
}

void DevicesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open device"));
    open->setEnabled(at.isValid());
    menu.addAction(m_bulkAction);
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == open)
        activateRow(at);
}

void DevicesPage::openFromSearch()
{
    if (m_searchTimer.isActive())
        applyFilters(); // Enter right after typing: filter first
    // Enter in the search box: one match opens it; otherwise go to the list, on the first match.
    if (m_filter->rowCount() == 1) {
        activateRow(m_filter->index(0, 0));
        return;
    }
    if (m_filter->rowCount() > 0) {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid())
            m_view->selectionModel()->setCurrentIndex(
                m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

bool DevicesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_searchTimer.isActive())
            applyFilters();
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_filter->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->selectionModel()->setCurrentIndex(
                    m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DevicesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DevicesPage::exportCsv()
{
    if (m_exportJob || m_filter->rowCount() == 0)
        return;
    const QString suggested = tr("devices-%1.csv", "export file name")
                                  .arg(m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    m_dialogs.chooseExportFile(this, suggested, this, [this](const QString &fileName) {
        if (!fileName.isEmpty())
            exportTo(fileName);
    });
}

void DevicesPage::exportTo(const QString &fileName)
{
    if (m_exportJob)
        return;
    QList<devices::Device> snapshot;
    snapshot.reserve(static_cast<qsizetype>(m_filter->visibleSourceRows().size()));
    for (int row : m_filter->visibleSourceRows())
        snapshot.append(m_directory.at(row));
    m_exportJob = new DeviceCsvExportJob(std::move(snapshot), fileName, this);
    m_export->setEnabled(false);
    Q_EMIT statusMessage(tr("Exporting to %1…").arg(fileName));
    connect(m_exportJob, &DeviceCsvExportJob::finished, this,
            [this](const QString &file, int rows, const QString &error) {
                m_exportJob->deleteLater();
                m_exportJob = nullptr;
                updateCount();
                Q_EMIT statusMessage(
                    error.isEmpty() ? tr("Exported %Ln device(s) to %1.", nullptr, rows).arg(file) : error);
                Q_EMIT exportFinished(file, rows, error);
            });
    m_exportJob->start();
}

void DevicesPage::saveState(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void DevicesPage::restoreState(const QSettings &settings)
{
    const QByteArray state = settings.value(kHeaderKey).toByteArray();
    if (state.isEmpty())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(state))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void DevicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_table->retranslate();
        updateBulkAction();
    }
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
