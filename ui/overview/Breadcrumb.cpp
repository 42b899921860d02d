// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/Breadcrumb.h"

#include <QEvent>

namespace passcode::ui {

Breadcrumb::Breadcrumb(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("breadcrumb"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QLabel::linkActivated, this, [this] { Q_EMIT backRequested(); });
    render();
}

Breadcrumb::~Breadcrumb() = default;

void Breadcrumb::setDeviceName(const QString &name)
{
    m_deviceName = name;
    render();
}

void Breadcrumb::render()
{
    const QString separator = QStringLiteral(" &rsaquo; ");
    setText(QStringLiteral("<a href=\"devices\">") + tr("Devices").toHtmlEscaped() + QStringLiteral("</a>") +
            separator + QStringLiteral("<a href=\"all\">") + tr("All devices").toHtmlEscaped() +
            QStringLiteral("</a>") + separator + QStringLiteral("<b>") + m_deviceName.toHtmlEscaped() +
            QStringLiteral("</b>"));
    setAccessibleName(tr("Devices › All devices › %1").arg(m_deviceName));
}

void Breadcrumb::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

} // namespace passcode::ui
