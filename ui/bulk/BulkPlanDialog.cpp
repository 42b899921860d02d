// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkPlanDialog.h"

#include "core/actions/BulkPlanner.h"
#include "ui/common/Headings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace passcode::ui {

using actions::BulkPlan;
using actions::SkipReason;

namespace {

constexpr SkipReason kSkipOrder[] = {SkipReason::NotEligible, SkipReason::AlreadyPending,
                                     SkipReason::RetireWipeIssued, SkipReason::NotFound,
                                     SkipReason::ReadFailed};

QString actionWithScope(actions::RemoteAction action, eligibility::Scope scope)
{
    return scope == eligibility::Scope::None
               ? actions::displayName(action)
               : QStringLiteral("%1 (%2)").arg(actions::displayName(action), eligibility::displayName(scope));
}

} // namespace

BulkPlanDialog::BulkPlanDialog(const QString &tenantName, QWidget *parent)
    : QDialog(parent)
    , m_tenantName(tenantName)
{
    setObjectName(QStringLiteral("bulkPlanDialog"));
    buildUi();
    retranslate();
    resize(640, 560);
}

BulkPlanDialog::~BulkPlanDialog() = default;

void BulkPlanDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    makeHeading(m_heading, 1.3);
    layout->addWidget(m_heading);

    m_stages = new QStackedWidget(this);
    auto *readingPage = new QWidget(m_stages);
    auto *reading = new QVBoxLayout(readingPage);
    m_readingText = new QLabel(readingPage);
    m_readingText->setWordWrap(true);
    m_reading = new QProgressBar(readingPage);
    m_reading->setObjectName(QStringLiteral("planReadProgress"));
    reading->addWidget(m_readingText);
    reading->addWidget(m_reading);
    reading->addStretch(1);
    m_stages->addWidget(readingPage);

    auto *planPage = new QWidget(m_stages);
    auto *plan = new QVBoxLayout(planPage);
    plan->setContentsMargins(0, 0, 0, 0);
    m_countsTitle = new QLabel(planPage);
    makeHeading(m_countsTitle, 1.0);
    m_counts = new QLabel(planPage);
    m_counts->setObjectName(QStringLiteral("planCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cautions = new QLabel(planPage);
    m_cautions->setObjectName(QStringLiteral("planCautions"));
    m_cautions->setWordWrap(true);
    m_skippedTitle = new QLabel(planPage);
    makeHeading(m_skippedTitle, 1.0);
    m_skipped = new QTreeWidget(planPage);
    m_skipped->setObjectName(QStringLiteral("planSkipped"));
    m_skipped->setColumnCount(2);
    m_skipped->setRootIsDecorated(true);
    m_skipped->setUniformRowHeights(true);
    m_skipped->header()->setStretchLastSection(true);
    m_skipped->header()->resizeSection(0, 220);
    m_skippedTitle->setBuddy(m_skipped);
    plan->addWidget(m_countsTitle);
    plan->addWidget(m_counts);
    plan->addWidget(m_cautions);
    plan->addWidget(m_skippedTitle);
    plan->addWidget(m_skipped, 1);

    auto *form = new QFormLayout;
    m_ticketLabel = new QLabel(planPage);
    m_ticket = new QLineEdit(planPage);
    m_ticket->setObjectName(QStringLiteral("planTicket"));
    m_ticket->setMaxLength(200);
    m_ticketLabel->setBuddy(m_ticket);
    form->addRow(m_ticketLabel, m_ticket);
    plan->addLayout(form);
    m_confirmation = new QLabel(planPage);
    m_confirmation->setObjectName(QStringLiteral("planConfirmation"));
    m_confirmation->setWordWrap(true);
    plan->addWidget(m_confirmation);
    auto *typed = new QFormLayout;
    m_typedCountLabel = new QLabel(planPage);
    m_typedCount = new QLineEdit(planPage);
    m_typedCount->setObjectName(QStringLiteral("planTypedCount"));
    m_typedCount->setMaxLength(7);
    m_typedCountLabel->setBuddy(m_typedCount);
    typed->addRow(m_typedCountLabel, m_typedCount);
    plan->addLayout(typed);
    m_stages->addWidget(planPage);
    layout->addWidget(m_stages, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("planSend"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("planCancel"));
    // Cancel is the default: Enter (in the ticket field too) never sends.
    m_send->setAutoDefault(false);
    m_cancel->setAutoDefault(true);
    m_cancel->setDefault(true);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, &BulkPlanDialog::onSend);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ticket, &QLineEdit::textChanged, this, &BulkPlanDialog::updateConfirm);
    connect(m_typedCount, &QLineEdit::textChanged, this, &BulkPlanDialog::updateConfirm);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_planner)
            m_planner->cancel();
    });
    setTabOrder(m_skipped, m_ticket);
    setTabOrder(m_ticket, m_typedCount);
    setTabOrder(m_typedCount, m_cancel);
    setTabOrder(m_cancel, m_send);
    m_stages->setCurrentIndex(0);
    updateConfirm();
}

void BulkPlanDialog::retranslate()
{
    setWindowTitle(tr("Passcode action for several devices"));
    m_heading->setText(m_planShown ? tr("Plan: %Ln device(s)", nullptr, int(m_plan.items.size()))
                                   : tr("Reading %Ln device(s) again…", nullptr, m_asked));
    m_readingText->setText(tr("Each device is read again from %1 so that the plan rests on fresh data. "
                              "Nothing is sent before you confirm.")
                               .arg(m_tenantName));
    m_reading->setAccessibleName(tr("Devices read"));
    m_countsTitle->setText(tr("Actions to send"));
    m_skippedTitle->setText(tr("&Skipped devices"));
    m_skipped->setHeaderLabels({tr("Device"), tr("Why it is skipped")});
    m_skipped->setAccessibleName(tr("Skipped devices, grouped by reason"));
    m_ticketLabel->setText(tr("&Ticket or reason (required):"));
    m_ticket->setPlaceholderText(tr("e.g. INC-4711: kiosk fleet re-issue"));
    m_ticket->setAccessibleName(tr("Ticket or reason"));
    m_typedCount->setAccessibleName(tr("Number of devices, typed to confirm"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel: send nothing"));
    m_send->setAccessibleName(tr("Send the passcode actions"));
    if (m_planShown)
        render();
    updateConfirm();
}

void BulkPlanDialog::plan(actions::BulkPlanner *planner, const QStringList &deviceIds)
{
    m_planner = planner;
    planner->setParent(this);
    m_asked = static_cast<int>(deviceIds.size());
    m_reading->setRange(0, std::max(1, m_asked));
    m_reading->setValue(0);
    connect(planner, &actions::BulkPlanner::progressChanged, this, [this](int read, int total) {
        m_reading->setRange(0, std::max(1, total));
        m_reading->setValue(read);
        m_reading->setFormat(tr("%1 of %2").arg(read).arg(total));
    });
    connect(planner, &actions::BulkPlanner::finished, this, &BulkPlanDialog::setPlan);
    retranslate();
    planner->plan(deviceIds);
}

void BulkPlanDialog::setPlan(const BulkPlan &plan)
{
    m_plan = plan;
    m_planShown = true;
    m_stages->setCurrentIndex(1);
    render();
    retranslate();
    m_ticket->setFocus();
}

bool BulkPlanDialog::isPlanShown() const
{
    return m_planShown;
}

QString BulkPlanDialog::countsText() const
{
    QStringList lines;
    for (const actions::PlanActionCount &c : m_plan.actionCounts())
        lines << tr("%Ln device(s): %1", nullptr, c.count).arg(actionWithScope(c.action, c.scope));
    if (lines.isEmpty())
        lines << tr("No selected device can get a passcode action now.");
    return lines.join(u'\n');
}

void BulkPlanDialog::render()
{
    m_counts->setText(countsText());
    std::set<QString> cautions;
    for (const actions::PlanItem &item : m_plan.items) {
        if (item.eligible())
            cautions.insert(item.cautions.cbegin(), item.cautions.cend());
    }
    QStringList cautionLines;
    for (const QString &c : cautions)
        cautionLines << QStringLiteral("⚠ ") + c;
    m_cautions->setText(cautionLines.join(u'\n'));
    m_cautions->setVisible(!cautionLines.isEmpty());

    m_skipped->clear();
    for (SkipReason reason : kSkipOrder) {
        const int count = m_plan.skipCount(reason);
        if (count == 0)
            continue;
        auto *group =
            new QTreeWidgetItem(m_skipped, {tr("%1 (%L2)").arg(actions::displayName(reason)).arg(count)});
        group->setFirstColumnSpanned(true);
        for (const actions::PlanItem &item : m_plan.items) {
            if (item.skip == reason)
                new QTreeWidgetItem(
                    group, {item.deviceName.isEmpty() ? item.deviceId : item.deviceName, item.skipText});
        }
    }
    const int skipped = m_plan.skippedCount();
    m_skippedTitle->setVisible(skipped > 0);
    m_skipped->setVisible(skipped > 0);
    m_skippedTitle->setText(tr("&Skipped devices: %L1").arg(skipped));
}

QString BulkPlanDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

bool BulkPlanDialog::needsTypedCount() const
{
    return m_plan.eligibleCount() > kTypedCountThreshold;
}

QString BulkPlanDialog::confirmationText() const
{
    QStringList actions;
    for (const actions::PlanActionCount &c : m_plan.actionCounts())
        actions << tr("%1 to %Ln device(s)", nullptr, c.count).arg(actionWithScope(c.action, c.scope));
    return tr("Send %1 in the tenant %2 (%Ln device(s) in all)? Each device gets its action once; the %3 "
              "skipped are left alone.",
              nullptr, m_plan.eligibleCount())
        .arg(actions.join(tr(", ", "list separator")), m_tenantName)
        .arg(m_plan.skippedCount());
}

bool BulkPlanDialog::canConfirm() const
{
    if (!m_planShown || m_plan.eligibleCount() == 0 || ticket().isEmpty())
        return false;
    if (needsTypedCount()) {
        bool ok = false;
        const int typed = m_typedCount->text().trimmed().toInt(&ok);
        return ok && typed == m_plan.eligibleCount();
    }
    return true;
}

void BulkPlanDialog::updateConfirm()
{
    const bool eligible = m_planShown && m_plan.eligibleCount() > 0;
    m_confirmation->setText(eligible ? confirmationText() : QString());
    m_confirmation->setVisible(eligible);
    m_ticket->setEnabled(eligible);
    const bool typed = eligible && needsTypedCount();
    m_typedCountLabel->setVisible(typed);
    m_typedCount->setVisible(typed);
    m_typedCountLabel->setText(tr("Type &%L1 to confirm:").arg(m_plan.eligibleCount()));
    m_send->setText(tr("Send to %Ln device(s) in %1", nullptr, m_plan.eligibleCount())
                        .arg(QString(m_tenantName).replace(u'&', QStringLiteral("&&"))));
    m_send->setEnabled(canConfirm());
    QString why;
    if (eligible && ticket().isEmpty())
        why = tr("A ticket or reason is required for a bulk run.");
    else if (typed && !canConfirm())
        why = tr("Type the number of devices (%L1) to confirm.").arg(m_plan.eligibleCount());
    m_send->setToolTip(why);
    m_send->setAccessibleDescription(why);
}

void BulkPlanDialog::onSend()
{
    if (!canConfirm())
        return;
    Q_EMIT confirmed(m_plan, ticket());
    accept();
}

void BulkPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
