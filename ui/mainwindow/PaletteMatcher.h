// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mainwindow/RecentDevices.h"

#include <QList>
#include <QString>

#include <vector>

namespace passcode::devices {
class DeviceDirectory;
}

namespace passcode::ui {

class DeviceSearchIndex;

/** A page or command the palette offers: in practice one of the window's QActions. */
struct PaletteCommand
{
    QString key;      ///< what the palette hands back when it is chosen
    QString title;    ///< its name, without mnemonic ("All devices", "Refresh")
    QString keywords; ///< other words that find it ("settings" for Preferences); may be empty
    QString shortcut; ///< its keys as text ("Ctrl+1"); may be empty
    bool isPage = false;
};

/** One row of the palette's list. */
struct PaletteItem
{
    enum class Kind
    {
        Page,
        Command,
        RecentDevice,
        Device
    };
    Kind kind = Kind::Command;
    QString key;      ///< the command's key, or the device's id
    QString title;    ///< the page's or command's name, or the device's name
    QString detail;   ///< a device's serial number, primary user and model; empty for commands
    QString shortcut; ///< the keys that choose it without the list ("Ctrl+1"; "Alt+1" for the first recent
                      ///< device)
    int recent = -1;  ///< the recent device's place (0 = Alt+1 … 9 = Alt+0), else -1
};

/**
 * What the command palette (Ctrl+K) lists for a typed text, without widgets. An empty text lists the recent
 * devices (each with its Alt+digit), then the pages, then the commands. A text lists the pages and commands
 * whose name (or keywords) contain every word, then the recent devices and the loaded devices whose name,
 * serial number, primary user (UPN), IMEI or model contain every word (case-insensitively): exact matches of
 * the whole text first (the device named so, or with that serial, IMEI or UPN), then names starting with it,
 * then the others, at most kMaxDevices of them. Devices are matched with the All devices page's search index
 * (one scan of its buffer per word, a few milliseconds at 100,000 devices), so nothing is copied per device.
 */
class PaletteMatcher
{
public:
    /** At most this many device rows are listed; deviceMatches() tells how many matched. */
    static constexpr int kMaxDevices = 50;

    void setCommands(QList<PaletteCommand> commands) { m_commands = std::move(commands); }
    void setRecents(QList<RecentDevice> recents);
    /**
     * The current tenant's devices and their search keys by row (DeviceFilterModel's index, the same rows as
     * the directory); both must outlive the matcher. Null: no devices are searched.
     */
    void setDevices(const devices::DeviceDirectory *directory, const DeviceSearchIndex *index);
    const devices::DeviceDirectory *directory() const { return m_directory; }
    const QList<RecentDevice> &recents() const { return m_recents; }

    struct Result
    {
        QList<PaletteItem> items;
        int deviceMatches = 0; ///< loaded devices matching the text, listed or not (recent ones excluded)
        int devicesListed = 0; ///< device rows among items (recent ones excluded)
    };
    Result match(const QString &text) const;

    /** "Alt+1" … "Alt+9", "Alt+0" for the recent device at @p place (0 … 9), as the platform writes keys. */
    static QString recentShortcut(int place);

private:
    PaletteItem deviceItem(int row, PaletteItem::Kind kind) const;

    QList<PaletteCommand> m_commands;
    QList<RecentDevice> m_recents;
    const devices::DeviceDirectory *m_directory = nullptr;
    const DeviceSearchIndex *m_index = nullptr;
    mutable std::vector<quint8> m_hits; ///< scratch of match()
};

} // namespace passcode::ui
