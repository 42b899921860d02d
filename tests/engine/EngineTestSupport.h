// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for engine tests: open an engine and wait, call a sandbox's control endpoint, fetch a device.

#include "core/actions/ActionService.h"
#include "core/devices/Device.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "engine/TenantEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace passcode::enginetest {

/** Opens @p engine; the error when it failed, std::nullopt once opened. */
inline std::optional<Error> openAndWait(engine::TenantEngine &engine, int timeoutMs = 30000)
{
    std::optional<Error> error;
    bool done = false;
    QObject context;
    QObject::connect(&engine, &engine::TenantEngine::opened, &context, [&] { done = true; });
    QObject::connect(&engine, &engine::TenantEngine::failed, &context, [&](const Error &e) {
        error = e;
        done = true;
    });
    engine.open();
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return Error::make(Error::Kind::Network, QStringLiteral("the engine did not open in time"));
    return error;
}

/** Loads the device list and returns the load state. */
inline devices::DeviceDirectory::LoadState loadAll(engine::TenantEngine &engine, int timeoutMs = 30000)
{
    QSignalSpy finished(&engine.loader(), &devices::DeviceDirectoryLoader::finished);
    engine.loader().refresh();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return devices::DeviceDirectory::LoadState::Incomplete;
    return engine.directory().loadState();
}

/** Reads one device by id through the engine's ActionService: the device, or the error. */
inline Result<devices::Device> fetch(engine::TenantEngine &engine, const QString &id, int timeoutMs = 30000)
{
    std::optional<Result<devices::Device>> out;
    QObject context;
    QObject::connect(&engine.service(), &actions::ActionService::deviceFetched, &context,
                     [&](const devices::Device &d) {
                         if (d.id == id)
                             out = d;
                     });
    QObject::connect(&engine.service(), &actions::ActionService::deviceFetchFailed, &context,
                     [&](const QString &d, const Error &e) {
                         if (d == id)
                             out = e;
                     });
    engine.service().fetchDevice(id);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Error::make(Error::Kind::Network, QStringLiteral("no answer in time"));
    return *out;
}

/** POSTs a JSON body to a sandbox's control endpoint ({base}{path}); the HTTP status. */
inline int control(const QUrl &base, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(base.path() + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(20000);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace passcode::enginetest
