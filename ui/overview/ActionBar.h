// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"
#include "core/eligibility/SyncRules.h"
#include "core/eligibility/Verdict.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace passcode::ui {

/**
 * The passcode actions of a device: Reset passcode, Remove passcode and PIN reset, each enabled by its
 * verdict. A disabled button always says why, in its tooltip and in visible text beside it; an enabled one
 * shows its scope and its cautions beside it. The documentation the verdict rests on is named below the
 * buttons. Below them, Sync (Intune's syncDevice: the device checks in sooner), enabled by its own verdict
 * (eligibility::SyncRules and the role), with why not, its cautions, or what became of the last one sent.
 */
class ActionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionBar)

public:
    explicit ActionBar(QWidget *parent = nullptr);
    ~ActionBar() override;

    /** The verdicts of PasscodeRules::evaluateAll (any order; one per action). */
    void setVerdicts(const QList<eligibility::Verdict> &verdicts);
    /** No device yet (or loading): every button disabled with a neutral text. */
    void clear();
    /**
     * Sync's verdict (SyncRules, restricted by the role) and @p status, what became of the last Sync sent
     * (empty: none), shown under the button; std::nullopt hides Sync (no SyncService).
     */
    void setSync(const std::optional<eligibility::SyncVerdict> &verdict, const QString &status = {});
    /** Sync shown, disabled, waiting for the device's details. */
    void setSyncWaiting();
    QPushButton *syncButton() const { return m_syncButton; }
    /** The visible text under Sync (why not, cautions, the last Sync's status). */
    QString syncExplanation() const;

    QPushButton *button(actions::RemoteAction action) const;
    /** The visible explanation next to an action (reasons or cautions). */
    QString explanation(actions::RemoteAction action) const;
    QString sourceText() const;

Q_SIGNALS:
    void actionTriggered(passcode::actions::RemoteAction action);
    void syncTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QPushButton *button = nullptr;
        QLabel *explanation = nullptr;
    };
    void render();
    void renderSync();

    QHash<actions::RemoteAction, Row> m_rows;
    QLabel *m_title = nullptr;
    QLabel *m_source = nullptr;
    QList<eligibility::Verdict> m_verdicts;
    QLabel *m_syncTitle = nullptr;
    QPushButton *m_syncButton = nullptr;
    QLabel *m_syncExplanation = nullptr;
    std::optional<eligibility::SyncVerdict> m_sync;
    QString m_syncStatus;
    bool m_syncShown = false;
};

} // namespace passcode::ui
