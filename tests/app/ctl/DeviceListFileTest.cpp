// SPDX-License-Identifier: GPL-3.0-or-later
// app/ctl/DeviceListFile: `reset --from-file`, one device per line, comments and blanks ignored, a bad line
// named.
#include "app/ctl/DeviceListFile.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace passcode;
using namespace passcode::ctl;

namespace {

QList<DeviceEntry> entries(const QByteArray &content)
{
    auto result = DeviceListFile::parse(content, QStringLiteral("fleet.txt"));
    EXPECT_TRUE(std::holds_alternative<QList<DeviceEntry>>(result))
        << std::get<Error>(result).message.toStdString();
    return std::holds_alternative<QList<DeviceEntry>>(result) ? std::get<QList<DeviceEntry>>(result)
                                                              : QList<DeviceEntry>{};
}

Error error(const QByteArray &content)
{
    auto result = DeviceListFile::parse(content, QStringLiteral("fleet.txt"));
    EXPECT_TRUE(std::holds_alternative<Error>(result)) << content.toStdString();
    return std::holds_alternative<Error>(result) ? std::get<Error>(result) : Error{};
}

} // namespace

TEST(ctl_DeviceListFile, OneDevicePerLineCommentsAndBlanksIgnored)
{
    const QList<DeviceEntry> e = entries("\xEF\xBB\xBF# scanners of the Lille warehouse\r\n"
                                         "KIOSK-LIL-941\r\n"
                                         "\r\n"
                                         "   SERIAL 0042   \n"
                                         "\t# indented comment\n"
                                         "0f3c1a2b-1111-2222-3333-444455556666\n"
                                         "KIOSK-LIL-941\n"
                                         "Caf\xC3\xA9 iPad #2"); // no final line break; '#' inside a name
    ASSERT_EQ(e.size(), 5);
    EXPECT_EQ(e[0].text, QStringLiteral("KIOSK-LIL-941"));
    EXPECT_EQ(e[0].line, 2);
    EXPECT_EQ(e[1].text, QStringLiteral("SERIAL 0042"));
    EXPECT_EQ(e[1].line, 4);
    EXPECT_EQ(e[2].line, 6);
    EXPECT_EQ(e[3].text, QStringLiteral("KIOSK-LIL-941")) << "duplicates are the selector's business";
    EXPECT_EQ(e[4].text, QStringLiteral("Caf\u00e9 iPad #2"));
    EXPECT_EQ(e[4].line, 8);
}

TEST(ctl_DeviceListFile, AnUnreadableEntryNamesItsLine)
{
    const Error tab = error("KIOSK-1\nKIOSK-2\tSERIAL-2\nKIOSK-3\n");
    EXPECT_EQ(tab.kind, Error::Kind::Usage);
    EXPECT_TRUE(tab.message.contains(QStringLiteral("fleet.txt"))) << tab.message.toStdString();
    EXPECT_TRUE(tab.message.contains(QStringLiteral("line 2"))) << tab.message.toStdString();

    const Error utf8 = error("KIOSK-1\n\n\nbad \xFF\xFE byte\n");
    EXPECT_TRUE(utf8.message.contains(QStringLiteral("line 4"))) << utf8.message.toStdString();
    EXPECT_TRUE(utf8.message.contains(QStringLiteral("UTF-8")));

    const Error escape = error("KIOSK-1\n\x1b]0;title\x07\n");
    EXPECT_TRUE(escape.message.contains(QStringLiteral("line 2")));

    const Error c1 = error("\xC2\x9B"
                           "31m\n");
    EXPECT_TRUE(c1.message.contains(QStringLiteral("line 1")));

    const Error tooLong = error(QByteArray(DeviceListFile::MaxEntryLength + 1, 'x'));
    EXPECT_TRUE(tooLong.message.contains(QStringLiteral("line 1")));
    EXPECT_EQ(entries(QByteArray(DeviceListFile::MaxEntryLength, 'x')).size(), 1);
}

TEST(ctl_DeviceListFile, AFileWithoutDevicesIsAnError)
{
    for (const QByteArray &content :
         {QByteArray(), QByteArray("\n\n"), QByteArray("# only a comment\n  \n")}) {
        const Error e = error(content);
        EXPECT_EQ(e.kind, Error::Kind::Usage);
        EXPECT_TRUE(e.message.contains(QStringLiteral("fleet.txt")));
    }
}

TEST(ctl_DeviceListFile, ReadsAFileAndSaysWhenItCannot)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("A\nB\n");
    f.close();
    auto ok = DeviceListFile::read(path);
    ASSERT_TRUE(std::holds_alternative<QList<DeviceEntry>>(ok));
    EXPECT_EQ(std::get<QList<DeviceEntry>>(ok).size(), 2);

    auto missing = DeviceListFile::read(dir.filePath(QStringLiteral("nope.txt")));
    ASSERT_TRUE(std::holds_alternative<Error>(missing));
    EXPECT_EQ(std::get<Error>(missing).kind, Error::Kind::Usage);
    EXPECT_TRUE(std::get<Error>(missing).message.contains(QStringLiteral("nope.txt")));
}
