// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/SyncOffer.h"

#include "ui/common/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passcode::ui {

SyncOffer::SyncOffer(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("syncOffer"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("syncOfferText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    m_accept = new QPushButton(Icons::refresh(), QString(), this);
    m_accept->setObjectName(QStringLiteral("syncOfferAccept"));
    m_accept->setAutoDefault(false);
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("syncOfferDismiss"));
    m_dismiss->setAutoDefault(false);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, &SyncOffer::accepted);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncOffer::dismissed);
    hide();
    retranslate();
}

SyncOffer::~SyncOffer() = default;

void SyncOffer::offer(const QString &actionName, const QString &deviceName)
{
    m_actionName = actionName;
    m_deviceName = deviceName;
    retranslate();
    show();
}

QString SyncOffer::text() const
{
    return m_text->text();
}

void SyncOffer::retranslate()
{
    m_text->setText(tr("Intune delivers %1 when %2 checks in. Sync the device now so that it checks in "
                       "sooner?")
                        .arg(m_actionName, m_deviceName));
    m_accept->setText(tr("Sync now"));
    m_dismiss->setText(tr("Not now"));
    setAccessibleName(tr("Sync offer"));
    setAccessibleDescription(m_text->text());
    m_accept->setAccessibleDescription(tr("Asks %1 to check in with Intune now.").arg(m_deviceName));
    m_dismiss->setAccessibleDescription(tr("Hides this offer; Sync stays in the device's actions."));
}

void SyncOffer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace passcode::ui
