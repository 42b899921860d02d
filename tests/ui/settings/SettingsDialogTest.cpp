// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: the language and the tenant (tenant, application (client) id, cloud), with OK refused while
// the tenant fields are not valid.
#include "ui/settings/SettingsDialog.h"
#include "core/common/Translations.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace passcode;

namespace {

QLineEdit *edit(ui::SettingsDialog &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}

TEST(ui_SettingsDialog, OffersTheSystemLanguageAndEachShippedOne)
{
    ui::SettingsDialog dialog(QStringLiteral("fr"), {});
    EXPECT_EQ(dialog.language(), QStringLiteral("fr"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->count(), 1 + availableLanguages().size());
    combo->setCurrentIndex(0);
    EXPECT_TRUE(dialog.language().isEmpty()); // the system language
    ui::SettingsDialog unknown(QStringLiteral("xx"), {});
    EXPECT_TRUE(unknown.language().isEmpty());
}

TEST(ui_SettingsDialog, ShowsTheTenantAndOffersEveryCloud)
{
    const ui::TenantFields tenant{QStringLiteral("contoso.onmicrosoft.com"),
                                  QStringLiteral("6f1c2a4e-0b7d-4c1a-9e55-3a2b1c0d9e8f"), auth::Cloud::UsGov};
    ui::SettingsDialog dialog(QString(), tenant);
    EXPECT_EQ(dialog.tenant(), tenant);
    auto *clouds = dialog.findChild<QComboBox *>(QStringLiteral("cloudCombo"));
    ASSERT_TRUE(clouds);
    EXPECT_EQ(clouds->count(), auth::allClouds().size());
    EXPECT_TRUE(dialog.tenantError().isEmpty());
}

TEST(ui_SettingsDialog, RefusesAnIncompleteOrMalformedTenantWithTheReason)
{
    ui::SettingsDialog dialog(QString(), {});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("tenantError"));
    ASSERT_TRUE(error);

    edit(dialog, "tenantEdit")->setText(QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_TRUE(error->text().isEmpty()); // no red text while the technician is still typing
    dialog.accept();
    EXPECT_EQ(accepted.size(), 0);
    EXPECT_TRUE(error->text().contains(QStringLiteral("client")));

    edit(dialog, "clientIdEdit")->setText(QStringLiteral("not a guid!"));
    EXPECT_TRUE(error->text().contains(QStringLiteral("not an application (client) ID")));
    dialog.accept();
    EXPECT_EQ(accepted.size(), 0);

    edit(dialog, "tenantEdit")->setText(QStringLiteral("contoso onmicrosoft"));
    edit(dialog, "clientIdEdit")->setText(QStringLiteral("6f1c2a4e-0b7d-4c1a-9e55-3a2b1c0d9e8f"));
    EXPECT_TRUE(error->text().contains(QStringLiteral("is not a tenant ID or domain")));

    edit(dialog, "tenantEdit")->setText(QStringLiteral("  contoso.onmicrosoft.com "));
    EXPECT_TRUE(dialog.tenantError().isEmpty());
    dialog.accept();
    EXPECT_EQ(accepted.size(), 1);
    EXPECT_EQ(dialog.tenant().tenant, QStringLiteral("contoso.onmicrosoft.com")); // trimmed
}

TEST(ui_SettingsDialog, BothFieldsEmptyMeansTheSandbox)
{
    ui::SettingsDialog dialog(QString(),
                              {QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("x"), {}});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    edit(dialog, "tenantEdit")->clear();
    edit(dialog, "clientIdEdit")->clear();
    EXPECT_TRUE(dialog.tenant().isEmpty());
    dialog.accept();
    EXPECT_EQ(accepted.size(), 1);
}

} // namespace
