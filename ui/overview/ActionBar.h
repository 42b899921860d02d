// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"
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
 * buttons.
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

    QPushButton *button(actions::RemoteAction action) const;
    /** The visible explanation next to an action (reasons or cautions). */
    QString explanation(actions::RemoteAction action) const;
    QString sourceText() const;

Q_SIGNALS:
    void actionTriggered(passcode::actions::RemoteAction action);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QPushButton *button = nullptr;
        QLabel *explanation = nullptr;
    };
    void render();

    QHash<actions::RemoteAction, Row> m_rows;
    QLabel *m_title = nullptr;
    QLabel *m_source = nullptr;
    QList<eligibility::Verdict> m_verdicts;
};

} // namespace passcode::ui
