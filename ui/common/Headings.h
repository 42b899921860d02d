// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QWidget;

namespace passcode::ui {

/** How much larger than the body text a heading is. */
inline constexpr double kPageTitleScale = 1.5;
inline constexpr double kDialogTitleScale = 1.3;

/** Makes @p label a bold heading, @p scale times the size of its current font. */
void makeHeading(QLabel *label, double scale);

/** A new page title ("pageTitle", bold, kPageTitleScale), as every page of the console has. */
QLabel *newPageTitle(QWidget *parent);

} // namespace passcode::ui
