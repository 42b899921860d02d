// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passcode::ui {

namespace {

/** Unicode code points, without copying the secret (a surrogate pair is one character). */
int characterCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace

PassphraseDialog *PassphraseDialog::ask(QWidget *parent, const QString &fileName, QObject *context,
                                        PassphraseCallback done)
{
    auto *dialog = new PassphraseDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileName(fileName);
    // finished() comes before done() clears the fields (see done()).
    connect(dialog, &QDialog::finished, context, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? dialog->passphrase() : QByteArray());
    });
    dialog->open();
    return dialog;
}

PassphraseDialog::PassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_firstLabel(new QLabel(this))
    , m_secondLabel(new QLabel(this))
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    for (QLineEdit *field : {m_first, m_second}) {
        field->setEchoMode(QLineEdit::Password);
        // No input method: its candidate window and prediction would see the passphrase.
        field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                   Qt::ImhNoAutoUppercase);
        connect(field, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);

    auto *form = new QFormLayout;
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_secondLabel, m_second);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_first, m_second);
    m_first->setFocus();
    retranslate();
}

PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::setFileName(const QString &fileName)
{
    m_fileName = fileName;
    retranslate();
}

QPushButton *PassphraseDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QByteArray PassphraseDialog::passphrase() const
{
    return isAcceptable() ? m_first->text().toUtf8() : QByteArray();
}

bool PassphraseDialog::isAcceptable() const
{
    return problem().isEmpty();
}

QString PassphraseDialog::problem() const
{
    const QString first = m_first->text();
    if (characterCount(first) < kMinimumLength) {
        return tr("The passphrase needs at least %n characters: a long phrase is easier to type than a short "
                  "password and harder to guess.",
                  nullptr, kMinimumLength);
    }
    const QString second = m_second->text();
    if (second.isEmpty())
        return tr("Type the passphrase again to confirm it.");
    if (second != first)
        return tr("The two passphrases do not match.");
    return QString();
}

void PassphraseDialog::setPassphrases(const QString &first, const QString &second)
{
    m_first->setText(first);
    m_second->setText(second);
}

void PassphraseDialog::done(int result)
{
    QDialog::done(result);
    // After finished()/accepted() were emitted and answered: nothing of the passphrase stays in the widgets.
    m_first->clear();
    m_second->clear();
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslate()
{
    setWindowTitle(tr("Passphrase for the encrypted export"));
    const QString target = m_fileName.isEmpty() ? tr("the file") : m_fileName;
    m_explanation->setText(
        tr("The passcodes are written to %1, encrypted with this passphrase (OpenPGP). Open it with "
           "\"gpg --decrypt\" or another OpenPGP tool. Give the passphrase to its recipient by another "
           "way than the file. It is not stored anywhere: if it is lost, the file cannot be opened.")
            .arg(target));
    m_firstLabel->setText(tr("&Passphrase:"));
    m_secondLabel->setText(tr("&Repeat passphrase:"));
    m_first->setAccessibleName(tr("Passphrase"));
    m_second->setAccessibleName(tr("Repeat passphrase"));
    m_first->setAccessibleDescription(tr("At least %n characters.", nullptr, kMinimumLength));
    okButton()->setText(tr("&Encrypt and save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_problem->setAccessibleName(tr("Passphrase check"));
    updateState();
}

void PassphraseDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    okButton()->setEnabled(text.isEmpty());
    m_second->setAccessibleDescription(text);
}

} // namespace passcode::ui
