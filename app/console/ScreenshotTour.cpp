// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/ScreenshotTour.h"

#include "app/console/ConsoleSession.h"
#include "app/console/TenantSession.h"
#include "core/actions/ActionTracker.h"
#include "core/devices/DeviceDirectory.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/bulk/BulkController.h"
#include "ui/bulk/BulkPlanDialog.h"
#include "ui/bulk/BulkResultsModel.h"
#include "ui/bulk/BulkRunWindow.h"
#include "ui/deviceactions/DeviceActionsPage.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/CommandPalette.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/CallerCheckPanel.h"
#include "ui/overview/ConfirmActionDialog.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/overview/PasscodePanel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInDialog.h"
#include "ui/tenants/AllTenantsPage.h"
#include "ui/tenants/CrossTenantSearch.h"
#include "ui/tenants/CrossTenantSearchPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>

namespace passcode::console {

using actions::RemoteAction;

namespace {

// The window on a 1280 × 800 screen and on a 1024 × 700 one: each screen's size less a window frame (title
// bar and borders), as a technician's window manager leaves it.
constexpr QSize kLargeWindow(1280 - 16, 800 - 40);
constexpr QSize kSmallWindow(1024 - 16, 700 - 40);

ui::ConfirmActionDialog *openConfirmDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ui::ConfirmActionDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

template<typename Dialog>
Dialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<Dialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

/** Devices the bulk screenshots select first: the first rows of the list sorted by passcode action. */
constexpr int kBulkRows = 30;

} // namespace

ScreenshotTour::ScreenshotTour(ConsoleSession &session, QString directory, QString language, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(std::move(directory))
    , m_language(std::move(language))
{}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        fail(QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    ui::MainWindow *window = m_session.window();
    window->resize(kLargeWindow);
    window->show();
    waitFor(
        QStringLiteral("the device list"),
        [this] { return m_session.directory().loadState() == devices::DeviceDirectory::LoadState::Complete; },
        120000, [this] { after(500, [this] { showDeviceList(); }); });
}

void ScreenshotTour::startAtSignIn()
{
    m_startedAtSignIn = true;
    if (!QDir().mkpath(m_directory)) {
        fail(QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    const auto dialog = [this] {
        return m_session.signInDialog();
    };
    waitFor(
        QStringLiteral("the sign-in dialog"),
        [dialog] { return dialog() && dialog()->deviceCodeButton()->isEnabled(); }, 120000,
        [this, dialog] {
            dialog()->deviceCodeButton()->click();
            waitFor(
                QStringLiteral("the sign-in code"),
                [dialog] { return dialog() && !dialog()->userCode().isEmpty(); }, 30000,
                [this, dialog] {
                    after(300, [this, dialog] {
                        if (!dialog() || !save(dialog(), QStringLiteral("sign-in"))) {
                            fail(QStringLiteral("the sign-in dialog could not be saved"));
                            return;
                        }
                        controlPost(QStringLiteral("devicecode/approve"),
                                    QJsonObject{{QStringLiteral("user_code"), dialog()->userCode()}}, [this] {
                                        waitFor(
                                            QStringLiteral("the window"),
                                            [this] { return m_session.window() != nullptr; }, 60000,
                                            [this] { start(); });
                                    });
                    });
                });
        });
}

void ScreenshotTour::after(int ms, Step next)
{
    QTimer::singleShot(ms, this, std::move(next));
}

void ScreenshotTour::waitFor(const QString &what, std::function<bool()> condition, int timeoutMs, Step next)
{
    auto *timer = new QTimer(this);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [=, this] {
        if (condition()) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            next();
        } else if (elapsed->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        }
    });
    timer->start();
}

bool ScreenshotTour::savePixmap(const QPixmap &pixmap, const QString &name)
{
    // At 200 % (QT_SCALE_FACTOR=2 or a high-density screen) the files are name@2x-<language>.png.
    const QString density = pixmap.devicePixelRatio() > 1.0 ? QStringLiteral("@2x") : QString();
    const QString file =
        QDir(m_directory).filePath(name + density + QLatin1Char('-') + m_language + QStringLiteral(".png"));
    ++m_attempted;
    const bool ok = pixmap.save(file);
    std::fprintf(stdout, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(file));
    std::fflush(stdout);
    if (ok)
        ++m_saved;
    return ok;
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const auto write = [&](const QString &fileName) {
        return savePixmap(widget->grab(), fileName);
    };
    bool ok = write(name);
    if (widget == m_session.window()) {
        // The same page on a 1024 × 700 screen, then back.
        widget->resize(kSmallWindow);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        ok = write(name + QStringLiteral("-1024x700")) && ok;
        widget->resize(kLargeWindow);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    return ok;
}

void ScreenshotTour::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "screenshot tour: %s\n", qPrintable(message));
    Q_EMIT finished(1);
}

QUrl ScreenshotTour::controlUrl(const QString &path) const
{
    QUrl url = m_session.sandboxHost() ? m_session.sandboxHost()->baseUrl() : m_session.engine().graphBase();
    url.setPath(QStringLiteral("/sandbox/") + path);
    return url;
}

void ScreenshotTour::controlGet(const QString &path, std::function<void(const QJsonObject &)> done)
{
    const QUrl url = controlUrl(path);
    QNetworkReply *reply = m_session.network().get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        done(QJsonDocument::fromJson(reply->readAll()).object());
    });
}

void ScreenshotTour::controlPost(const QString &path, const QJsonObject &body, Step done)
{
    const QUrl url = controlUrl(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        m_session.network().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        done();
    });
}

void ScreenshotTour::showDeviceList()
{
    save(m_session.window(), QStringLiteral("all-devices"));
    if (m_session.tenants().size() < 2) {
        pickDevices();
        return;
    }
    // --sandbox-tenants N: the switcher once every tenant has loaded, then the tour goes on in the first one.
    waitFor(
        QStringLiteral("every tenant"),
        [this] {
            const QList<TenantSession *> tenants = m_session.tenants();
            return std::all_of(tenants.cbegin(), tenants.cend(), [](const TenantSession *t) {
                return t->state() == TenantSession::State::Ready;
            });
        },
        120000,
        [this] {
            after(300, [this] {
                save(m_session.window(), QStringLiteral("tenants-switcher"));
                searchAllTenants();
            });
        });
}

void ScreenshotTour::searchAllTenants()
{
    // All tenants: a search over every tenant (a model name every generated tenant has), then back to the
    // first.
    ui::MainWindow *window = m_session.window();
    const QString first = window->currentTenantId();
    window->showAllTenants();
    ui::CrossTenantSearchPage *page = window->allTenantsPage()->searchPage();
    page->searchEdit()->setText(QStringLiteral("iPad"));
    Q_EMIT page->searchEdit()->returnPressed();
    waitFor(
        QStringLiteral("the search over every tenant"), [page] { return !page->search()->isRunning(); },
        60000,
        [this, window, first] {
            after(300, [this, window, first] {
                save(window, QStringLiteral("all-tenants-search"));
                window->setCurrentTenant(first);
                pickDevices();
            });
        });
}

void ScreenshotTour::pickDevices()
{
    // The sandbox's showcase devices carry their platform row and failure switches.
    controlGet(QStringLiteral("devices"), [this](const QJsonObject &answer) {
        for (const QJsonValue &v : answer.value(QLatin1String("value")).toArray()) {
            const QJsonObject d = v.toObject();
            const int row = d.value(QLatin1String("row")).toInt();
            const bool clean =
                d.value(QLatin1String("managementState")).toString() == QLatin1String("managed") &&
                !d.value(QLatin1String("noPasscodePolicy")).toBool() &&
                !d.value(QLatin1String("resetTokenInactive")).toBool();
            const bool online = d.value(QLatin1String("connectivity")).toString() == QLatin1String("online");
            if (m_eligibleId.isEmpty() && row == 13 && clean && online)
                m_eligibleId = d.value(QLatin1String("id")).toString();
            if (m_ineligibleId.isEmpty() && row == 10 && clean)
                m_ineligibleId = d.value(QLatin1String("id")).toString();
        }
        if (m_eligibleId.isEmpty() || m_ineligibleId.isEmpty()) {
            fail(QStringLiteral("no suitable showcase devices in the sandbox tenant"));
            return;
        }
        showEligibleDevice();
    });
}

void ScreenshotTour::showEligibleDevice()
{
    ui::MainWindow *window = m_session.window();
    window->openDevice(m_eligibleId);
    waitFor(
        QStringLiteral("the device's details"), [window] { return !window->overviewPage()->isLoading(); },
        30000,
        [this] {
            after(400, [this] {
                save(m_session.window(), QStringLiteral("device-overview"));
                showConfirmation();
            });
        });
}

void ScreenshotTour::showConfirmation()
{
    m_session.window()->overviewPage()->requestAction(RemoteAction::ResetPasscode);
    waitFor(
        QStringLiteral("the confirmation"), [] { return openConfirmDialog() != nullptr; }, 10000,
        [this] {
            ui::ConfirmActionDialog *dialog = openConfirmDialog();
            if (auto *ticket = dialog->findChild<QLineEdit *>(QStringLiteral("ticketEdit")))
                ticket->setText(QStringLiteral("INC0012345, user locked out of the work profile"));
            after(400, [this] {
                ui::ConfirmActionDialog *dialog = openConfirmDialog();
                if (!dialog) {
                    fail(QStringLiteral("the confirmation closed"));
                    return;
                }
                save(dialog, QStringLiteral("confirm-dialog"));
                dialog->accept();
                waitForPasscode();
            });
        });
}

void ScreenshotTour::waitForPasscode()
{
    // Tenant time moves forward a minute at a time until the device has checked in and finished the action.
    ui::PasscodePanel *panel = m_session.window()->overviewPage()->passcodePanel();
    auto *ticker = new QTimer(this);
    ticker->setInterval(2500);
    connect(ticker, &QTimer::timeout, this, [this, ticker, panel] {
        if (panel->mode() == ui::PasscodePanel::Mode::Code) {
            ticker->stop();
            ticker->deleteLater();
            after(600, [this] {
                // The caller is not verified yet: Show and Copy are kept back; then ticked, as on the phone.
                save(m_session.window(), QStringLiteral("caller-check"));
                m_session.window()->overviewPage()->callerCheck()->checkBox()->click();
                after(400, [this] {
                    save(m_session.window(), QStringLiteral("passcode-panel"));
                    showDisabledDevice();
                });
            });
            return;
        }
        if (++m_advances > 20) {
            ticker->stop();
            ticker->deleteLater();
            fail(QStringLiteral("the passcode did not arrive"));
            return;
        }
        controlPost(QStringLiteral("time/advance"), QJsonObject{{QStringLiteral("seconds"), 60}}, [] {});
    });
    ticker->start();
}

void ScreenshotTour::showDisabledDevice()
{
    ui::MainWindow *window = m_session.window();
    window->openDevice(m_ineligibleId);
    waitFor(
        QStringLiteral("the device's details"), [window] { return !window->overviewPage()->isLoading(); },
        30000,
        [this] {
            after(400, [this] {
                save(m_session.window(), QStringLiteral("action-disabled"));
                showDeviceActions();
            });
        });
}

void ScreenshotTour::showDeviceActions()
{
    ui::MainWindow *window = m_session.window();
    window->showPlace(ui::Place::DeviceActions);
    ui::DeviceActionsPage *page = window->deviceActionsPage();
    const QString before = page->lastRefreshText();
    waitFor(
        QStringLiteral("the device actions"), [page, before] { return page->lastRefreshText() != before; },
        30000,
        [this] {
            after(400, [this] {
                save(m_session.window(), QStringLiteral("device-actions"));
                showCommandPalette();
            });
        });
}

void ScreenshotTour::showCommandPalette()
{
    // Ctrl+K over All devices: the two devices opened above first (Alt+1, Alt+2), then pages and commands.
    ui::MainWindow *window = m_session.window();
    window->showPlace(ui::Place::AllDevices);
    window->openCommandPalette();
    after(400, [this, window] {
        ui::CommandPalette *palette = window->commandPalette();
        if (!palette) {
            fail(QStringLiteral("the command palette did not open"));
            return;
        }
        // The popup is a window of its own: drawn over the main window's image where it stands.
        QPixmap shot = window->grab();
        QPainter painter(&shot);
        painter.drawPixmap(window->mapFromGlobal(palette->mapToGlobal(QPoint(0, 0))), palette->grab());
        painter.end();
        savePixmap(shot, QStringLiteral("command-palette"));
        palette->close();
        showPreferences();
    });
}

void ScreenshotTour::showPreferences()
{
    m_session.window()->showPreferences();
    after(400, [this] {
        auto *dialog = m_session.window()->findChild<ui::SettingsDialog *>();
        if (!dialog) {
            fail(QStringLiteral("the preferences did not open"));
            return;
        }
        save(dialog, QStringLiteral("preferences"));
        dialog->reject();
        showBulkPlan();
    });
}

void ScreenshotTour::showBulkPlan()
{
    ui::MainWindow *window = m_session.window();
    window->showPlace(ui::Place::AllDevices);
    ui::DevicesPage *page = window->devicesPage();
    QTableView *view = page->view();
    // Sorted by passcode action: the resets (which give a code) first; then a few devices without one, so
    // that the plan shows skipped devices too.
    view->sortByColumn(ui::DeviceTableModel::PasscodeAction, Qt::AscendingOrder);
    ui::DeviceFilterModel *model = page->filterModel();
    const int rows = std::min(kBulkRows, model->rowCount());
    const int last = model->rowCount() - 1;
    view->setFocus();
    QItemSelection selection(model->index(0, 0), model->index(rows - 1, 0));
    selection.select(model->index(last - 5, 0), model->index(last, 0));
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollToTop();
    after(400, [this, page] {
        save(m_session.window(), QStringLiteral("bulk-selection"));
        page->bulkAction()->trigger();
        waitFor(
            QStringLiteral("the bulk plan"),
            [] {
                return openDialog<ui::BulkPlanDialog>() && openDialog<ui::BulkPlanDialog>()->isPlanShown();
            },
            60000,
            [this] {
                ui::BulkPlanDialog *dialog = openDialog<ui::BulkPlanDialog>();
                dialog->ticketEdit()->setText(
                    QStringLiteral("CHG0042: kiosk scanners, quarterly passcode rotation"));
                if (QTreeWidgetItem *group = dialog->skippedTree()->topLevelItem(0))
                    group->setExpanded(true);
                if (dialog->needsTypedCount())
                    dialog->countEdit()->setText(QString::number(dialog->currentPlan().eligibleCount()));
                after(400, [this] {
                    ui::BulkPlanDialog *dialog = openDialog<ui::BulkPlanDialog>();
                    if (!dialog) {
                        fail(QStringLiteral("the plan closed"));
                        return;
                    }
                    save(dialog, QStringLiteral("bulk-plan"));
                    dialog->sendButton()->click();
                    showBulkProgress();
                });
            });
    });
}

void ScreenshotTour::showBulkProgress()
{
    waitFor(
        QStringLiteral("the run window"), [] { return openDialog<ui::BulkRunWindow>() != nullptr; }, 20000,
        [this] {
            after(1500, [this] {
                ui::BulkRunWindow *run = openDialog<ui::BulkRunWindow>();
                if (!run) {
                    fail(QStringLiteral("the run window closed"));
                    return;
                }
                save(run, QStringLiteral("bulk-progress"));
                m_advances = 0;
                showBulkResults();
            });
        });
}

void ScreenshotTour::showBulkResults()
{
    // Tenant time moves forward until the devices have checked in and the run is over.
    auto *ticker = new QTimer(this);
    ticker->setInterval(2500);
    connect(ticker, &QTimer::timeout, this, [this, ticker] {
        ui::BulkRunWindow *run = openDialog<ui::BulkRunWindow>();
        const bool over = run && (run->run().state() == actions::RunState::Finished || m_advances > 24);
        if (over || !run) {
            ticker->stop();
            ticker->deleteLater();
            if (!run) {
                fail(QStringLiteral("the run window closed"));
                return;
            }
            QTableView *grid = run->grid();
            grid->setFocus();
            for (int row = 0; row < grid->model()->rowCount(); ++row) {
                const QModelIndex index = grid->model()->index(row, 0);
                if (index.data(ui::BulkResultsModel::StatusRole).toInt() ==
                    int(actions::RunItemStatus::Done)) {
                    grid->setCurrentIndex(index);
                    run->toggleReveal(); // one row shown, the others masked
                    break;
                }
            }
            after(600, [this] {
                if (ui::BulkRunWindow *run = openDialog<ui::BulkRunWindow>())
                    save(run, QStringLiteral("bulk-results"));
                m_done = true;
                // Eleven pages, and the sign-in dialog when the tour began there.
                Q_EMIT finished(m_saved == m_attempted && m_saved >= 11 ? 0 : 1);
            });
            return;
        }
        ++m_advances;
        controlPost(QStringLiteral("time/advance"), QJsonObject{{QStringLiteral("seconds"), 60}}, [] {});
    });
    ticker->start();
}

} // namespace passcode::console
