// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/CallerCheckPanel.h"

#include "ui/common/Headings.h"
#include "ui/common/TimeFormat.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace passcode::ui {

namespace {

struct Fact
{
    const char *name;
    const char *label;
};
/** What a technician checks with the caller, in the order they ask. */
constexpr Fact kFacts[] = {
    {"name", QT_TRANSLATE_NOOP("passcode::ui::CallerCheckPanel", "Primary user")},
    {"upn", QT_TRANSLATE_NOOP("passcode::ui::CallerCheckPanel", "User principal name")},
    {"phone", QT_TRANSLATE_NOOP("passcode::ui::CallerCheckPanel", "Phone number")},
    {"lastCheckIn", QT_TRANSLATE_NOOP("passcode::ui::CallerCheckPanel", "Last check-in")},
    {"enrollment", QT_TRANSLATE_NOOP("passcode::ui::CallerCheckPanel", "Enrollment type")},
    {"ownership", QT_TRANSLATE_NOOP("passcode::ui::CallerCheckPanel", "Ownership")},
};

} // namespace

CallerCheckPanel::CallerCheckPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("callerCheckPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    makeHeading(m_title, 1.05);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft);
    for (const Fact &fact : kFacts) {
        const QString name = QString::fromLatin1(fact.name);
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("caller_") + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        label->setBuddy(value);
        m_form->addRow(label, value);
        m_labels.insert(name, label);
        m_values.insert(name, value);
    }
    layout->addLayout(m_form);
    m_check = new QCheckBox(this);
    m_check->setObjectName(QStringLiteral("callerVerified"));
    layout->addWidget(m_check);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("callerCheckStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_check, &QCheckBox::toggled, this, &CallerCheckPanel::onToggled);
    retranslate();
}

CallerCheckPanel::~CallerCheckPanel() = default;

void CallerCheckPanel::setDevice(const devices::Device &device, const QDateTime &now)
{
    if (device.id != m_device.id)
        reset();
    m_device = device;
    m_now = now;
    renderFacts();
}

void CallerCheckPanel::reset()
{
    const bool was = m_verified || m_check->isChecked();
    m_verified = false;
    m_verifiedBy.clear();
    m_verifiedAt = {};
    m_error.clear();
    {
        const QSignalBlocker block(m_check);
        m_check->setChecked(false);
    }
    retranslate();
    if (was)
        Q_EMIT verificationCleared();
}

void CallerCheckPanel::setVerified(const QString &by, const QDateTime &at)
{
    m_verified = true;
    m_verifiedBy = by;
    m_verifiedAt = at;
    m_error.clear();
    const QSignalBlocker block(m_check);
    m_check->setChecked(true);
    retranslate();
}

void CallerCheckPanel::setRecordFailed(const QString &message)
{
    m_verified = false;
    m_error = message;
    {
        const QSignalBlocker block(m_check);
        m_check->setChecked(false);
    }
    retranslate();
}

void CallerCheckPanel::onToggled(bool checked)
{
    if (checked) {
        m_error.clear();
        Q_EMIT verificationRequested();
        return;
    }
    m_verified = false;
    m_verifiedBy.clear();
    m_verifiedAt = {};
    retranslate();
    Q_EMIT verificationCleared();
}

QString CallerCheckPanel::fact(const QString &name) const
{
    const QLabel *value = m_values.value(name);
    return value ? value->text() : QString();
}

QString CallerCheckPanel::statusText() const
{
    return m_status->text();
}

void CallerCheckPanel::retranslate()
{
    m_title->setText(tr("Verify the caller"));
    m_intro->setText(tr("Check these with the caller before you read out a passcode."));
    for (const Fact &fact : kFacts)
        m_labels.value(QString::fromLatin1(fact.name))->setText(tr(fact.label) + QLatin1Char(':'));
    m_check->setText(tr("Caller's &identity verified"));
    m_check->setAccessibleName(tr("Caller's identity verified"));
    const QString why =
        tr("The passcode's Show and Copy stay disabled until you tick this. It is recorded in "
           "the journal (who, when, which device) and lasts until you leave this device.");
    m_check->setToolTip(why);
    m_check->setAccessibleDescription(why);
    QString status;
    if (!m_error.isEmpty())
        status = tr("Not recorded, so the passcode stays hidden: %1").arg(m_error);
    else if (m_verified && !m_verifiedBy.isEmpty())
        status = tr("Verified by %1 at %2. Lasts until you leave this device.")
                     .arg(m_verifiedBy, TimeFormat::dateTime(m_verifiedAt));
    else if (m_verified)
        status =
            tr("Verified at %1. Lasts until you leave this device.").arg(TimeFormat::dateTime(m_verifiedAt));
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    renderFacts();
}

void CallerCheckPanel::renderFacts()
{
    const auto set = [this](const char *name, const QString &text) {
        if (QLabel *value = m_values.value(QString::fromLatin1(name)))
            value->setText(text.isEmpty() ? tr("—", "no value") : text);
    };
    const devices::Device &d = m_device;
    set("name", d.userDisplayName.isEmpty() && d.userPrincipalName.isEmpty() ? tr("No primary user")
                                                                             : d.userDisplayName);
    set("upn", d.userPrincipalName);
    set("phone", d.phoneNumber);
    set("lastCheckIn",
        d.lastSyncDateTime.isValid() && m_now.isValid()
            ? tr("%1 (%2)", "date (how long ago)")
                  .arg(TimeFormat::dateTime(d.lastSyncDateTime), TimeFormat::ago(d.lastSyncDateTime, m_now))
            : (d.lastSyncDateTime.isValid() ? TimeFormat::dateTime(d.lastSyncDateTime) : tr("Never")));
    set("enrollment", d.enrollmentType == devices::EnrollmentType::Other
                          ? d.enrollmentTypeRaw
                          : devices::displayText(d.enrollmentType));
    set("ownership", devices::displayText(d.ownership));
}

void CallerCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace passcode::ui
