// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/ActionBar.h"

#include "ui/common/Icons.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace passcode::ui {

using actions::RemoteAction;

namespace {

QString bulletList(const QStringList &items)
{
    QString html;
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return QStringLiteral("<ul style=\"margin:0; -qt-list-indent:1;\">") + html + QStringLiteral("</ul>");
}

} // namespace

ActionBar::ActionBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actionBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setColumnStretch(0, 1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("actionBarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title, 0, 0);

    int gridRow = 1;
    for (RemoteAction action : actions::kAllRemoteActions) {
        Row row;
        row.button = new QPushButton(this);
        row.button->setObjectName(QStringLiteral("action_") + actions::stableName(action));
        row.button->setIcon(Icons::passcode());
        row.button->setAutoDefault(false);
        row.button->setMinimumWidth(170);
        row.explanation = new QLabel(this);
        row.explanation->setObjectName(QStringLiteral("explanation_") + actions::stableName(action));
        row.explanation->setWordWrap(true);
        row.explanation->setTextFormat(Qt::RichText);
        row.explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Each button with its explanation under it, the width of the column: a long French button label
        // beside the explanation left it a hundred pixels on a 1024-pixel screen.
        layout->addWidget(row.button, gridRow, 0, Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(row.explanation, gridRow + 1, 0);
        layout->setRowMinimumHeight(gridRow + 2, 6);
        gridRow += 3;
        connect(row.button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionTriggered(action); });
        m_rows.insert(action, row);
    }
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("verdictSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette sourcePalette = m_source->palette();
    sourcePalette.setColor(QPalette::WindowText, sourcePalette.color(QPalette::PlaceholderText));
    m_source->setPalette(sourcePalette);
    layout->addWidget(m_source, gridRow, 0);
    layout->setRowMinimumHeight(gridRow + 1, 12);

    m_syncTitle = new QLabel(this);
    m_syncTitle->setObjectName(QStringLiteral("syncTitle"));
    m_syncTitle->setFont(titleFont);
    layout->addWidget(m_syncTitle, gridRow + 2, 0);
    m_syncButton = new QPushButton(this);
    m_syncButton->setObjectName(QStringLiteral("action_syncDevice"));
    m_syncButton->setIcon(Icons::refresh());
    m_syncButton->setAutoDefault(false);
    m_syncButton->setMinimumWidth(170);
    layout->addWidget(m_syncButton, gridRow + 3, 0, Qt::AlignLeft | Qt::AlignTop);
    m_syncExplanation = new QLabel(this);
    m_syncExplanation->setObjectName(QStringLiteral("explanation_syncDevice"));
    m_syncExplanation->setWordWrap(true);
    m_syncExplanation->setTextFormat(Qt::RichText);
    m_syncExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_syncExplanation, gridRow + 4, 0);
    connect(m_syncButton, &QPushButton::clicked, this, &ActionBar::syncTriggered);
    render();
}

ActionBar::~ActionBar() = default;

void ActionBar::setVerdicts(const QList<eligibility::Verdict> &verdicts)
{
    m_verdicts = verdicts;
    render();
}

void ActionBar::clear()
{
    m_verdicts.clear();
    render();
}

void ActionBar::setSyncWaiting()
{
    m_syncShown = true;
    m_sync.reset();
    m_syncStatus.clear();
    renderSync();
}

void ActionBar::setSync(const std::optional<eligibility::SyncVerdict> &verdict, const QString &status)
{
    m_syncShown = verdict.has_value();
    m_sync = verdict;
    m_syncStatus = status;
    renderSync();
}

QString ActionBar::syncExplanation() const
{
    return m_syncExplanation->text();
}

void ActionBar::renderSync()
{
    m_syncTitle->setText(tr("Check-in"));
    m_syncButton->setText(tr("Sync"));
    m_syncTitle->setVisible(m_syncShown);
    m_syncButton->setVisible(m_syncShown);
    m_syncExplanation->setVisible(m_syncShown);
    const QString what = tr("Asks the device to check in with Intune now, so that it receives its pending "
                            "actions and policies sooner.");
    m_syncButton->setAccessibleDescription(what);
    if (!m_sync) {
        m_syncButton->setEnabled(false);
        m_syncButton->setToolTip(tr("Waiting for the device's details."));
        m_syncExplanation->setText(tr("Waiting for the device's details."));
        m_syncExplanation->setAccessibleDescription(m_syncExplanation->text());
        return;
    }
    const eligibility::SyncVerdict &v = *m_sync;
    m_syncButton->setEnabled(v.allowed);
    QString html;
    QString plain;
    if (v.allowed) {
        m_syncButton->setToolTip(what);
        html = what.toHtmlEscaped();
        plain = what;
        if (!v.cautions.isEmpty()) {
            html += bulletList(v.cautions);
            plain += u' ' + v.cautions.join(u' ');
        }
    } else {
        const QStringList reasons =
            v.reasons.isEmpty() ? QStringList{tr("Not available for this device.")} : v.reasons;
        m_syncButton->setToolTip(tr("Not available: %1").arg(reasons.join(QLatin1Char(' '))));
        html = tr("Not available:").toHtmlEscaped() + u' ' + reasons.first().toHtmlEscaped();
        if (reasons.size() > 1)
            html += bulletList(reasons.mid(1));
        plain = reasons.join(u' ');
    }
    if (!m_syncStatus.isEmpty()) {
        html += QStringLiteral("<br><b>") + m_syncStatus.toHtmlEscaped() + QStringLiteral("</b>");
        plain += u' ' + m_syncStatus;
    }
    m_syncExplanation->setText(html);
    m_syncExplanation->setAccessibleDescription(plain);
    m_syncButton->setAccessibleDescription(plain);
}

QPushButton *ActionBar::button(RemoteAction action) const
{
    return m_rows.value(action).button;
}

QString ActionBar::explanation(RemoteAction action) const
{
    const QLabel *label = m_rows.value(action).explanation;
    return label ? label->text() : QString();
}

QString ActionBar::sourceText() const
{
    return m_source->text();
}

void ActionBar::render()
{
    m_title->setText(tr("Passcode actions"));
    const eligibility::Verdict *decisive = nullptr;
    for (RemoteAction action : actions::kAllRemoteActions) {
        const Row &row = m_rows[action];
        const auto it = std::find_if(m_verdicts.cbegin(), m_verdicts.cend(),
                                     [action](const eligibility::Verdict &v) { return v.action == action; });
        QString label = actions::displayName(action);
        if (it == m_verdicts.cend()) {
            row.button->setText(label);
            row.button->setEnabled(false);
            row.button->setToolTip(tr("Waiting for the device's details."));
            row.explanation->setText(tr("Waiting for the device's details."));
            continue;
        }
        const eligibility::Verdict &v = *it;
        if (!decisive || v.allowed)
            decisive = &v;
        if (v.allowed && v.scope == eligibility::Scope::WorkProfile)
            label = tr("%1 (work profile)", "action (scope)").arg(label);
        row.button->setText(label);
        row.button->setEnabled(v.allowed);
        if (v.allowed) {
            const QString scope = tr("Available: acts on the %1.", "scope: device or work profile")
                                      .arg(eligibility::displayName(v.scope));
            row.button->setToolTip(scope);
            QString html = QStringLiteral("<b>") + scope.toHtmlEscaped() + QStringLiteral("</b>");
            if (!v.cautions.isEmpty())
                html += QStringLiteral("<br>") + tr("Before you send it:").toHtmlEscaped() +
                        bulletList(v.cautions);
            row.explanation->setText(html);
            row.explanation->setAccessibleDescription(scope + QLatin1Char(' ') +
                                                      v.cautions.join(QLatin1Char(' ')));
        } else {
            const QStringList reasons =
                v.reasons.isEmpty() ? QStringList{tr("Not available for this device.")} : v.reasons;
            row.button->setToolTip(tr("Not available: %1").arg(reasons.join(QLatin1Char(' '))));
            QString html = QStringLiteral("<span>") + tr("Not available:").toHtmlEscaped() +
                           QStringLiteral(" ") + reasons.first().toHtmlEscaped() + QStringLiteral("</span>");
            if (reasons.size() > 1)
                html += bulletList(reasons.mid(1));
            row.explanation->setText(html);
            row.explanation->setAccessibleDescription(reasons.join(QLatin1Char(' ')));
        }
    }
    if (decisive && !decisive->source.isEmpty()) {
        m_source->setText(decisive->rule > 0 ? tr("Source: %1 (passcode decision table, row %2).")
                                                   .arg(decisive->source)
                                                   .arg(decisive->rule)
                                             : tr("Source: %1.").arg(decisive->source));
        m_source->show();
    } else {
        m_source->clear();
        m_source->hide();
    }
    renderSync();
}

void ActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
