// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceIdentifierMatch.h"

#include "core/devices/DeviceDirectory.h"

namespace passcode::ui {

namespace {

bool equalNoCase(const QString &field, const QString &text)
{
    return field.size() == text.size() && field.compare(text, Qt::CaseInsensitive) == 0;
}

/** "35 209900 176148 1" or "35-209900-176148-1" as the digits only; empty when it is not an IMEI's shape. */
QString imeiDigits(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits;
}

} // namespace

QList<int> rowsNamedBy(const devices::DeviceDirectory &directory, const QString &pasted)
{
    const QString text = pasted.trimmed();
    if (text.isEmpty())
        return {};
    if (const int row = directory.rowOf(text.toLower()); row >= 0) // Graph writes ids in lower case
        return {row};
    const QString imei = imeiDigits(text);
    QList<int> rows;
    for (int row = 0; row < directory.count(); ++row) {
        const devices::Device &d = directory.at(row);
        if (equalNoCase(d.serialNumber, text) || equalNoCase(d.userPrincipalName, text) ||
            equalNoCase(d.imei, text) || (!imei.isEmpty() && d.imei == imei))
            rows.append(row);
    }
    return rows;
}

QString deviceNamedBy(const devices::DeviceDirectory &directory, const QString &pasted)
{
    const QList<int> rows = rowsNamedBy(directory, pasted);
    return rows.size() == 1 ? directory.at(rows.constFirst()).id : QString();
}

} // namespace passcode::ui
