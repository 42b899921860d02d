// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/SignInBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace passcode::ui {

SignInBanner::SignInBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("signInBanner"));
    setStyleSheet(
        QStringLiteral("QFrame#signInBanner { background: #fdecea; border-bottom: 2px solid #b00020; }"
                       " QFrame#signInBanner QLabel { color: #5f0010; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("signInAgainButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &SignInBanner::signInRequested);
    retranslate();
}

SignInBanner::~SignInBanner() = default;

void SignInBanner::setAccount(const QString &account)
{
    m_account = account;
    retranslate();
}

QString SignInBanner::text() const
{
    return m_label->text();
}

void SignInBanner::retranslate()
{
    m_label->setText(
        m_account.isEmpty()
            ? tr("Your sign-in has expired. Sign in again to go on; nothing on this page is lost.")
            : tr("The sign-in of %1 has expired. Sign in again to go on; nothing on this page "
                 "is lost.")
                  .arg(m_account));
    m_button->setText(tr("&Sign in again"));
    setAccessibleName(m_label->text());
}

void SignInBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace passcode::ui
