// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace passcode::ui {

/** The console's SVG icons (resources/icons, resource prefix /icons): crisp at any device pixel ratio. */
class Icons
{
public:
    static QIcon refresh();
    static QIcon cancel();
    static QIcon exportFile();
    static QIcon search();
    static QIcon back();
    static QIcon devices();
    static QIcon deviceActions();
    static QIcon copy();
    static QIcon show();
    static QIcon hide();
    static QIcon warning();
    static QIcon error();
    static QIcon info();
    static QIcon ok();
    static QIcon pending();
    static QIcon settings();
    static QIcon passcode();
    static QIcon pause();
    static QIcon play();

    /** The icon at :/icons/<name>.svg. */
    static QIcon named(const QString &name);
};

} // namespace passcode::ui
