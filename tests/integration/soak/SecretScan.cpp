// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSet>

namespace passcode::soak {
namespace {

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isBase64Url(char c)
{
    return isAlnum(c) || c == '-' || c == '_';
}

/** Calls @p found for each maximal run of characters that @p inWord accepts. */
template<typename InWord, typename Found>
void forEachWord(const QByteArray &line, InWord inWord, Found found)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool in = i < line.size() && inWord(line.at(i));
        if (in && start < 0)
            start = i;
        else if (!in && start >= 0) {
            found(QByteArrayView(line).sliced(start, i - start));
            start = -1;
        }
    }
}

} // namespace

SecretScan scanForSecrets(const QString &folder, const QList<QByteArray> &tokens,
                          const QList<QByteArray> &passcodes)
{
    QHash<QByteArray, int> partUse;
    for (const QByteArray &token : tokens) {
        for (const QByteArray &part : token.split('.')) {
            if (part.size() >= 16)
                ++partUse[part];
        }
    }
    QSet<QByteArray> tokenParts;
    for (auto it = partUse.cbegin(); it != partUse.cend(); ++it) {
        if (it.value() == 1) // a JWT header is the same in every token: not a secret by itself
            tokenParts.insert(it.key());
    }
    const QSet<QByteArray> codes(passcodes.cbegin(), passcodes.cend());

    SecretScan out;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++out.files;
        out.bytes += file.size();
        qint64 lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine(1 << 20);
            ++lineNumber;
            bool token = false;
            bool passcode = false;
            forEachWord(line, isBase64Url, [&](QByteArrayView w) {
                token = token || (w.size() >= 16 && tokenParts.contains(w.toByteArray()));
            });
            forEachWord(line, isAlnum, [&](QByteArrayView w) {
                passcode = passcode || (w.size() <= 16 && codes.contains(w.toByteArray()));
            });
            if (token)
                out.hits.append(SecretHit{root.relativeFilePath(path), lineNumber, QStringLiteral("token")});
            if (passcode)
                out.hits.append(
                    SecretHit{root.relativeFilePath(path), lineNumber, QStringLiteral("passcode")});
        }
    }
    return out;
}

} // namespace passcode::soak
