// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mainwindow/TenantSwitcher.h"

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace passcode::ui {

/**
 * Ctrl+Shift+T: a small popup listing the tenants (and "All tenants"), filtered by what is typed; Up/Down
 * move, Enter switches (chosen()), Escape closes. Deletes itself when closed.
 */
class QuickSwitcher final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSwitcher)

public:
    QuickSwitcher(const QList<TenantEntry> &tenants, QWidget *parent);
    ~QuickSwitcher() override;

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    /** Shows the popup centred at the top of @p over, the filter focused. */
    void popUp(QWidget *over);

Q_SIGNALS:
    void chosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void choose();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace passcode::ui
