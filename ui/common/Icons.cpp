// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Icons.h"

namespace passcode::ui {

QIcon Icons::named(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

QIcon Icons::refresh()
{
    return named(QStringLiteral("refresh"));
}
QIcon Icons::cancel()
{
    return named(QStringLiteral("cancel"));
}
QIcon Icons::exportFile()
{
    return named(QStringLiteral("export"));
}
QIcon Icons::search()
{
    return named(QStringLiteral("search"));
}
QIcon Icons::back()
{
    return named(QStringLiteral("back"));
}
QIcon Icons::devices()
{
    return named(QStringLiteral("devices"));
}
QIcon Icons::deviceActions()
{
    return named(QStringLiteral("device-actions"));
}
QIcon Icons::copy()
{
    return named(QStringLiteral("copy"));
}
QIcon Icons::show()
{
    return named(QStringLiteral("show"));
}
QIcon Icons::hide()
{
    return named(QStringLiteral("hide"));
}
QIcon Icons::warning()
{
    return named(QStringLiteral("warning"));
}
QIcon Icons::error()
{
    return named(QStringLiteral("error"));
}
QIcon Icons::info()
{
    return named(QStringLiteral("info"));
}
QIcon Icons::ok()
{
    return named(QStringLiteral("ok"));
}
QIcon Icons::pending()
{
    return named(QStringLiteral("pending"));
}
QIcon Icons::settings()
{
    return named(QStringLiteral("settings"));
}
QIcon Icons::passcode()
{
    return named(QStringLiteral("passcode"));
}
QIcon Icons::pause()
{
    return named(QStringLiteral("pause"));
}
QIcon Icons::play()
{
    return named(QStringLiteral("play"));
}

} // namespace passcode::ui
