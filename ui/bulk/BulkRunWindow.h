// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/BulkRun.h"
#include "core/actions/PasscodeExport.h"
#include "ui/common/SecretClipboard.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace passcode {
class Clock;
}
namespace passcode::actions {
class ActionTracker;
}

namespace passcode::ui {

class BulkResultsFilter;
class BulkResultsModel;
class DialogPresenter;

/**
 * One bulk run: its progress (counts, time left), Pause / Resume / Cancel (cancel stops what has not left;
 * what left is followed), and its results grid (BulkResultsModel) with a filter by state, the passcode of a
 * row shown and copied under the Overview's rules (masked until shown; the copy goes through SecretClipboard:
 * marked secret, it leaves the clipboard after 60 s and at exit if it is still there), "Retry failed" (asks
 * for a new plan of the failed and not-processed devices: retryRequested()), the CSV export (never a
 * passcode) and the passcodes' encrypted export (OpenPGP, passphrase asked twice: actions::PasscodeExport,
 * PassphraseDialog). Non-modal: several runs can be open, and the console stays usable.
 */
class BulkRunWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunWindow)

public:
    BulkRunWindow(actions::BulkRun &run, const actions::ActionTracker &tracker, const Clock &clock,
                  DialogPresenter &dialogs, const QString &tenantName, QWidget *parent = nullptr);
    ~BulkRunWindow() override;

    actions::BulkRun &run() const { return m_run; }
    BulkResultsModel *resultsModel() const { return m_results; }
    BulkResultsFilter *resultsFilter() const { return m_filter; }
    QTableView *grid() const { return m_grid; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelRunButton() const { return m_cancelRun; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *exportPasscodesButton() const { return m_exportCodes; }
    QString countsText() const;
    QString timeLeftText() const;

    /** Writes the grid as CSV to @p fileName; the error message, or empty. */
    QString exportTo(const QString &fileName) const;
    /** Shows or hides the passcode of the current row. */
    void toggleReveal();
    /** Copies the current row's passcode and arms the clipboard clear. */
    void copyPasscode();
    /** The rows of the encrypted passcode export: every device of the run with a passcode in the tracker. */
    QList<actions::PasscodeExportRow> passcodeRows() const;
    /** "Export passcodes (encrypted)…": a file, a passphrase asked twice, then an OpenPGP file. */
    void exportPasscodes();

Q_SIGNALS:
    /** "Retry failed": plan these devices again (fresh read) for a new run. */
    void retryRequested(const QStringList &deviceIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateProgress();
    void updateRowButtons();
    void exportCsv();

    actions::BulkRun &m_run;
    const actions::ActionTracker &m_tracker;
    const Clock &m_clock;
    DialogPresenter &m_dialogs;
    QString m_tenantName;
    BulkResultsModel *m_results = nullptr;
    BulkResultsFilter *m_filter = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_timeLeft = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancelRun = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTableView *m_grid = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportCodes = nullptr;
    QPointer<actions::PasscodeExportJob> m_exportJob;
    QPushButton *m_close = nullptr;
    QLabel *m_copyStatus = nullptr;
    SecretClipboard m_clipboard;
};

} // namespace passcode::ui
