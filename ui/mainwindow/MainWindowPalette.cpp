// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the command palette (Ctrl+K) over the window's own actions and the current tenant's devices,
// the recent devices it lists first, and View › Language (the palette's language commands).
#include "ui/mainwindow/MainWindow.h"

#include "core/common/Translations.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/ConsoleContext.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/CommandPalette.h"
#include "ui/mainwindow/TenantPages.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace passcode::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

/** An action's text as the palette lists it: "&Refresh" → "Refresh", "Save && close" → "Save & close". */
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

} // namespace

void MainWindow::buildPaletteActions()
{
    m_paletteAction = new QAction(this);
    m_paletteAction->setObjectName(QStringLiteral("commandPaletteAction"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::openCommandPalette);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const auto addLanguage = [this](const QString &code) {
        auto *action = new QAction(m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("languageAction-") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    addLanguage(QString());
    for (const QString &code : availableLanguages())
        addLanguage(code);
    updateLanguageChecks();
    // Ctrl+K is "delete to the end of the line" in text fields on Linux: the window takes it first (see
    // eventFilter()), so that the palette opens from the device search too.
    qApp->installEventFilter(this);
}

void MainWindow::retranslatePalette()
{
    m_paletteAction->setText(tr("Command &palette…"));
    m_paletteAction->setToolTip(tr("Find a page, a command or a device by typing (Ctrl+K)"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languageGroup->actions()) {
        const QString code = action->data().toString();
        if (code.isEmpty()) {
            action->setText(tr("&System default"));
            continue;
        }
        // Each language is named in itself, so that anyone can find their own.
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        action->setText(name.isEmpty() ? code : name);
    }
}

QList<QAction *> MainWindow::languageActions() const
{
    return m_languageGroup->actions();
}

void MainWindow::updateLanguageChecks()
{
    const QString current = m_settings ? m_settings->value(kLanguageKey).toString() : QString();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == current);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (m_settings)
        m_settings->setValue(kLanguageKey, language);
    updateLanguageChecks();
    if (m_applyLanguage)
        m_applyLanguage(language);
    else
        statusBar()->showMessage(tr("The new language applies at the next start."), kStatusTimeoutMs);
}

QList<PaletteCommand> MainWindow::paletteCommands(QHash<QString, QPointer<QAction>> &actions) const
{
    QList<PaletteCommand> commands;
    const auto add = [&](QAction *action, bool isPage, const QString &title = {},
                         const QString &keywords = {}) {
        if (!action || !action->isVisible() || !action->isEnabled())
            return;
        const QString key = QString::number(commands.size());
        actions.insert(key, action);
        commands.append({key, title.isEmpty() ? withoutMnemonic(action->text()) : title, keywords,
                         action->shortcut().toString(QKeySequence::NativeText), isPage});
    };
    add(m_allDevicesAction, true);
    add(m_deviceActionsAction, true);
    add(m_backAction, false);
    add(m_findAction, false, {}, tr("search serial IMEI UPN", "palette keywords of Find a device"));
    add(m_refreshAction, false, {}, tr("reload update", "palette keywords of Refresh"));
    add(m_exportAction, false, {}, tr("csv save", "palette keywords of Export"));
    add(m_shownBulkAction, false);
    add(m_runsAction, false);
    if (m_tenants.size() > 1)
        add(m_quickSwitchAction, false, {}, tr("tenant", "palette keywords of Switch tenant"));
    add(m_navigationPaneAction, false, {}, tr("sidebar tenants", "palette keywords of Navigation pane"));
    add(m_preferencesAction, false, {}, tr("settings options", "palette keywords of Preferences"));
    for (QAction *action : m_languageGroup->actions())
        add(action, false, tr("Language: %1").arg(withoutMnemonic(action->text())),
            tr("language", "palette keywords of the language commands"));
    add(m_signOutAction, false, {}, tr("log out", "palette keywords of Sign out"));
    add(m_aboutAction, false, {}, tr("version help", "palette keywords of About"));
    return commands;
}

CommandPalette *MainWindow::commandPalette() const
{
    return m_palette.data();
}

void MainWindow::openCommandPalette()
{
    if (m_palette) {
        m_palette->raise();
        m_palette->filterEdit()->setFocus();
        return;
    }
    QHash<QString, QPointer<QAction>> actions;
    PaletteMatcher matcher;
    matcher.setCommands(paletteCommands(actions));
    TenantPages *pages = currentTenant();
    ConsoleContext *context = pages ? pages->context() : nullptr;
    if (context) {
        matcher.setRecents(recentsOf(pages->id()).devices());
        matcher.setDevices(&context->directory, &pages->devicesPage()->filterModel()->searchIndex());
    }
    m_palette = new CommandPalette(std::move(matcher), this);
    if (context && context->client)
        m_palette->setServerLookup(*context->client, context->directory);
    const QPointer<TenantPages> from = pages;
    connect(m_palette, &CommandPalette::commandChosen, this, [actions](const QString &key) {
        QAction *action = actions.value(key); // null when it went meanwhile (a tenant closed)
        if (action && action->isEnabled())
            action->trigger();
    });
    connect(m_palette, &CommandPalette::deviceChosen, this, [this, from](const QString &deviceId) {
        if (from && from == currentTenant())
            from->openDevice(deviceId);
    });
    m_palette->popUp(this);
}

QList<RecentDevice> MainWindow::recentDevices(const QString &tenantId) const
{
    return recentsOf(tenantId).devices();
}

RecentDevices &MainWindow::recentsOf(const QString &tenantId) const
{
    auto it = m_recents.find(tenantId);
    if (it == m_recents.end())
        it = m_recents.insert(tenantId,
                              m_settings ? RecentDevices::load(*m_settings, tenantId) : RecentDevices());
    return *it;
}

void MainWindow::noteRecentDevice(const TenantPages *pages, const QString &deviceId)
{
    QString name;
    if (const ConsoleContext *context = pages->context()) {
        if (const std::optional<devices::Device> device = context->directory.findById(deviceId))
            name = device->deviceName;
    }
    RecentDevices &recents = recentsOf(pages->id());
    recents.note(deviceId, name);
    if (m_settings)
        recents.save(*m_settings, pages->id());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() && m_paletteAction &&
        m_paletteAction->isEnabled()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (static_cast<QWidget *>(watched)->window() == this &&
            m_paletteAction->shortcuts().contains(QKeySequence(key->keyCombination()))) {
            // Not overridden: the shortcut map triggers the palette's action instead of the field's binding.
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace passcode::ui
