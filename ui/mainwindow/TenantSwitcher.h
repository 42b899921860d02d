// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QListWidget>
#include <QString>

namespace passcode::ui {

/** A tenant as the switchers show it. */
struct TenantEntry
{
    QString id;
    QString name;
    QColor color;
    /** "Signed in", "Loading 12,000 of 100,000", "Sign-in needed", "Failed: …". */
    QString state;
};

/** A small square of the tenant's colour (switchers, lists of tenants). */
QIcon tenantSwatch(const QColor &color);

/**
 * The tenant switcher at the top of the navigation pane: each open tenant with its colour swatch, name and
 * state, then "All tenants". Keyboard: arrows move, the selection switches (tenantRequested()); each row's
 * accessible name is "name, state".
 */
class TenantSwitcher final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantSwitcher)

public:
    /** The id of the "All tenants" row. */
    static QString allTenantsId() { return QStringLiteral("*all-tenants*"); }

    explicit TenantSwitcher(QWidget *parent = nullptr);
    ~TenantSwitcher() override;

    /** Adds or updates the row of @p entry (by id), before "All tenants". */
    void setTenant(const TenantEntry &entry);
    void removeTenant(const QString &id);
    QList<TenantEntry> tenants() const;
    /** Selects the row of @p id without emitting tenantRequested(). */
    void setCurrentTenant(const QString &id);
    QString currentTenant() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void tenantRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QListWidgetItem *itemFor(const QString &id) const;
    void render(QListWidgetItem *item, const TenantEntry &entry);

    QListWidgetItem *m_all = nullptr;
    QList<TenantEntry> m_entries;
    bool m_updating = false;
};

} // namespace passcode::ui
