// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace passcode::ui {

/**
 * Asks for the passphrase of an encrypted export, twice. OK is enabled only when both entries match and the
 * passphrase has at least kMinimumLength characters; the line under the fields says what is missing. Cancel
 * is the default answer (Escape). Keyboard only: the first field has the focus, Tab moves, Enter accepts when
 * OK is enabled. The fields are cleared when the dialog closes; the passphrase is never stored or logged.
 *
 * Pages use ask(), which never runs a nested event loop; tests drive the dialog itself (setPassphrases(),
 * isAcceptable(), problem()).
 */
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)
public:
    /** Minimum length, in characters (Unicode code points). */
    static constexpr int kMinimumLength = 12;

    /** The passphrase as UTF-8 when confirmed; an empty array when cancelled. The receiver wipes it or hands
     * it to PasscodeExport::write / OpenPgpFile::write, which do. */
    using PassphraseCallback = std::function<void(QByteArray passphrase)>;

    /**
     * Opens the dialog window-modal over @p parent (open(), no nested loop) and calls @p done once with the
     * answer, in @p context's thread, never after @p context is destroyed. @p fileName (may be empty) is
     * named in the explanation. The dialog deletes itself when closed; it is returned for tests.
     */
    static PassphraseDialog *ask(QWidget *parent, const QString &fileName, QObject *context,
                                 PassphraseCallback done);

    explicit PassphraseDialog(QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    /** Names the file in the explanation ("…to encrypt passcodes-….gpg"). */
    void setFileName(const QString &fileName);

    /** The passphrase as UTF-8 when acceptable, else an empty array. A fresh copy: the caller wipes it. */
    QByteArray passphrase() const;
    /** Whether both entries match and are long enough (OK is enabled). */
    bool isAcceptable() const;
    /** What keeps OK disabled, translated; empty when acceptable. */
    QString problem() const;

    /** Fills both fields (tests; keyboard users type them). */
    void setPassphrases(const QString &first, const QString &second);
    QPushButton *okButton() const;
    QLineEdit *firstField() const { return m_first; }
    QLineEdit *secondField() const { return m_second; }

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void updateState();

    QString m_fileName;
    QLabel *m_explanation = nullptr;
    QLabel *m_firstLabel = nullptr;
    QLabel *m_secondLabel = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace passcode::ui
