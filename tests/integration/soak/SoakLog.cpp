// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakLog.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <atomic>
#include <cstdio>

namespace passcode::soak {
namespace {

QMutex g_mutex;
QFile *g_file = nullptr;
QtMessageHandler g_previous = nullptr;
std::atomic<qint64> g_lines{0};
std::atomic<qint64> g_warnings{0};

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    ++g_lines;
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        ++g_warnings;
    static const char *const kinds[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QByteArray(kinds[std::min<int>(int(type), 4)]) + ' ' +
                            QByteArray(context.category ? context.category : "default") + ": " +
                            message.toUtf8() + '\n';
    const QMutexLocker lock(&g_mutex);
    if (g_file)
        g_file->write(line);
    if (type == QtFatalMsg) {
        if (g_file)
            g_file->flush();
        std::fputs(line.constData(), stderr);
    }
}

} // namespace

SoakLog::SoakLog(const QString &path)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        delete file;
        file = nullptr;
    }
    {
        const QMutexLocker lock(&g_mutex);
        g_file = file;
    }
    g_previous = qInstallMessageHandler(&handler);
    QLoggingCategory::setFilterRules(QStringLiteral("passcode.*.debug=true\nqt.network.*.debug=false"));
}

SoakLog::~SoakLog()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
    const QMutexLocker lock(&g_mutex);
    if (g_file) {
        g_file->close();
        delete g_file;
        g_file = nullptr;
    }
}

qint64 SoakLog::lines()
{
    return g_lines.load();
}

qint64 SoakLog::warnings()
{
    return g_warnings.load();
}

} // namespace passcode::soak
