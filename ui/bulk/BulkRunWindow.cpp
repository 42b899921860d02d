// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkRunWindow.h"

#include "core/actions/ActionTracker.h"
#include "core/common/Clock.h"
#include "ui/bulk/BulkResultsModel.h"
#include "ui/common/DialogPresenter.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/Headings.h"
#include "ui/common/Icons.h"
#include "ui/common/PassphraseDialog.h"
#include "ui/common/TimeFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace passcode::ui {

using actions::RunItemStatus;
using actions::RunState;

namespace {
constexpr int kAllStates = -1;
constexpr RunItemStatus kFilterStates[] = {
    RunItemStatus::Done,    RunItemStatus::Failed,      RunItemStatus::NotSupported, RunItemStatus::Pending,
    RunItemStatus::Unknown, RunItemStatus::Skipped,     RunItemStatus::Accepted,     RunItemStatus::Sent,
    RunItemStatus::NotSent, RunItemStatus::NotProcessed};
} // namespace

BulkRunWindow::BulkRunWindow(actions::BulkRun &run, const actions::ActionTracker &tracker, const Clock &clock,
                             DialogPresenter &dialogs, const QString &tenantName, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_tracker(tracker)
    , m_clock(clock)
    , m_dialogs(dialogs)
    , m_tenantName(tenantName)
{
    setObjectName(QStringLiteral("bulkRunWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_results = new BulkResultsModel(run, tracker, this);
    m_filter = new BulkResultsFilter(this);
    m_filter->setSourceModel(m_results);
    buildUi();
    retranslate();
    connect(&run, &actions::BulkRun::progressChanged, this, &BulkRunWindow::updateProgress);
    connect(&run, &actions::BulkRun::stateChanged, this, &BulkRunWindow::updateProgress);
    connect(&run, &actions::BulkRun::itemChanged, this, &BulkRunWindow::updateRowButtons);
    connect(&m_clipboard, &SecretClipboard::cleared, m_copyStatus, &QLabel::clear);
    connect(&m_clipboard, &SecretClipboard::replaced, m_copyStatus, &QLabel::clear);
    updateProgress();
    resize(1000, 640);
}

BulkRunWindow::~BulkRunWindow()
{
    // Leaving the run must not leave a code behind on the clipboard (m_copyStatus is already gone when
    // m_clipboard's own destructor runs).
    m_clipboard.disconnect(this);
    m_clipboard.disconnect(m_copyStatus);
    m_clipboard.clearIfStillOurs();
}

void BulkRunWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    makeHeading(m_heading, 1.3);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *progressRow = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("runState"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_timeLeft = new QLabel(this);
    m_timeLeft->setObjectName(QStringLiteral("runTimeLeft"));
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("runPause"));
    m_cancelRun = new QPushButton(Icons::cancel(), QString(), this);
    m_cancelRun->setObjectName(QStringLiteral("runCancel"));
    progressRow->addWidget(m_state);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeft);
    progressRow->addWidget(m_pause);
    progressRow->addWidget(m_cancelRun);
    layout->addLayout(progressRow);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("runCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    auto *filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("runStateFilter"));
    m_filterLabel->setBuddy(m_stateFilter);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_stateFilter);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("runResults"));
    m_grid->setModel(m_filter);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setAlternatingRowColors(true);
    m_grid->setWordWrap(false);
    m_grid->setTabKeyNavigation(false);
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(-1, Qt::AscendingOrder);
    m_grid->verticalHeader()->hide();
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    QHeaderView *header = m_grid->horizontalHeader();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(BulkResultsModel::Device, 170);
    header->resizeSection(BulkResultsModel::Action, 200);
    header->resizeSection(BulkResultsModel::State, 110);
    header->setSectionResizeMode(BulkResultsModel::Details, QHeaderView::Stretch);
    header->resizeSection(BulkResultsModel::Passcode, 130);
    layout->addWidget(m_grid, 1);

    // The buttons wrap (FlowLayout) on a 1024-pixel screen; what the copy did is said on the line under them.
    auto *rowButtons = new FlowLayout;
    m_reveal = new QPushButton(Icons::show(), QString(), this);
    m_reveal->setObjectName(QStringLiteral("runReveal"));
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_copy = new QPushButton(Icons::copy(), QString(), this);
    m_copy->setObjectName(QStringLiteral("runCopy"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("runCopyStatus"));
    m_copyStatus->setWordWrap(true);
    m_retry = new QPushButton(Icons::refresh(), QString(), this);
    m_retry->setObjectName(QStringLiteral("runRetry"));
    m_export = new QPushButton(Icons::exportFile(), QString(), this);
    m_export->setObjectName(QStringLiteral("runExport"));
    m_exportCodes = new QPushButton(Icons::passcode(), QString(), this);
    m_exportCodes->setObjectName(QStringLiteral("runExportPasscodes"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("runClose"));
    rowButtons->addWidget(m_reveal);
    rowButtons->addWidget(m_copy);
    rowButtons->addWidget(m_retry);
    rowButtons->addWidget(m_export);
    rowButtons->addWidget(m_exportCodes);
    rowButtons->addWidget(m_close);
    layout->addLayout(rowButtons);
    layout->addWidget(m_copyStatus);
    for (QPushButton *b : {m_pause, m_cancelRun, m_reveal, m_copy, m_retry, m_export, m_exportCodes, m_close})
        b->setAutoDefault(false);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_run.state() == RunState::Running)
            m_run.pause();
        else if (m_run.state() == RunState::Paused || m_run.state() == RunState::Ready)
            m_run.resume();
        updateProgress();
    });
    connect(m_cancelRun, &QPushButton::clicked, this, [this] {
        m_run.cancel();
        updateProgress();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_stateFilter->currentData().toInt();
        m_filter->setStatusFilter(value == kAllStates ? std::nullopt
                                                      : std::optional(static_cast<RunItemStatus>(value)));
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BulkRunWindow::updateRowButtons);
    connect(m_reveal, &QPushButton::clicked, this, &BulkRunWindow::toggleReveal);
    connect(m_copy, &QPushButton::clicked, this, &BulkRunWindow::copyPasscode);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QStringList ids = m_run.retryCandidates();
        if (!ids.isEmpty())
            Q_EMIT retryRequested(ids);
    });
    connect(m_export, &QPushButton::clicked, this, &BulkRunWindow::exportCsv);
    connect(m_exportCodes, &QPushButton::clicked, this, &BulkRunWindow::exportPasscodes);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    setTabOrder(m_pause, m_cancelRun);
    setTabOrder(m_cancelRun, m_stateFilter);
    setTabOrder(m_stateFilter, m_grid);
    setTabOrder(m_grid, m_reveal);
    setTabOrder(m_reveal, m_copy);
    setTabOrder(m_copy, m_retry);
    setTabOrder(m_retry, m_export);
    setTabOrder(m_export, m_exportCodes);
    setTabOrder(m_exportCodes, m_close);
}

void BulkRunWindow::retranslate()
{
    setWindowTitle(tr("Bulk passcode run — %1").arg(m_run.ticket()));
    m_heading->setText(
        tr("Ticket %1 · %2 · started %3 by %4")
            .arg(m_run.ticket(), m_tenantName, TimeFormat::dateTime(m_run.createdAt()), m_run.initiator()));
    m_progress->setAccessibleName(tr("Run progress"));
    m_cancelRun->setText(tr("Ca&ncel run"));
    m_cancelRun->setToolTip(tr("Stop sending: what has not left is never sent; what left is followed "
                               "to its end."));
    m_cancelRun->setAccessibleName(tr("Cancel the run"));
    m_cancelRun->setAccessibleDescription(m_cancelRun->toolTip());
    m_filterLabel->setText(tr("&Show:"));
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    {
        const QVariant current = m_stateFilter->currentData();
        const QSignalBlocker block(m_stateFilter);
        m_stateFilter->clear();
        m_stateFilter->addItem(tr("All states"), kAllStates);
        for (RunItemStatus s : kFilterStates)
            m_stateFilter->addItem(actions::displayName(s), static_cast<int>(s));
        const int at = m_stateFilter->findData(current.isValid() ? current : QVariant(kAllStates));
        m_stateFilter->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_grid->setAccessibleName(tr("Results of the run"));
    m_copy->setText(tr("&Copy passcode"));
    m_copy->setAccessibleName(tr("Copy the passcode of the selected device"));
    m_copy->setToolTip(tr("Copy the selected device's passcode (Ctrl+Shift+C); the clipboard is cleared "
                          "after 60 seconds if it still holds it"));
    m_retry->setText(tr("Retry &failed…"));
    m_retry->setAccessibleName(tr("Retry the failed and not processed devices"));
    m_retry->setToolTip(tr("Plan the failed, not processed and not sent devices again, after a fresh read"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setAccessibleName(tr("Export the results as CSV"));
    m_export->setToolTip(tr("Export the grid to a CSV file (never a passcode)"));
    m_exportCodes->setText(tr("Export passcodes (encr&ypted)…"));
    m_exportCodes->setAccessibleName(tr("Export the passcodes to an encrypted file"));
    m_exportCodes->setToolTip(
        tr("Write the collected passcodes to an OpenPGP file encrypted with a passphrase "
           "(gpg --decrypt opens it); never as plain text"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the run (it goes on)"));
    m_results->retranslate();
    updateProgress();
}

QString BulkRunWindow::countsText() const
{
    const actions::BulkRunProgress p = m_run.progress();
    QStringList parts;
    parts << tr("%L1 of %L2 finished").arg(p.finishedCount()).arg(p.total);
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts << text.arg(n);
    };
    add(p.done, tr("%L1 done"));
    add(p.failed, tr("%L1 failed"));
    add(p.notSupported, tr("%L1 not supported"));
    add(p.pending + p.accepted + p.sent, tr("%L1 pending"));
    add(p.unknown, tr("%L1 unknown"));
    add(p.notSent, tr("%L1 not sent yet"));
    add(p.notProcessed, tr("%L1 not processed"));
    add(p.skipped, tr("%L1 skipped"));
    return parts.join(QStringLiteral(" · "));
}

QString BulkRunWindow::timeLeftText() const
{
    const actions::BulkRunProgress p = m_run.progress();
    if (m_run.state() != RunState::Running || p.etaMs < 0)
        return {};
    if (p.notSent == 0)
        return tr("All sent; following the devices");
    return tr("About %1 left to send").arg(TimeFormat::duration(std::max<qint64>(1, (p.etaMs + 999) / 1000)));
}

void BulkRunWindow::updateProgress()
{
    const actions::BulkRunProgress p = m_run.progress();
    m_progress->setRange(0, std::max(1, p.total));
    m_progress->setValue(p.finishedCount());
    m_progress->setFormat(tr("%1 of %2").arg(p.finishedCount()).arg(p.total));
    QString state = actions::displayName(m_run.state());
    if (m_run.state() == RunState::Paused && !m_run.pauseReason().isEmpty())
        state = tr("Paused: %1").arg(m_run.pauseReason());
    m_state->setText(state);
    m_counts->setText(countsText());
    m_timeLeft->setText(timeLeftText());
    const RunState s = m_run.state();
    const bool running = s == RunState::Running;
    m_pause->setText(running ? tr("&Pause") : tr("&Resume"));
    m_pause->setIcon(running ? Icons::pause() : Icons::play());
    m_pause->setAccessibleName(running ? tr("Pause the run") : tr("Resume the run"));
    m_pause->setEnabled(running || s == RunState::Paused || s == RunState::Ready);
    m_cancelRun->setEnabled(running || s == RunState::Paused || s == RunState::Ready);
    // Once nothing is left to send, the failed ones can be planned again while the others are followed.
    m_retry->setEnabled((s != RunState::Running || m_run.isAllSent()) && !m_run.retryCandidates().isEmpty());
    m_exportCodes->setEnabled(!m_exportJob && !passcodeRows().isEmpty());
    updateRowButtons();
}

void BulkRunWindow::updateRowButtons()
{
    const QModelIndex current = m_filter->mapToSource(m_grid->currentIndex());
    const bool hasCode = current.isValid() && !m_results->passcode(current.row()).isEmpty();
    const bool revealed = current.isValid() && m_results->isRevealed(current.row());
    m_reveal->setEnabled(hasCode);
    m_copy->setEnabled(hasCode);
    m_reveal->setText(revealed ? tr("&Hide passcode") : tr("S&how passcode"));
    m_reveal->setIcon(revealed ? Icons::hide() : Icons::show());
    m_reveal->setAccessibleName(revealed ? tr("Hide the passcode of the selected device")
                                         : tr("Show the passcode of the selected device"));
    m_reveal->setToolTip(tr("Show or hide the selected device's passcode (Ctrl+R)"));
}

void BulkRunWindow::toggleReveal()
{
    const QModelIndex current = m_filter->mapToSource(m_grid->currentIndex());
    if (!current.isValid() || m_results->passcode(current.row()).isEmpty())
        return;
    m_results->setRevealed(current.row(), !m_results->isRevealed(current.row()));
    updateRowButtons();
}

void BulkRunWindow::copyPasscode()
{
    const QModelIndex current = m_filter->mapToSource(m_grid->currentIndex());
    const QString code = current.isValid() ? m_results->passcode(current.row()) : QString();
    if (!m_clipboard.copy(code))
        return;
    m_copyStatus->setText(
        tr("Copied. The clipboard is cleared in %n second(s) if it still holds the passcode.", nullptr,
           static_cast<int>(
               std::chrono::duration_cast<std::chrono::seconds>(m_clipboard.clearDelay()).count())));
}

QString BulkRunWindow::exportTo(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_results->csv()) < 0 || !file.commit())
        return tr("The results could not be written to %1: %2").arg(fileName, file.errorString());
    return {};
}

void BulkRunWindow::exportCsv()
{
    const QString suggested = tr("passcode-run-%1.csv", "export file name")
                                  .arg(m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    m_dialogs.chooseExportFile(this, suggested, this, [this](const QString &fileName) {
        if (fileName.isEmpty())
            return;
        const QString error = exportTo(fileName);
        m_copyStatus->setText(
            error.isEmpty() ? tr("Exported %Ln row(s) to %1.", nullptr, m_results->rowCount()).arg(fileName)
                            : error);
    });
}

QList<actions::PasscodeExportRow> BulkRunWindow::passcodeRows() const
{
    QList<actions::PasscodeExportRow> rows;
    const QList<actions::BulkRunItem> &items = m_run.items();
    for (int row = 0; row < items.size(); ++row) {
        const QString code = m_results->passcode(row);
        if (code.isEmpty())
            continue;
        const actions::BulkRunItem &item = items.at(row);
        actions::PasscodeExportRow out;
        out.deviceName = item.plan.deviceName;
        out.serialNumber = item.plan.device.serialNumber;
        out.deviceId = item.plan.deviceId;
        out.action = item.key().action;
        out.passcode = code;
        if (const std::optional<actions::TrackedAction> tracked = m_tracker.find(item.key()))
            out.passcodeExpiry = tracked->passcodeExpiry;
        rows.append(out);
    }
    return rows;
}

void BulkRunWindow::exportPasscodes()
{
    if (m_exportJob || passcodeRows().isEmpty())
        return;
    const QString suggested = actions::PasscodeExport::suggestedFileName(m_clock.now());
    m_dialogs.chooseExportFile(this, suggested, this, [this](const QString &fileName) {
        if (fileName.isEmpty())
            return;
        PassphraseDialog::ask(this, fileName, this, [this, fileName](QByteArray passphrase) {
            if (passphrase.isEmpty())
                return; // cancelled
            // The rows are read again now: the codes are those in memory when the passphrase was given.
            m_exportJob =
                new actions::PasscodeExportJob(fileName, passcodeRows(), std::move(passphrase), this);
            connect(m_exportJob, &actions::PasscodeExportJob::finished, this,
                    [this](const QString &file, const QString &error) {
                        m_exportJob->deleteLater();
                        m_exportJob = nullptr;
                        m_copyStatus->setText(
                            error.isEmpty() ? tr("Passcodes exported, encrypted, to %1.").arg(file) : error);
                        updateProgress();
                    });
            m_exportCodes->setEnabled(false);
            m_exportJob->start();
        });
    });
}

void BulkRunWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
