// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/PaletteMatcher.h"

#include "core/devices/DeviceDirectory.h"
#include "ui/devices/DeviceSearchIndex.h"

#include <QKeySequence>
#include <QRegularExpression>
#include <QSet>
#include <QStringMatcher>

#include <algorithm>

namespace passcode::ui {

namespace {

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.toCaseFolded().split(space, Qt::SkipEmptyParts);
}

bool containsAll(const QString &folded, const QStringList &words)
{
    for (const QString &word : words) {
        if (!folded.contains(word))
            return false;
    }
    return true;
}

bool equalNoCase(const QString &field, const QString &text)
{
    return field.size() == text.size() && field.compare(text, Qt::CaseInsensitive) == 0;
}

} // namespace

void PaletteMatcher::setRecents(QList<RecentDevice> recents)
{
    m_recents = std::move(recents);
    if (m_recents.size() > RecentDevices::kMax)
        m_recents.resize(RecentDevices::kMax);
}

void PaletteMatcher::setDevices(const devices::DeviceDirectory *directory, const DeviceSearchIndex *index)
{
    m_directory = directory;
    m_index = directory ? index : nullptr;
}

QString PaletteMatcher::recentShortcut(int place)
{
    const int digit = (place + 1) % 10;
    return QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + digit)).toString(QKeySequence::NativeText);
}

PaletteItem PaletteMatcher::deviceItem(int row, PaletteItem::Kind kind) const
{
    const devices::Device &d = m_directory->at(row);
    QStringList detail;
    for (const QString *field : {&d.serialNumber, &d.userPrincipalName, &d.model}) {
        if (!field->isEmpty())
            detail.append(*field);
    }
    PaletteItem item;
    item.kind = kind;
    item.key = d.id;
    item.title = d.deviceName.isEmpty() ? d.id : d.deviceName;
    item.detail = detail.join(QStringLiteral(" · "));
    return item;
}

PaletteMatcher::Result PaletteMatcher::match(const QString &text) const
{
    Result result;
    const QStringList words = wordsOf(text);
    QList<QStringMatcher> matchers;
    for (const QString &word : words)
        matchers.append(QStringMatcher(word, Qt::CaseSensitive)); // keys and words are both case-folded
    const bool searchDevices = m_index && !words.isEmpty();
    const int rows = searchDevices ? std::min(m_directory->count(), m_index->count()) : 0;

    // Pages and commands, pages first.
    QList<PaletteItem> pages;
    QList<PaletteItem> commands;
    for (const PaletteCommand &command : m_commands) {
        if (!words.isEmpty() &&
            !containsAll(QString(command.title + u' ' + command.keywords).toCaseFolded(), words))
            continue;
        PaletteItem item;
        item.kind = command.isPage ? PaletteItem::Kind::Page : PaletteItem::Kind::Command;
        item.key = command.key;
        item.title = command.title;
        item.shortcut = command.shortcut;
        (command.isPage ? pages : commands).append(item);
    }

    // Recent devices: first when nothing is typed, after the commands when they match.
    QList<PaletteItem> recents;
    QSet<QString> recentIds;
    for (int place = 0; place < m_recents.size(); ++place) {
        const RecentDevice &recent = m_recents.at(place);
        const int row = m_directory ? m_directory->rowOf(recent.id) : -1;
        const bool matches = words.isEmpty() ||
                             (row >= 0 && row < rows && m_index->rowMatches(row, matchers)) ||
                             containsAll(recent.name.toCaseFolded(), words);
        if (!matches)
            continue;
        PaletteItem item;
        if (row >= 0) {
            item = deviceItem(row, PaletteItem::Kind::RecentDevice);
        } else {
            item.kind = PaletteItem::Kind::RecentDevice;
            item.key = recent.id;
            item.title = recent.name.isEmpty() ? recent.id : recent.name;
        }
        item.shortcut = recentShortcut(place);
        item.recent = place;
        recents.append(item);
        recentIds.insert(recent.id);
    }
    if (words.isEmpty()) {
        result.items = recents + pages + commands;
        return result;
    }
    result.items = pages + commands + recents;
    if (!searchDevices)
        return result;

    // Loaded devices: one scan of the index per word, then the hits ranked in three bands.
    const QString whole = text.trimmed();
    QList<int> exact;
    QList<int> prefix;
    QList<int> other;
    if (words.size() == 1) {
        // A pasted Intune device id: the keys hold no ids.
        if (const int row = m_directory->rowOf(words.constFirst()); row >= 0 && !recentIds.contains(whole)) {
            exact.append(row);
            ++result.deviceMatches;
        }
    }
    m_index->match(matchers, m_hits);
    const QString &first = words.constFirst();
    for (int row = 0; row < rows; ++row) {
        if (!m_hits[static_cast<std::size_t>(row)])
            continue;
        const devices::Device &d = m_directory->at(row);
        if (!recentIds.isEmpty() && recentIds.contains(d.id))
            continue;
        ++result.deviceMatches;
        if (exact.size() < kMaxDevices &&
            (equalNoCase(d.deviceName, whole) || equalNoCase(d.serialNumber, whole) ||
             equalNoCase(d.imei, whole) || equalNoCase(d.userPrincipalName, whole)))
            exact.append(row);
        else if (prefix.size() < kMaxDevices && d.deviceName.startsWith(first, Qt::CaseInsensitive))
            prefix.append(row);
        else if (other.size() < kMaxDevices)
            other.append(row);
    }
    for (const QList<int> *band : {&exact, &prefix, &other}) {
        for (int row : *band) {
            if (result.devicesListed >= kMaxDevices)
                break;
            result.items.append(deviceItem(row, PaletteItem::Kind::Device));
            ++result.devicesListed;
        }
    }
    return result;
}

} // namespace passcode::ui
