// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RunRecord.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace passcode::ui {

/**
 * The bulk runs of the tenant (RunStore::list(), newest first): when, ticket, who, state and counts; Open (or
 * Enter, or a double click) shows the run's results grid (openRequested()).
 */
class BulkRunsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunsDialog)

public:
    explicit BulkRunsDialog(QWidget *parent = nullptr);
    ~BulkRunsDialog() override;

    void setRuns(const QList<actions::RunRecord> &runs);
    QTreeWidget *list() const { return m_list; }
    /** "12 done · 1 failed · …" for a run. */
    static QString countsText(const actions::RunRecord &run);

Q_SIGNALS:
    void openRequested(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openCurrent();

    QList<actions::RunRecord> m_runs;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace passcode::ui
