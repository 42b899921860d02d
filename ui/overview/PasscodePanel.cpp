// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/PasscodePanel.h"

#include "core/actions/LikelyCause.h"
#include "core/common/Clock.h"
#include "ui/common/Icons.h"
#include "ui/common/TimeFormat.h"
#include "ui/overview/PasscodeFormat.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace passcode::ui {

using actions::ActionState;
using namespace std::chrono_literals;

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

PasscodePanel::PasscodePanel(const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("passcodePanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setFixedSize(24, 24);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("passcodeHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    layout->addLayout(top);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);

    m_codeBox = new QWidget(this);
    auto *codeRow = new QHBoxLayout(m_codeBox);
    codeRow->setContentsMargins(0, 0, 0, 0);
    m_code = new QLabel(m_codeBox);
    m_code->setObjectName(QStringLiteral("passcodeCode"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(std::max(codeFont.pointSizeF(), 10.0) * 2.0);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setTextInteractionFlags(Qt::NoTextInteraction); // copying goes through Copy (and its clear timer)
    m_reveal = new QToolButton(m_codeBox);
    m_reveal->setObjectName(QStringLiteral("passcodeReveal"));
    m_reveal->setCheckable(true);
    m_reveal->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy = new QToolButton(m_codeBox);
    m_copy->setObjectName(QStringLiteral("passcodeCopy"));
    m_copy->setIcon(Icons::copy());
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    codeRow->addWidget(m_code);
    codeRow->addSpacing(12);
    codeRow->addWidget(m_reveal);
    codeRow->addWidget(m_copy);
    codeRow->addStretch(1);
    layout->addWidget(m_codeBox);

    m_gateHint = new QLabel(this);
    m_gateHint->setObjectName(QStringLiteral("passcodeGateHint"));
    m_gateHint->setWordWrap(true);
    m_gateHint->hide();
    layout->addWidget(m_gateHint);

    m_reading = new QLabel(this);
    m_reading->setObjectName(QStringLiteral("passcodeReading"));
    m_reading->setWordWrap(true);
    layout->addWidget(m_reading);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("passcodeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_times = new QLabel(this);
    m_times->setObjectName(QStringLiteral("passcodeTimes"));
    m_times->setWordWrap(true);
    layout->addWidget(m_times);

    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("passcodeCopyStatus"));
    m_copyStatus->setWordWrap(true);
    layout->addWidget(m_copyStatus);

    connect(m_reveal, &QToolButton::toggled, this, &PasscodePanel::setRevealed);
    connect(m_copy, &QToolButton::clicked, this, &PasscodePanel::copyCode);

    m_ticker.setInterval(1s);
    connect(&m_ticker, &QTimer::timeout, this, &PasscodePanel::renderTimes);
    connect(&m_clipboard, &SecretClipboard::cleared, this, [this] {
        m_copyStatus->setText(tr("The passcode was cleared from the clipboard."));
        Q_EMIT clipboardCleared();
    });
    connect(&m_clipboard, &SecretClipboard::replaced, m_copyStatus, &QLabel::clear);

    render();
}

PasscodePanel::~PasscodePanel()
{
    // Leaving the console must not leave the code behind on the clipboard (m_copyStatus is gone by the time
    // m_clipboard's own destructor would report it).
    m_clipboard.disconnect(this);
    m_clipboard.clearIfStillOurs();
}

void PasscodePanel::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    m_clipboard.setClearDelay(delay);
}

std::chrono::milliseconds PasscodePanel::clipboardClearDelay() const
{
    return m_clipboard.clearDelay();
}

void PasscodePanel::setAction(const devices::Device &device, const actions::TrackedAction &action,
                              eligibility::Scope scope)
{
    const bool sameCode =
        m_action.key == action.key && m_action.passcode == action.passcode && m_device.id == device.id;
    m_device = device;
    m_action = action;
    m_scope = scope;
    if (!sameCode)
        m_revealed = false;

    const ActionState s = action.state;
    switch (s) {
    case ActionState::Requested:
    case ActionState::Sent:
    case ActionState::Accepted:
    case ActionState::Pending:
    case ActionState::Active:
        m_mode = Mode::Waiting;
        break;
    case ActionState::Unknown:
        m_mode = Mode::Unknown;
        break;
    case ActionState::Done:
        if (action.passcode && !action.passcode->isEmpty() &&
            !(action.passcodeExpiry.isValid() && action.passcodeExpiry <= m_clock.now()))
            m_mode = Mode::Code;
        else if (!actions::yieldsPasscode(action.key.action))
            m_mode = Mode::Removed;
        else
            m_mode = Mode::CodeExpired;
        break;
    case ActionState::Failed:
        m_mode = Mode::Failed;
        break;
    case ActionState::NotSupported:
        m_mode = Mode::NotSupported;
        break;
    case ActionState::Canceled:
        m_mode = Mode::Canceled;
        break;
    case ActionState::None:
        m_mode = Mode::Empty;
        break;
    }
    render();
}

void PasscodePanel::clear()
{
    m_device = {};
    m_action = {};
    m_mode = Mode::Empty;
    m_revealed = false;
    render();
}

void PasscodePanel::setRevealed(bool revealed)
{
    if (m_revealed == revealed && m_reveal->isChecked() == revealed)
        return;
    m_revealed = revealed && m_mode == Mode::Code && m_gateReason.isEmpty();
    renderCode();
}

void PasscodePanel::setSecretGate(const QString &reason)
{
    if (reason == m_gateReason)
        return;
    m_gateReason = reason;
    if (!reason.isEmpty())
        m_revealed = false;
    renderCode();
}

void PasscodePanel::copyCode()
{
    if (m_mode != Mode::Code || !m_action.passcode || !m_gateReason.isEmpty())
        return;
    if (!m_clipboard.copy(*m_action.passcode))
        return;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(clipboardClearDelay()).count();
    m_copyStatus->setText(
        tr("Copied. The clipboard is cleared in %n second(s) if it still holds the passcode.", nullptr,
           static_cast<int>(seconds)));
    Q_EMIT codeCopied();
}

QString PasscodePanel::shownCode() const
{
    return m_codeBox->isHidden() ? QString() : m_code->text();
}

QString PasscodePanel::headline() const
{
    return m_headline->text();
}

QString PasscodePanel::details() const
{
    return m_details->text();
}

QString PasscodePanel::readingHint() const
{
    return m_reading->text();
}

QString PasscodePanel::likelyCause() const
{
    return actions::LikelyCause::of(m_device, m_action.key.action, m_action.state).value_or(QString());
}

void PasscodePanel::render()
{
    const QString actionName = actions::displayName(m_action.key.action);
    const QString errorCode = m_action.errorCode != 0
                                  ? tr("Error code reported by Intune: %1.").arg(m_action.errorCode)
                                  : QString();
    QString headline;
    QString details;
    QIcon icon;
    switch (m_mode) {
    case Mode::Empty:
        headline = tr("No passcode action yet");
        details =
            paragraph(tr("When a passcode action is sent, its progress and the new passcode appear here."));
        icon = Icons::info();
        break;
    case Mode::Waiting:
        headline =
            tr("%1: waiting for the device (%2)").arg(actionName, actions::displayName(m_action.state));
        details = paragraph(
            actions::yieldsPasscode(m_action.key.action)
                ? tr("The device must check in to receive the action. The new passcode appears here when "
                     "Intune "
                     "reports it; this page keeps polling.")
                : tr("The device must check in to receive the action. The result appears here when Intune "
                     "reports it; this page keeps polling."));
        icon = Icons::pending();
        break;
    case Mode::Unknown:
        headline = tr("%1: outcome unknown").arg(actionName);
        details =
            paragraph(tr("The connection dropped or timed out before Intune answered, so it is not known "
                         "whether the request arrived. It was not sent again: this console keeps polling "
                         "the device until Intune reports the action."));
        icon = Icons::warning();
        break;
    case Mode::Code:
        headline = m_scope == eligibility::Scope::WorkProfile ? tr("New work-profile passcode")
                                                              : tr("New device passcode");
        details =
            paragraph(tr("Read it to the user, who types it on the device. Verify the caller's identity "
                         "before revealing it."));
        icon = Icons::ok();
        break;
    case Mode::CodeExpired:
        headline = tr("%1: done").arg(actionName);
        details = paragraph(tr("Intune no longer shows the passcode (it is kept for 7 days). Send the action "
                               "again if the user still needs one."));
        icon = Icons::info();
        break;
    case Mode::Removed:
        headline = tr("Passcode removed");
        details =
            paragraph(tr("The passcode was removed; if a passcode policy applies, the user will be asked "
                         "to set a new one."));
        icon = Icons::ok();
        break;
    case Mode::Failed:
        headline = tr("%1 failed").arg(actionName);
        details = paragraph(likelyCause());
        if (!errorCode.isEmpty())
            details += paragraph(errorCode);
        icon = Icons::error();
        break;
    case Mode::NotSupported:
        headline = tr("%1: not supported on this device").arg(actionName);
        details = paragraph(likelyCause());
        if (!errorCode.isEmpty())
            details += paragraph(errorCode);
        icon = Icons::error();
        break;
    case Mode::Canceled:
        headline = tr("%1 was canceled").arg(actionName);
        details =
            paragraph(tr("Intune canceled the action (a retire, wipe or delete overrides pending actions)."));
        icon = Icons::warning();
        break;
    }
    m_headline->setText(headline);
    m_details->setText(details);
    m_icon->setPixmap(icon.pixmap(QSize(24, 24), devicePixelRatioF()));
    m_busy->setVisible(m_mode == Mode::Waiting || m_mode == Mode::Unknown);
    m_codeBox->setVisible(m_mode == Mode::Code);
    if (m_mode != Mode::Code)
        m_copyStatus->clear();
    renderCode();
    renderTimes();
    updateTicker();
}

void PasscodePanel::renderCode()
{
    const bool hasCode = m_mode == Mode::Code && m_action.passcode;
    const bool gated = !m_gateReason.isEmpty();
    if (!hasCode || gated)
        m_revealed = false;
    const QSignalBlocker block(m_reveal);
    m_reveal->setChecked(m_revealed);
    m_reveal->setText(m_revealed ? tr("Hide") : tr("Show"));
    m_reveal->setIcon(m_revealed ? Icons::hide() : Icons::show());
    m_copy->setText(tr("Copy"));
    // Kept back until the caller is verified: disabled, and the reason said beside them (a disabled button
    // takes no focus, so the reason must not live in its tooltip only).
    m_reveal->setEnabled(!gated);
    m_copy->setEnabled(!gated);
    m_reveal->setToolTip(gated ? m_gateReason : QString());
    m_reveal->setAccessibleDescription(gated ? m_gateReason : QString());
    m_copy->setToolTip(
        gated ? m_gateReason
              : tr("Copy the passcode; the clipboard is cleared after a while if it still holds it."));
    m_copy->setAccessibleDescription(gated ? m_gateReason : QString());
    m_gateHint->setText(m_gateReason);
    m_gateHint->setVisible(hasCode && gated);
    if (!hasCode) {
        m_code->clear();
        m_reading->clear();
        m_reading->hide();
        return;
    }
    const QString &code = *m_action.passcode;
    m_code->setText(m_revealed ? PasscodeFormat::grouped(code) : PasscodeFormat::masked(code));
    m_code->setAccessibleName(m_revealed ? PasscodeFormat::phonetic(code) : tr("Passcode, hidden"));

    const bool numeric = PasscodeFormat::isNumeric(code);
    QString reading =
        numeric
            ? tr("Numeric: %n digit(s), typed on the numeric keypad.", nullptr, static_cast<int>(code.size()))
            : tr("Alphanumeric: %n character(s), letters and digits, case-sensitive; the user "
                 "needs the full keyboard.",
                 nullptr, static_cast<int>(code.size()));
    if (m_revealed && !numeric)
        reading += QLatin1Char('\n') + tr("Read out: %1").arg(PasscodeFormat::phonetic(code));
    m_reading->setText(reading);
    m_reading->show();
}

void PasscodePanel::renderTimes()
{
    const QDateTime now = m_clock.now();
    QStringList lines;
    if (m_mode == Mode::Waiting || m_mode == Mode::Unknown) {
        if (m_action.requestedAt.isValid())
            lines << tr("Requested %1 (%2 ago).")
                         .arg(TimeFormat::dateTime(m_action.requestedAt),
                              TimeFormat::duration(m_action.requestedAt.secsTo(now)));
        if (m_action.stateSince.isValid() && m_action.state != actions::ActionState::Requested)
            lines << tr("%1 for %2.")
                         .arg(actions::displayName(m_action.state),
                              TimeFormat::duration(m_action.stateSince.secsTo(now)));
        lines << tr("The device last checked in %1 (%2).")
                     .arg(TimeFormat::ago(m_device.lastSyncDateTime, now),
                          TimeFormat::dateTime(m_device.lastSyncDateTime));
    } else if (m_mode == Mode::Code) {
        if (m_action.passcodeExpiry.isValid() && m_action.passcodeExpiry <= now) {
            // The 7 days just ended: hide the code.
            setAction(m_device, m_action, m_scope);
            return;
        }
        if (m_action.passcodeExpiry.isValid())
            lines << tr("Shown for 7 days: %1 (until %2).")
                         .arg(TimeFormat::timeLeft(m_action.passcodeExpiry, now),
                              TimeFormat::dateTime(m_action.passcodeExpiry));
    }
    m_times->setText(lines.join(QLatin1Char('\n')));
    m_times->setVisible(!lines.isEmpty());
}

void PasscodePanel::updateTicker()
{
    const bool ticking =
        isVisible() && (m_mode == Mode::Waiting || m_mode == Mode::Unknown || m_mode == Mode::Code);
    if (ticking && !m_ticker.isActive())
        m_ticker.start();
    else if (!ticking)
        m_ticker.stop();
}

void PasscodePanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    renderTimes();
    updateTicker();
}

void PasscodePanel::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    m_ticker.stop();
}

void PasscodePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace passcode::ui
