// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "ExitCode.h"

#include "core/actions/ActionJournal.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/AuditFeed.h"
#include "core/actions/EligibilityContext.h"
#include "core/actions/LikelyCause.h"
#include "core/auth/AuthSession.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/devices/DeviceJson.h"
#include "core/eligibility/PasscodeRules.h"
#include "core/graph/GraphClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace passcode::ctl {
namespace {

QString devicesPath()
{
    return QStringLiteral("/deviceManagement/managedDevices");
}

/** An OData string literal: single quotes doubled. */
QString odataString(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("'"), QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

bool looksLikeId(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                                        "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

} // namespace

CtlCommand::CtlCommand(CtlOptions options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{
    m_timer.setSingleShot(true);
}

CtlCommand::~CtlCommand()
{
    m_feed.reset();
    m_loader.reset();
    m_directory.reset();
    m_session.reset();
}

void CtlCommand::start()
{
    m_session = std::make_unique<CtlSession>(m_options);
    using C = CtlOptions::Command;
    if (m_options.command == C::Login || m_options.command == C::Logout || m_options.command == C::Whoami) {
        if (std::optional<Error> e = m_session->openSignIn()) {
            fail(*e);
            return;
        }
        if (m_options.command == C::Login)
            runLogin();
        else if (m_options.command == C::Logout)
            runLogout();
        else
            runWhoami();
        return;
    }
    m_session->open([this](std::optional<Error> error) {
        if (error) {
            fail(*error);
            return;
        }
        connect(&m_session->service(), &actions::ActionService::journalError, this, [this](const Error &e) {
            m_err << QStringLiteral("passcodectl: ") << tr("warning:") << u' '
                  << CtlFormat::oneLine(e.message) << Qt::endl;
        });
        switch (m_options.command) {
        case CtlOptions::Command::DevicesList:
            runDevicesList();
            break;
        case CtlOptions::Command::DevicesShow:
            runDevicesShow();
            break;
        case CtlOptions::Command::Reset:
            runReset();
            break;
        case CtlOptions::Command::ActionsList:
            runActionsList();
            break;
        case CtlOptions::Command::Login:
        case CtlOptions::Command::Logout:
        case CtlOptions::Command::Whoami:
            break;
        }
    });
}

void CtlCommand::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(
        doc.toJson(m_options.watch ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (m_options.watch)
        m_out << u'\n';
    m_out.flush();
}

// devices list
// --------------------------------------------------------------------------------------------------

void CtlCommand::runDevicesList()
{
    m_directory = std::make_unique<devices::DeviceDirectory>();
    m_loader = std::make_unique<devices::DeviceDirectoryLoader>(m_session->client(), *m_directory);
    m_loader->setPageSize(m_options.pageSize);
    connect(m_loader.get(), &devices::DeviceDirectoryLoader::finished, this,
            [this](devices::DeviceDirectory::LoadState state) {
                QList<devices::Device> shown;
                for (int row = 0; row < m_directory->count(); ++row) {
                    const devices::Device &d = m_directory->at(row);
                    if (CtlFormat::matchesFilter(d, m_options.filter) &&
                        CtlFormat::matchesPlatform(d, m_options.platform))
                        shown.append(d);
                }
                if (m_options.json)
                    printJson(CtlFormat::devicesJson(shown));
                else if (m_options.csv)
                    m_out << CtlFormat::devicesCsv(shown);
                else
                    m_out << CtlFormat::devicesTable(shown);
                m_out.flush();
                if (state == devices::DeviceDirectory::LoadState::Complete) {
                    finish(ExitSuccess);
                    return;
                }
                Error e = m_directory->lastError().value_or(
                    Error::make(Error::Kind::Internal, tr("Loading the devices stopped.")));
                e.message = tr("The device list is incomplete (%1 devices loaded): %2")
                                .arg(m_directory->count())
                                .arg(e.message);
                fail(e);
            });
    m_loader->refresh();
}

// device resolution
// ---------------------------------------------------------------------------------------------

void CtlCommand::resolveDevice(const QString &text, DeviceCallback found)
{
    const QStringList filters{QStringLiteral("deviceName eq ") + odataString(text),
                              QStringLiteral("serialNumber eq ") + odataString(text)};
    if (!looksLikeId(text)) {
        resolveByFilter(text, filters, std::move(found));
        return;
    }
    const auto request = graph::GraphRequest::get(devicesPath() + u'/' + text, graph::ApiVersion::Beta)
                             .setSelect({QStringLiteral("id")});
    m_session->client().call(request, this, [this, text, filters, found](const graph::GraphResult &result) {
        if (result.ok()) {
            fetchById(text, found);
            return;
        }
        if (result.error->kind == Error::Kind::NotFound) {
            resolveByFilter(text, filters, found);
            return;
        }
        fail(*result.error);
    });
}

void CtlCommand::resolveByFilter(const QString &text, const QStringList &filters, DeviceCallback found)
{
    if (filters.isEmpty()) {
        fail(ExitUsage, tr("No device matches '%1' (by id, device name or serial number).").arg(text));
        return;
    }
    const auto request =
        graph::GraphRequest::get(devicesPath(), graph::ApiVersion::Beta)
            .setFilter(filters.first())
            .setSelect({QStringLiteral("id"), QStringLiteral("deviceName"), QStringLiteral("serialNumber")})
            .setTop(25)
            .setRequiredFields({QStringLiteral("value")});
    const QStringList rest = filters.mid(1);
    m_session->client().call(request, this, [this, text, rest, found](const graph::GraphResult &result) {
        if (!result.ok()) {
            fail(*result.error);
            return;
        }
        const QJsonArray value = result.json.value(u"value").toArray();
        if (value.isEmpty()) {
            resolveByFilter(text, rest, found);
            return;
        }
        if (value.size() > 1) {
            QStringList ids;
            for (const QJsonValue &v : value)
                ids.append(v.toObject().value(u"id").toString());
            fail(ExitUsage, tr("%1 devices match '%2'; name one by its id: %3")
                                .arg(value.size())
                                .arg(text, ids.join(QStringLiteral(", "))));
            return;
        }
        fetchById(value.first().toObject().value(u"id").toString(), found);
    });
}

void CtlCommand::fetchById(const QString &id, DeviceCallback found)
{
    auto &service = m_session->service();
    // Both connections end at the first answer for this id; their slots (and so these handles) die with them.
    auto ok = std::make_shared<QMetaObject::Connection>();
    auto bad = std::make_shared<QMetaObject::Connection>();
    *ok = connect(&service, &actions::ActionService::deviceFetched, this,
                  [id, found, ok, bad](const devices::Device &device) {
                      if (device.id != id)
                          return;
                      // disconnect() may destroy this lambda: keep what it needs on the stack first.
                      const auto keep = std::make_pair(ok, bad);
                      const DeviceCallback callback = found;
                      QObject::disconnect(*keep.first);
                      QObject::disconnect(*keep.second);
                      callback(device);
                  });
    *bad = connect(&service, &actions::ActionService::deviceFetchFailed, this,
                   [this, id, ok, bad](const QString &deviceId, const Error &error) {
                       if (deviceId != id)
                           return;
                       CtlCommand *self = this;
                       const auto keep = std::make_pair(ok, bad);
                       QObject::disconnect(*keep.first);
                       QObject::disconnect(*keep.second);
                       self->fail(error);
                   });
    service.fetchDevice(id);
}

// devices show
// --------------------------------------------------------------------------------------------------

void CtlCommand::runDevicesShow()
{
    if (std::optional<Error> e = m_session->service().resumeFromJournal())
        m_err << QStringLiteral("passcodectl: ") << tr("warning:") << u' ' << CtlFormat::oneLine(e->message)
              << Qt::endl;
    resolveDevice(m_options.device, [this](const devices::Device &device) {
        const QList<eligibility::Verdict> verdicts = eligibility::PasscodeRules::evaluateAll(
            device, actions::eligibilityContext(m_session->tracker(), device.id, m_session->clock().now()));
        if (m_options.json)
            printJson(CtlFormat::deviceShowJson(device, verdicts));
        else
            m_out << CtlFormat::deviceShowText(device, verdicts);
        m_out.flush();
        finish(ExitSuccess);
    });
}

// reset
// ---------------------------------------------------------------------------------------------------------

void CtlCommand::runReset()
{
    if (std::optional<Error> e = m_session->service().resumeFromJournal())
        m_err << QStringLiteral("passcodectl: ") << tr("warning:") << u' ' << CtlFormat::oneLine(e->message)
              << Qt::endl;
    resolveDevice(m_options.device, [this](const devices::Device &device) {
        const auto context =
            actions::eligibilityContext(m_session->tracker(), device.id, m_session->clock().now());
        const std::optional<actions::RemoteAction> action =
            eligibility::PasscodeRules::platformAction(device);
        const eligibility::Verdict verdict = eligibility::PasscodeRules::evaluate(
            device, action.value_or(actions::RemoteAction::ResetPasscode), context);
        if (!action || !verdict.allowed) {
            const QString reasons = verdict.reasons.isEmpty()
                                        ? tr("no passcode action applies to this device")
                                        : verdict.reasons.join(u' ');
            fail(ExitNotEligible,
                 tr("%1: %2 is not available: %3")
                     .arg(device.deviceName,
                          actions::displayName(action.value_or(actions::RemoteAction::ResetPasscode)),
                          reasons));
            return;
        }
        // Cautions are part of the answer, not errors: stdout (text) or the "cautions" member (--json).
        m_cautions = verdict.cautions;
        if (!m_options.json) {
            for (const QString &caution : verdict.cautions)
                m_out << tr("Caution: %1").arg(caution) << u'\n';
        }

        m_resetKey = actions::ActionKey{device.id, *action};
        m_resetDevice = device;
        m_resetActive = true;
        auto &service = m_session->service();
        // Queued: ActionTracker emits stateChanged before it stores the passcode and error code of the
        // result.
        connect(
            &m_session->tracker(), &actions::ActionTracker::stateChanged, this,
            [this](const actions::ActionKey &key) { onResetStateChanged(key); }, Qt::QueuedConnection);
        connect(&service, &actions::ActionService::sendFailed, this,
                [this](const actions::ActionKey &key, const Error &error) {
                    if (!(key == m_resetKey) || !m_resetActive)
                        return;
                    if (error.kind == Error::Kind::OutcomeUnknown || error.kind == Error::Kind::Cancelled) {
                        if (m_options.wait)
                            m_err << QStringLiteral("passcodectl: ")
                                  << CtlFormat::oneLine(
                                         tr("The answer to the request was lost; the action is not "
                                            "sent again, and the device is polled to find out "
                                            "whether it arrived."))
                                  << Qt::endl;
                        return; // the Unknown state change reports it
                    }
                    m_resetActive = false;
                    Error e = error;
                    e.message = tr("%1: %2 was refused: %3")
                                    .arg(m_session->tracker().find(key)->deviceName,
                                         actions::displayName(key.action), error.message);
                    fail(e);
                });
        connect(
            &service, &actions::ActionService::pollError, this,
            [this](const actions::ActionKey &key, const Error &error) {
                if (!(key == m_resetKey) || !m_resetActive)
                    return;
                if (error.kind == Error::Kind::Auth || error.kind == Error::Kind::Permission) {
                    m_resetActive = false;
                    fail(error);
                } else if (error.kind == Error::Kind::NotFound) {
                    m_resetActive = false;
                    fail(ExitActionFailed,
                         tr("%1: the device is no longer in Intune (it was retired, wiped or deleted); the "
                            "action cannot finish.")
                             .arg(m_session->tracker().find(key)->deviceName));
                }
            });
        if (std::optional<Error> refused = service.send(device, *action, m_options.reason)) {
            m_resetActive = false;
            fail(ExitNotEligible, refused->message);
            return;
        }
        if (m_options.wait) {
            connect(&m_timer, &QTimer::timeout, this, [this] {
                if (!m_resetActive)
                    return;
                const auto a = m_session->tracker().find(m_resetKey);
                m_resetActive = false;
                m_err << QStringLiteral("passcodectl: ")
                      << CtlFormat::oneLine(
                             tr("%1: %2 is still %3 after %4 s; it was not sent again. Follow it with "
                                "'passcodectl actions list'.")
                                 .arg(a->deviceName, actions::displayName(m_resetKey.action),
                                      actions::displayName(a->state).toLower())
                                 .arg(m_options.timeoutSeconds))
                      << Qt::endl;
                reportReset(ExitOutcomeUnknown);
            });
            m_timer.start(m_options.timeoutSeconds * 1000);
        }
    });
}

void CtlCommand::onResetStateChanged(const actions::ActionKey &key)
{
    if (!(key == m_resetKey) || !m_resetActive)
        return;
    const std::optional<actions::TrackedAction> a = m_session->tracker().find(key);
    if (!a)
        return;
    using S = actions::ActionState;
    switch (a->state) {
    case S::Requested:
    case S::Sent:
        return;
    case S::Accepted:
    case S::Pending:
    case S::Active:
        if (m_options.wait)
            return;
        m_resetActive = false;
        if (!m_options.json)
            m_out << tr("%1 sent to %2: %3. Follow it with 'passcodectl actions list', or use --wait.")
                         .arg(actions::displayName(key.action), a->deviceName,
                              actions::displayName(a->state).toLower())
                  << u'\n';
        reportReset(ExitSuccess);
        return;
    case S::Unknown:
        if (m_options.wait)
            return;
        m_resetActive = false;
        m_err << QStringLiteral("passcodectl: ")
              << CtlFormat::oneLine(
                     tr("%1: the outcome of %2 is unknown (the answer was lost); it was not sent "
                        "again. Check with 'passcodectl actions list' before sending it again.")
                         .arg(a->deviceName, actions::displayName(key.action)))
              << Qt::endl;
        reportReset(ExitOutcomeUnknown);
        return;
    case S::Done:
        m_resetActive = false;
        if (!m_options.json) {
            m_out << tr("%1 on %2: done.").arg(actions::displayName(key.action), a->deviceName) << u'\n';
            if (!actions::yieldsPasscode(key.action))
                m_out << tr("The passcode was removed; if a passcode policy applies, the user is asked to "
                            "set a new "
                            "one.")
                      << u'\n';
            else if (a->passcode && m_options.showPasscode)
                m_out << tr("Passcode: %1").arg(*a->passcode) << u'\n'
                      << tr("Shown in the device overview until %1.").arg(CtlFormat::time(a->passcodeExpiry))
                      << u'\n';
            else if (a->passcode)
                m_out << tr("A new passcode is in the device overview until %1; add --show-passcode to print "
                            "it.")
                             .arg(CtlFormat::time(a->passcodeExpiry))
                      << u'\n';
        }
        reportReset(ExitSuccess);
        return;
    case S::None:
        m_resetActive = false;
        m_err << QStringLiteral("passcodectl: ")
              << CtlFormat::oneLine(
                     tr("%1: %2 was never processed by Intune (the request's answer was lost and "
                        "Intune never showed it); you may send it again.")
                         .arg(a->deviceName, actions::displayName(key.action)))
              << Qt::endl;
        reportReset(ExitOutcomeUnknown);
        return;
    case S::Failed:
    case S::NotSupported:
    case S::Canceled: {
        m_resetActive = false;
        QString message =
            (a->state == S::Failed         ? tr("%1: %2 failed on the device (error code %3).")
             : a->state == S::NotSupported ? tr("%1: %2 is not supported by the device (error code %3).")
                                           : tr("%1: %2 was canceled (error code %3)."))
                .arg(a->deviceName, actions::displayName(key.action))
                .arg(a->errorCode);
        if (const auto cause = actions::LikelyCause::of(m_resetDevice, key.action, a->state))
            message += u' ' + *cause;
        m_err << QStringLiteral("passcodectl: ") << CtlFormat::oneLine(message) << Qt::endl;
        reportReset(ExitActionFailed);
        return;
    }
    }
}

void CtlCommand::reportReset(int exitCode)
{
    m_timer.stop();
    if (m_options.json) {
        if (const auto a = m_session->tracker().find(m_resetKey)) {
            QJsonObject o = CtlFormat::resetJson(*a, m_options.showPasscode);
            o.insert(QStringLiteral("cautions"), QJsonArray::fromStringList(m_cautions));
            const auto cause = actions::LikelyCause::of(m_resetDevice, a->key.action, a->state);
            o.insert(QStringLiteral("likelyCause"), cause ? QJsonValue(*cause) : QJsonValue());
            printJson(o);
        }
    }
    m_out.flush();
    finish(exitCode);
}

// actions list
// --------------------------------------------------------------------------------------------------

void CtlCommand::runActionsList()
{
    if (std::optional<Error> e = m_session->service().resumeFromJournal())
        m_err << QStringLiteral("passcodectl: ") << tr("warning:") << u' ' << CtlFormat::oneLine(e->message)
              << Qt::endl;
    m_feed = std::make_unique<actions::AuditFeed>(m_session->client(), m_session->tracker());
    connect(
        m_feed.get(), &actions::AuditFeed::refreshed, this,
        [this](const QList<actions::RemoteActionAudit> &rows) {
            if (m_options.json) {
                printJson(CtlFormat::actionsJson(rows));
            } else {
                if (m_options.watch)
                    m_out << tr("Device actions at %1 (UTC):").arg(CtlFormat::time(m_session->clock().now()))
                          << u'\n';
                m_out << CtlFormat::actionsTable(rows);
                if (m_options.watch)
                    m_out << u'\n';
                m_out.flush();
            }
            if (!m_options.watch) {
                finish(ExitSuccess);
                return;
            }
            m_timer.start(m_options.intervalSeconds * 1000);
        });
    connect(m_feed.get(), &actions::AuditFeed::refreshFailed, this, [this](const Error &error) {
        if (!m_options.watch || error.kind == Error::Kind::Auth || error.kind == Error::Kind::Permission) {
            fail(error);
            return;
        }
        // Watching: report and try again at the next refresh.
        m_err << QStringLiteral("passcodectl: ") << CtlFormat::oneLine(error.toDisplayString()) << Qt::endl;
        m_timer.start(m_options.intervalSeconds * 1000);
    });
    connect(&m_timer, &QTimer::timeout, this, [this] { m_feed->refresh(); });
    m_feed->refresh();
}

// login, logout, whoami

void CtlCommand::runLogin()
{
    auth::AuthSession &auth = m_session->auth();
    connect(&auth, &auth::AuthSession::deviceCodeReady, this, [this](const auth::DeviceCodePrompt &prompt) {
        // The prompt goes to stderr so that stdout stays the command's result.
        m_err << tr("To sign in, open %1 and enter the code %2 (valid until %3).")
                     .arg(prompt.verificationUri.toString(), prompt.userCode,
                          CtlFormat::time(prompt.expiresAt))
              << Qt::endl;
    });
    connect(&auth, &auth::AuthSession::openBrowserRequested, this, [this](const QUrl &url) {
        m_err << tr("To sign in, open this address in a browser on this computer: %1")
                     .arg(url.toString(QUrl::FullyEncoded))
              << Qt::endl;
    });
    connect(&auth, &auth::AuthSession::stateChanged, this,
            [this, &auth](auth::AuthSession::State, auth::AuthSession::State to) {
                if (to != auth::AuthSession::State::SignedIn)
                    return;
                const auth::AccountInfo a = auth.account();
                m_out << tr("Signed in as %1 (tenant %2).").arg(a.username, a.tenantId) << u'\n';
                finish(ExitSuccess);
            });
    connect(&auth, &auth::AuthSession::signInFailed, this, [this](const Error &e) { fail(e); });
    connect(&auth, &auth::AuthSession::secretStoreUnavailable, this, [this](const Error &e) {
        Error error = e;
        error.message = tr("The sign-in cannot be kept: %1").arg(e.message);
        fail(error);
    });
    if (m_options.browser)
        auth.signInWithBrowser();
    else
        auth.signInWithDeviceCode();
}

void CtlCommand::runLogout()
{
    auth::AuthSession &auth = m_session->auth();
    const std::optional<auth::AccountInfo> account = m_session->tenantSettings().account();
    connect(&auth, &auth::AuthSession::errorOccurred, this, [this](const Error &e) { fail(e); });
    // The program ends only once the keychain has removed everything the sign-in saved (every chunk too).
    connect(&auth, &auth::AuthSession::signOutCompleted, this, [this, account] {
        m_out << (account ? tr("Signed out %1.").arg(account->username) : tr("Nobody was signed in."))
              << u'\n';
        finish(ExitSuccess);
    });
    auth.signOut();
}

void CtlCommand::runWhoami()
{
    auth::AuthSession &auth = m_session->auth();
    const auto report = [this, &auth](auth::AuthSession::State state) {
        using S = auth::AuthSession::State;
        if (state == S::Restoring || state == S::Refreshing)
            return;
        const auth::AccountInfo a = auth.account();
        if (m_options.json) {
            printJson(QJsonObject{{QStringLiteral("username"), a.username},
                                  {QStringLiteral("displayName"), a.displayName},
                                  {QStringLiteral("tenantId"), a.tenantId},
                                  {QStringLiteral("signedIn"), state == S::SignedIn}});
        }
        if (state == S::SignedIn) {
            if (!m_options.json)
                m_out << tr("%1 (%2), tenant %3").arg(a.username, a.displayName, a.tenantId) << u'\n';
            finish(ExitSuccess);
        } else if (state == S::NeedsInteraction) {
            fail(ExitAuth,
                 tr("The sign-in of %1 has expired: run 'passcodectl login' again.").arg(a.username));
        } else {
            fail(ExitAuth, tr("Not signed in: run 'passcodectl login'."));
        }
    };
    connect(&auth, &auth::AuthSession::stateChanged, this,
            [report](auth::AuthSession::State, auth::AuthSession::State to) { report(to); });
    if (!auth.restoreSession())
        report(auth::AuthSession::State::SignedOut);
}

// ending
// --------------------------------------------------------------------------------------------------------

void CtlCommand::fail(const Error &error)
{
    fail(exitCodeFor(error), error.toDisplayString());
}

void CtlCommand::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_err << QStringLiteral("passcodectl: ") << CtlFormat::oneLine(message) << Qt::endl;
    finish(exitCode);
}

void CtlCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

} // namespace passcode::ctl
