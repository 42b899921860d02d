// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLineEdit;

namespace passcode::ui {

/**
 * Tells when the user pasted into a line edit, whichever way: the platform's Paste keys (Ctrl+V,
 * Shift+Insert), the context menu's Paste, a middle click, a drop, or any other edit that inserted more than
 * one character at once (typing inserts one). A text set by the program (setText()) is not a paste. Used to
 * jump to a device when a serial number, IMEI or UPN copied from a ticket is pasted. Lives as long as the
 * line edit (its child).
 */
class PasteWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteWatcher)

public:
    explicit PasteWatcher(QLineEdit *edit);
    ~PasteWatcher() override;

    /** Whether an edit from @p before to @p after inserted more than one character at one place. */
    static bool insertsSeveral(const QString &before, const QString &after);

Q_SIGNALS:
    /** A paste changed the text; @p text is the line edit's whole text after it. */
    void pasted(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged(const QString &text);
    void onEdited(const QString &text);

    QLineEdit *m_edit;
    QString m_previous; ///< the text before the last change
    QString m_current;  ///< the text after the last change
    bool m_pasteKey = false;
};

} // namespace passcode::ui
