// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"
#include "core/devices/Device.h"
#include "core/eligibility/Verdict.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;
class QUrl;
class QWidget;

namespace passcode::ui {

/** What the confirmation of a passcode action shows. */
struct ConfirmRequest
{
    devices::Device device;
    actions::RemoteAction action = actions::RemoteAction::ResetPasscode;
    eligibility::Verdict verdict;
    /** The tenant the action goes to, stamped on the dialog. */
    QString tenantName;
    bool sandbox = false;
};

/** What the short confirmation of a Sync shows. */
struct SyncConfirmRequest
{
    devices::Device device;
    /** The tenant the Sync goes to, named in the question. */
    QString tenantName;
    bool sandbox = false;
};

/**
 * The seam between pages and their dialogs. Pages never open a dialog themselves: they ask the presenter and
 * get the answer through a callback, so no page runs a nested event loop and tests answer with a double.
 * Callbacks run at most once, in the context object's thread, and never after the context was destroyed.
 */
class DialogPresenter
{
public:
    virtual ~DialogPresenter() = default;

    /** The ticket/reason typed (possibly empty) when confirmed; std::nullopt when cancelled. */
    using ConfirmCallback = std::function<void(const std::optional<QString> &ticket)>;
    /** The chosen file name, or an empty string when cancelled. */
    using FileCallback = std::function<void(const QString &fileName)>;
    /** true: go on for this session without saving the sign-in; false: do not sign in. */
    using ChoiceCallback = std::function<void(bool accepted)>;

    /** Asks the technician to confirm a passcode action. */
    virtual void confirmAction(QWidget *parent, const ConfirmRequest &request, QObject *context,
                               ConfirmCallback done) = 0;
    /**
     * Asks the short confirmation of a Sync (a Yes/No question, no typed confirmation: a sync changes nothing
     * on the device but when it checks in). The default declines: a presenter that cannot ask sends nothing.
     */
    virtual void confirmSync(QWidget *parent, const SyncConfirmRequest &request, QObject *context,
                             ChoiceCallback done)
    {
        Q_UNUSED(parent)
        Q_UNUSED(request)
        Q_UNUSED(context)
        done(false);
    }
    /** Asks where to save an export (CSV). */
    virtual void chooseExportFile(QWidget *parent, const QString &suggestedName, QObject *context,
                                  FileCallback done) = 0;
    /**
     * The OS keychain cannot keep the sign-in (missing, locked, refused): asks whether to go on for this
     * session only, without saving anything. @p reason is the keychain's translated error.
     */
    virtual void askSessionOnlyStorage(QWidget *parent, const QString &reason, QObject *context,
                                       ChoiceCallback done) = 0;
    /** Opens a web page in the user's browser (the sign-in page, the device code page). */
    virtual void openExternalUrl(const QUrl &url) = 0;
};

} // namespace passcode::ui
