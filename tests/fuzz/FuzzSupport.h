// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Included once by each fuzz harness (tests/fuzz/<name>/*Fuzzer.cpp), never by ReplayMain.cpp: it defines the
// harness's LLVMFuzzerInitialize and LeakSanitizer's suppressions. The harness defines
// LLVMFuzzerTestOneInput.
#include "harness/LsanSuppressions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace passcode::fuzz {

/** Drops Qt's messages (a parser's warnings would slow a run down a hundredfold); qFatal still aborts. */
inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &)
{
    if (type == QtFatalMsg)
        std::abort();
}

/** A harness's own check: a failed one is a finding (libFuzzer reports the abort with its input). */
inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

/** The input as bytes (a copy: parsers may keep views into it only while it lives). */
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/**
 * Splits an input into its first @p count - 1 lines and the rest, for harnesses that need several values
 * (a status line, headers, a body): seeds stay readable text. Missing parts are empty.
 */
inline QList<QByteArray> splitLines(const QByteArray &input, int count)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < count - 1) {
        const qsizetype nl = input.indexOf('\n', from);
        if (nl < 0)
            break;
        parts.append(input.sliced(from, nl - from));
        from = nl + 1;
    }
    parts.append(from <= input.size() ? input.sliced(from) : QByteArray());
    while (parts.size() < count)
        parts.append(QByteArray());
    return parts;
}

} // namespace passcode::fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(passcode::fuzz::quietMessages);
    // Some parsers translate (tr) or use Qt's event-dispatcher-bound classes: one application for the run.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app)
    return 0;
}
