// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/BulkPlan.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace passcode::actions {
class BulkPlanner;
}

namespace passcode::ui {

/**
 * The plan of a bulk passcode action, before anything is sent. First the chosen devices are read again
 * (BulkPlanner: fresh data, 20 per $batch) with a progress bar; then the plan: how many devices get which
 * action (and scope), the cautions that come with them, the skipped devices grouped by reason (an expandable
 * list naming each device and why), a required ticket or reason, and the confirmation, which names the
 * tenant, the counts and the actions. Above kTypedCountThreshold devices the technician types the number of
 * devices to confirm. Cancel is the default button: Enter never sends.
 */
class BulkPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPlanDialog)

public:
    /** Above this many devices, the number must be typed to confirm. */
    static constexpr int kTypedCountThreshold = 25;

    explicit BulkPlanDialog(const QString &tenantName, QWidget *parent = nullptr);
    ~BulkPlanDialog() override;

    /** Reads @p deviceIds again through @p planner (the dialog takes it), then shows the plan. */
    void plan(actions::BulkPlanner *planner, const QStringList &deviceIds);
    /** Shows a plan (what plan() does once the planner is done). */
    void setPlan(const actions::BulkPlan &plan);
    const actions::BulkPlan &currentPlan() const { return m_plan; }

    /** Whether the plan is shown (the reads are over). */
    bool isPlanShown() const;
    QString ticket() const;
    /** Whether the number of devices must be typed. */
    bool needsTypedCount() const;
    /** Whether Send is enabled: something eligible, a ticket, and the typed count when it is needed. */
    bool canConfirm() const;
    /** The confirmation sentence (tenant, counts, actions). */
    QString confirmationText() const;
    /** The action counts, one line each. */
    QString countsText() const;

    QLineEdit *ticketEdit() const { return m_ticket; }
    QLineEdit *countEdit() const { return m_typedCount; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *skippedTree() const { return m_skipped; }

Q_SIGNALS:
    /** Send was pressed: a run of @p plan with @p ticket is wanted. */
    void confirmed(const passcode::actions::BulkPlan &plan, const QString &ticket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void render();
    void updateConfirm();
    void onSend();

    QString m_tenantName;
    actions::BulkPlan m_plan;
    bool m_planShown = false;
    int m_asked = 0;
    QPointer<actions::BulkPlanner> m_planner;

    QLabel *m_heading = nullptr;
    QStackedWidget *m_stages = nullptr;
    QLabel *m_readingText = nullptr;
    QProgressBar *m_reading = nullptr;
    QLabel *m_countsTitle = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_cautions = nullptr;
    QLabel *m_skippedTitle = nullptr;
    QTreeWidget *m_skipped = nullptr;
    QLabel *m_ticketLabel = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLabel *m_confirmation = nullptr;
    QLabel *m_typedCountLabel = nullptr;
    QLineEdit *m_typedCount = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace passcode::ui
