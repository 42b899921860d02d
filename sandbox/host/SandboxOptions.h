// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/graph/FaultInjector.h"

#include <QString>

#include <optional>

class QCommandLineParser;

namespace passcode::sandbox {

/** Everything that configures a sandbox tenant and its server; the command line maps onto it one to one. */
struct SandboxOptions
{
    quint16 port = 0; ///< 0 picks a free port
    qsizetype devices = 1000;
    quint64 seed = 1;
    double timeScale = 1.0; ///< tenant time speed; 0 freezes it (advance it with the control endpoint)
    std::optional<qint64> startTimeMs; ///< tenant start; default: now, rounded down to the minute
    bool autoApprove = false;
    bool openControl = false; ///< web pages may call the control endpoints (ControlApi::setOpenToBrowsers)
    QString defaultUpn = QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com");
    double throttleScale = 1.0;       ///< multiplies Intune's limits; 0 disables throttling
    qint64 throttleWindowMs = 20'000; ///< the length of Intune's throttling windows (benchmarks shorten it)
    qint64 accessTokenLifetimeSeconds = 3599;
    qint64 tokenEarlyExpirySeconds = 0; ///< fault: tokens refused as expired after this many seconds (0: off)
    FaultConfig faults;
    /** Tests only (no command-line switch): keep every token issued, for SandboxServer::issuedSecrets(). */
    bool recordSecrets = false;
    QString tlsCertificateFile;
    QString tlsKeyFile;

    /** Adds the sandbox options (--port, --devices, --seed, faults...) to \a parser. */
    static void addToParser(QCommandLineParser &parser);
    /** Reads them back; nullopt and a message on a bad value. */
    static std::optional<SandboxOptions> fromParser(const QCommandLineParser &parser, QString *error);
    /** A seed is a decimal number, or any other text (hashed). */
    static quint64 parseSeed(const QString &text);
    qint64 effectiveStartMs() const;
};

} // namespace passcode::sandbox
