// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkRunsDialog.h"

#include "ui/common/TimeFormat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace passcode::ui {

using actions::RunItemStatus;

BulkRunsDialog::BulkRunsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkRunsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("bulkRunsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(5);
    m_list->header()->resizeSection(0, 140);
    m_list->header()->resizeSection(1, 200);
    m_list->header()->resizeSection(2, 90);
    m_list->header()->resizeSection(3, 180);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("bulkRunsOpen"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_open, &QPushButton::clicked, this, &BulkRunsDialog::openCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_list, &QTreeWidget::itemActivated, this, &BulkRunsDialog::openCurrent);
    retranslate();
    resize(820, 420);
}

BulkRunsDialog::~BulkRunsDialog() = default;

QString BulkRunsDialog::countsText(const actions::RunRecord &run)
{
    QStringList parts;
    for (RunItemStatus s :
         {RunItemStatus::Done, RunItemStatus::Failed, RunItemStatus::NotSupported, RunItemStatus::Pending,
          RunItemStatus::Accepted, RunItemStatus::Sent, RunItemStatus::Unknown, RunItemStatus::NotSent,
          RunItemStatus::NotProcessed, RunItemStatus::Skipped}) {
        if (const int n = run.count(s))
            parts << tr("%L1 %2", "count and state").arg(n).arg(actions::displayName(s).toLower());
    }
    return parts.join(QStringLiteral(" · "));
}

void BulkRunsDialog::setRuns(const QList<actions::RunRecord> &runs)
{
    m_runs = runs;
    m_list->clear();
    for (const actions::RunRecord &run : runs) {
        auto *item = new QTreeWidgetItem(
            m_list, {TimeFormat::dateTime(run.createdAt), run.ticket, actions::displayName(run.state),
                     tr("%Ln device(s)", nullptr, int(run.items.size())), countsText(run)});
        item->setData(0, Qt::UserRole, run.id);
        item->setToolTip(1, tr("By %1").arg(run.initiatedBy));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_open->setEnabled(!runs.isEmpty());
}

void BulkRunsDialog::openCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item)
        Q_EMIT openRequested(item->data(0, Qt::UserRole).toString());
}

void BulkRunsDialog::retranslate()
{
    setWindowTitle(tr("Bulk passcode runs"));
    m_list->setHeaderLabels({tr("Started"), tr("Ticket"), tr("State"), tr("Devices"), tr("Results")});
    m_list->setAccessibleName(tr("Bulk passcode runs"));
    m_open->setText(tr("&Open results"));
    m_open->setAccessibleName(tr("Open the results of the selected run"));
    if (!m_runs.isEmpty())
        setRuns(m_runs);
}

void BulkRunsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
