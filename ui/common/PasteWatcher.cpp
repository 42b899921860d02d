// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PasteWatcher.h"

#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>

namespace passcode::ui {

PasteWatcher::PasteWatcher(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_previous(edit->text())
    , m_current(edit->text())
{
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textChanged, this, &PasteWatcher::onChanged);
    connect(edit, &QLineEdit::textEdited, this, &PasteWatcher::onEdited);
}

PasteWatcher::~PasteWatcher() = default;

bool PasteWatcher::insertsSeveral(const QString &before, const QString &after)
{
    // What the edit inserted: the new text less what it shares with the old one at both ends.
    const qsizetype shortest = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < shortest && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < shortest - head && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    return after.size() - head - tail > 1;
}

void PasteWatcher::onChanged(const QString &text)
{
    m_previous = m_current;
    m_current = text;
}

void PasteWatcher::onEdited(const QString &text)
{
    // textChanged and textEdited come in either order: "before" is whichever text is not the new one.
    const QString &before = m_current == text ? m_previous : m_current;
    const bool pasted = m_pasteKey || insertsSeveral(before, text);
    m_pasteKey = false;
    m_previous = before;
    m_current = text;
    if (pasted)
        Q_EMIT this->pasted(text);
}

bool PasteWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress)
        m_pasteKey = static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste);
    return QObject::eventFilter(watched, event);
}

} // namespace passcode::ui
