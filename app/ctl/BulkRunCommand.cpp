// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkRunCommand.h"

#include "BulkFormat.h"
#include "CtlSession.h"
#include "ExitCode.h"
#include "JsonWriter.h"
#include "Output.h"

#include "core/actions/ActionTracker.h"
#include "core/actions/BulkRun.h"

namespace passcode::ctl {

BulkRunCommand::~BulkRunCommand() = default;

void BulkRunCommand::printJsonLine(const QJsonObject &object)
{
    JsonWriter::appendDocument(out().buffer(), object, JsonWriter::Layout::Compact);
    out().buffer() += '\n';
    out().flush();
}

void BulkRunCommand::follow(actions::BulkRun *run, const QList<DeviceSelection::Unresolved> &unresolved,
                            const QString &fileName, bool planShown)
{
    m_run = run;
    m_unresolved = int(unresolved.size());
    m_planShown = planShown && !options().json;
    for (const DeviceSelection::Unresolved &u : unresolved) {
        if (options().json)
            printJsonLine(BulkFormat::unresolvedJson(u));
        else if (!m_planShown)
            out() << BulkFormat::unresolvedLine(u, fileName) << u'\n';
    }
    m_printed = QList<bool>(run->items().size(), false);
    // Queued: the tracker announces a state before it stores the passcode and error code of the result, and
    // every item's line must be out before the run's end is handled.
    connect(run, &actions::BulkRun::itemChanged, this, &BulkRunCommand::onItemChanged, Qt::QueuedConnection);
    connect(run, &actions::BulkRun::progressChanged, this, &BulkRunCommand::onProgress, Qt::QueuedConnection);
    connect(run, &actions::BulkRun::stateChanged, this, &BulkRunCommand::onStateChanged,
            Qt::QueuedConnection);
    connect(
        run, &actions::BulkRun::finished, this, [this] { end(false); }, Qt::QueuedConnection);
    connect(run, &actions::BulkRun::storeError, this, [this](const Error &e) { warn(e.message); });
    for (int i = 0; i < m_printed.size(); ++i) {
        if (known(run->items().at(i)))
            printItem(i);
    }
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { end(true); });
    if (options().wait)
        m_timeout.start(options().timeoutSeconds * 1000);
    QTimer::singleShot(0, this, &BulkRunCommand::checkDone);
}

void BulkRunCommand::interrupt(int exitCode)
{
    if (isFinished())
        return;
    if (!m_run || m_ending) {
        GraphCommand::interrupt(exitCode);
        return;
    }
    m_interrupted = exitCode;
    if (m_run->state() == actions::RunState::Running)
        m_run->pause();
    end(false);
}

void BulkRunCommand::aboutToFinish()
{
    m_timeout.stop();
    if (m_run)
        m_run->disconnect(this);
}

bool BulkRunCommand::known(const actions::BulkRunItem &item) const
{
    using S = actions::RunItemStatus;
    switch (item.status) {
    case S::Skipped:
    case S::Done:
    case S::Failed:
    case S::NotSupported:
    case S::NotProcessed:
        return true;
    case S::NotSent:
        // Never sent by a run that will send nothing more.
        return m_run && (m_run->state() == actions::RunState::Cancelled ||
                         m_run->state() == actions::RunState::Finished);
    case S::Sent:
        return false;
    case S::Accepted:
    case S::Pending:
    case S::Unknown:
        return !options().wait;
    }
    return false;
}

void BulkRunCommand::onItemChanged(int index)
{
    if (!m_run || isFinished() || index < 0 || index >= m_printed.size())
        return;
    if (!m_printed.at(index) && known(m_run->items().at(index)))
        printItem(index);
    checkDone();
}

void BulkRunCommand::onProgress()
{
    if (!m_run || isFinished() || options().json)
        return;
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 1000)
        return;
    m_sinceProgress.start();
    err() << BulkFormat::progressLine(m_run->progress()) << u'\n';
}

void BulkRunCommand::onStateChanged(actions::RunState state)
{
    if (!m_run || isFinished())
        return;
    if (state == actions::RunState::Paused && !m_run->pauseReason().isEmpty()) {
        // The journal could not be written: nothing of that batch left. Report what is known and stop.
        end(false);
        return;
    }
    checkDone();
}

void BulkRunCommand::printItem(int index)
{
    m_printed[index] = true;
    const actions::BulkRunItem &item = m_run->items().at(index);
    std::optional<QString> passcode;
    if (options().showPasscode && item.passcodeAvailable) {
        if (const std::optional<actions::TrackedAction> a = session().tracker().find(item.key()))
            passcode = a->passcode;
    }
    if (options().json)
        printJsonLine(BulkFormat::itemJson(item, passcode));
    else if (m_planShown && item.status == actions::RunItemStatus::Skipped)
        return; // listed in the plan above
    else
        out() << BulkFormat::itemLine(item, passcode) << u'\n';
}

void BulkRunCommand::checkDone()
{
    if (!m_run || isFinished() || m_ending)
        return;
    for (int i = 0; i < m_printed.size(); ++i) {
        if (!m_printed.at(i) && !known(m_run->items().at(i)))
            return;
    }
    // Every outcome is known; with --wait, the run must also have finished following.
    const actions::RunState state = m_run->state();
    if (state == actions::RunState::Ready)
        return;
    end(false);
}

void BulkRunCommand::end(bool timedOut)
{
    if (!m_run || isFinished() || m_ending)
        return;
    m_ending = true;
    for (int i = 0; i < m_printed.size(); ++i) {
        if (!m_printed.at(i))
            printItem(i);
    }
    const actions::BulkRunProgress progress = m_run->progress();
    const QString id = m_run->id();
    const QString pauseReason =
        m_run->state() == actions::RunState::Paused ? m_run->pauseReason() : QString();
    int code = BulkFormat::exitCodeOf(progress, options().wait);
    if (!pauseReason.isEmpty())
        code = ExitService;
    if (m_interrupted)
        code = m_interrupted;
    if (options().json)
        printJsonLine(
            BulkFormat::summaryJson(id, m_run->state(), m_run->ticket(), progress, m_unresolved, code));
    else
        out() << BulkFormat::summaryText(id, m_run->state(), progress, m_unresolved) << u'\n';
    const int failed = progress.failed + progress.notSupported;
    const int unknown = progress.unknown + progress.notProcessed + progress.sent;
    if (m_interrupted && progress.sent > 0)
        fail(code,
             tr("%1 The run is paused and nothing more is sent. 'passcodectl runs resume %2' follows the %n "
                "action(s) still on the wire (never sent again) and sends the rest.",
                nullptr, progress.sent)
                 .arg(interruptedMessage(code), id));
    else if (m_interrupted)
        fail(code,
             tr("%1 The run is paused and nothing more is sent; 'passcodectl runs resume %2' sends the rest.")
                 .arg(interruptedMessage(code), id));
    else if (!pauseReason.isEmpty())
        fail(code,
             tr("The run paused: %1 Nothing more was sent; resume it with 'passcodectl runs resume %2'.")
                 .arg(pauseReason, id));
    else if (code == ExitNotEligible)
        fail(code, tr("No device of the run is eligible for a passcode action; nothing was sent."));
    else if (code == ExitActionFailed)
        fail(code, tr("%n action(s) failed or are not supported; see each device's likely cause above.",
                      nullptr, failed));
    else if (code == ExitOutcomeUnknown && timedOut)
        fail(code, tr("After %1 s, %n action(s) had not finished; they are not sent again. Follow them with "
                      "'passcodectl runs resume %2 --wait'.",
                      nullptr, progress.accepted + progress.pending + unknown)
                       .arg(options().timeoutSeconds)
                       .arg(id));
    else if (code == ExitOutcomeUnknown)
        fail(code, tr("The outcome of %n action(s) is unknown or they were not sent; nothing is sent twice. "
                      "Follow them with 'passcodectl runs resume %1 --wait'.",
                      nullptr, unknown + progress.notSent + progress.accepted + progress.pending)
                       .arg(id));
    else
        finish(code);
}

} // namespace passcode::ctl
