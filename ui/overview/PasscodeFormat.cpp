// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/PasscodeFormat.h"

#include <QStringList>

#include <array>

namespace passcode::ui {
namespace {

// The ICAO/NATO spelling alphabet is the same in every language the console ships, so it is not translated.
constexpr std::array<const char *, 26> kNato{
    "Alfa",    "Bravo", "Charlie", "Delta",  "Echo",     "Foxtrot", "Golf",   "Hotel",  "India",
    "Juliett", "Kilo",  "Lima",    "Mike",   "November", "Oscar",   "Papa",   "Quebec", "Romeo",
    "Sierra",  "Tango", "Uniform", "Victor", "Whiskey",  "X-ray",   "Yankee", "Zulu"};

QString digitName(int digit)
{
    switch (digit) {
    case 0:
        return PasscodeFormat::tr("zero");
    case 1:
        return PasscodeFormat::tr("one");
    case 2:
        return PasscodeFormat::tr("two");
    case 3:
        return PasscodeFormat::tr("three");
    case 4:
        return PasscodeFormat::tr("four");
    case 5:
        return PasscodeFormat::tr("five");
    case 6:
        return PasscodeFormat::tr("six");
    case 7:
        return PasscodeFormat::tr("seven");
    case 8:
        return PasscodeFormat::tr("eight");
    case 9:
        return PasscodeFormat::tr("nine");
    default:
        return {};
    }
}

QString symbolName(QChar c)
{
    switch (c.unicode()) {
    case u'-':
        return PasscodeFormat::tr("hyphen");
    case u'_':
        return PasscodeFormat::tr("underscore");
    case u'.':
        return PasscodeFormat::tr("dot");
    case u'@':
        return PasscodeFormat::tr("at sign");
    case u'#':
        return PasscodeFormat::tr("hash");
    case u'!':
        return PasscodeFormat::tr("exclamation mark");
    case u'?':
        return PasscodeFormat::tr("question mark");
    case u'*':
        return PasscodeFormat::tr("asterisk");
    case u'+':
        return PasscodeFormat::tr("plus");
    case u'=':
        return PasscodeFormat::tr("equals sign");
    case u'/':
        return PasscodeFormat::tr("slash");
    case u'$':
        return PasscodeFormat::tr("dollar sign");
    case u'%':
        return PasscodeFormat::tr("percent sign");
    case u'&':
        return PasscodeFormat::tr("ampersand");
    default:
        return PasscodeFormat::tr("the character \"%1\"").arg(c);
    }
}

} // namespace

QList<int> PasscodeFormat::groupSizes(qsizetype length)
{
    QList<int> sizes;
    if (length <= 0)
        return sizes;
    if (length <= 4) {
        sizes.append(static_cast<int>(length));
        return sizes;
    }
    const int group = length % 3 == 0 ? 3 : 4;
    for (qsizetype left = length; left > 0; left -= group)
        sizes.append(static_cast<int>(std::min<qsizetype>(group, left)));
    return sizes;
}

QString PasscodeFormat::grouped(const QString &code)
{
    QString out;
    qsizetype pos = 0;
    for (int size : groupSizes(code.size())) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QStringView(code).mid(pos, size);
        pos += size;
    }
    return out;
}

QString PasscodeFormat::masked(const QString &code)
{
    QString out;
    for (int size : groupSizes(code.size())) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString(size, QChar(0x2022));
    }
    return out;
}

bool PasscodeFormat::isNumeric(const QString &code)
{
    if (code.isEmpty())
        return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString PasscodeFormat::spoken(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return digitName(c.unicode() - u'0');
    const QChar lower = c.toLower();
    if (lower >= u'a' && lower <= u'z') {
        const QString word = QString::fromLatin1(kNato[static_cast<std::size_t>(lower.unicode() - u'a')]);
        if (c.isUpper())
            return tr("%1 (capital)", "spelling a capital letter").arg(word.toUpper());
        return tr("%1 (lower case)", "spelling a lower-case letter").arg(word.toLower());
    }
    return symbolName(c);
}

QString PasscodeFormat::phonetic(const QString &code)
{
    QStringList groups;
    qsizetype pos = 0;
    for (int size : groupSizes(code.size())) {
        QStringList words;
        for (qsizetype i = pos; i < pos + size; ++i)
            words.append(spoken(code.at(i)));
        groups.append(words.join(QStringLiteral(", ")));
        pos += size;
    }
    return groups.join(QStringLiteral(" / "));
}

} // namespace passcode::ui
