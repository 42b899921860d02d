// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the console: parses the command line, applies the language, builds the session (the
// sandbox tenant, or a real tenant after sign-in; Graph client, engine, window) and shows the main window.
#include "app/common/BuildInfo.h"
#include "app/console/ConsoleOptions.h"
#include "app/console/ConsoleSession.h"
#include "app/console/LanguageSwitcher.h"
#include "app/console/ScreenshotTour.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

namespace {

using namespace passcode;

/** --report-first-rows: the first paint of the device table with rows in it ends the run. */
class FirstRowsProbe final : public QObject
{
public:
    FirstRowsProbe(QTableView *view, const QElapsedTimer &sinceStart)
        : QObject(view)
        , m_view(view)
        , m_sinceStart(sinceStart)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_reported && watched == m_view->viewport() && event->type() == QEvent::Paint &&
            m_view->model()->rowCount() > 0) {
            m_reported = true;
            const qint64 ms = m_sinceStart.elapsed();
            const int rows = m_view->model()->rowCount();
            QTimer::singleShot(0, m_view, [ms, rows] {
                std::printf("first-rows-ms=%lld rows=%d\n", static_cast<long long>(ms), rows);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    const QElapsedTimer &m_sinceStart;
    bool m_reported = false;
};

void showFatal(const QString &message)
{
    std::fprintf(stderr, "passcode-console: %s\n", qPrintable(message));
    auto *box = new QMessageBox(QMessageBox::Critical, QApplication::translate("main", "Passcode Console"),
                                message, QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(1); });
    box->open();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("passcode-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Passcode Console"));
    QApplication::setOrganizationName(QStringLiteral("PasscodeConsole"));
    QApplication::setApplicationVersion(passcode::buildinfo::versionLine());
    QGuiApplication::setDesktopFileName(QStringLiteral(PASSCODE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/passcode-console.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Microsoft Intune helpdesk console"));
    parser.addHelpOption();
    parser.addVersionOption();
    console::ConsoleOptions::addTo(parser);
    parser.process(app);
    QString error;
    const std::optional<console::ConsoleOptions> options = console::ConsoleOptions::from(parser, &error);
    if (!options) {
        std::fprintf(stderr, "passcode-console: %s\n", qPrintable(error));
        return 2;
    }

    // Ephemeral runs (screenshots, benchmarks) keep nothing: settings and journal live in a temporary folder.
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<QSettings> settings;
    if (options->ephemeral) {
        scratch = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<QSettings>(scratch->filePath(QStringLiteral("console.ini")),
                                               QSettings::IniFormat);
    } else {
        settings = std::make_unique<QSettings>();
    }

    console::LanguageSwitcher languages(app);
    const QString language =
        options->language.value_or(settings->value(QStringLiteral("ui/language")).toString());
    const QString inUse = languages.apply(language);

    console::ConsoleSession session(*options, settings.get());
    if (scratch)
        session.setJournalPath(scratch->filePath(QStringLiteral("journal.json")));
    session.setLanguageHandler([&languages](const QString &code) { languages.apply(code); });
    QObject::connect(&session, &console::ConsoleSession::failed, &app, &showFatal);
    // The session ends the application (the window closed, the first sign-in left): windows come and go
    // in between (a sign-out shows the sign-in dialog in place of the window).
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&session, &console::ConsoleSession::finished, &app, [] { QCoreApplication::exit(0); });

    std::unique_ptr<console::ScreenshotTour> tour;
    if (!options->screenshotDir.isEmpty() && options->sandboxSignIn) {
        // The tour begins at the sign-in dialog and goes on to the window itself.
        tour = std::make_unique<console::ScreenshotTour>(session, options->screenshotDir, inUse);
        QObject::connect(tour.get(), &console::ScreenshotTour::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        tour->startAtSignIn();
    }
    bool firstWindow = true;
    QObject::connect(&session, &console::ConsoleSession::ready, &app, [&] {
        ui::MainWindow *window = session.window();
        const bool first = std::exchange(firstWindow, false);
        if (!options->screenshotDir.isEmpty() && options->sandboxSignIn)
            return; // the tour started at the sign-in shows the window
        if (!options->screenshotDir.isEmpty() && first) {
            tour = std::make_unique<console::ScreenshotTour>(session, options->screenshotDir, inUse);
            QObject::connect(tour.get(), &console::ScreenshotTour::finished, &app,
                             [](int code) { QCoreApplication::exit(code); });
            tour->start();
            return;
        }
        if (options->reportFirstRows && first)
            new FirstRowsProbe(window->devicesPage()->view(), sinceStart);
        window->show();
    });

    session.start();
    return QApplication::exec();
}
