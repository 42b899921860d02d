// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSelector.h"

#include "CtlSession.h"
#include "DeviceResolver.h"
#include "DevicesListCommand.h"

#include "core/devices/DeviceJson.h"
#include "core/graph/GraphBatch.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphPager.h"
#include "core/graph/ReplyInterpreter.h"

#include <QJsonArray>
#include <QTimer>

namespace passcode::ctl {
namespace {

graph::GraphRequest lookup(const QString &property, const QString &text)
{
    return graph::GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"),
                                    graph::ApiVersion::Beta)
        .setFilter(property + QStringLiteral(" eq ") + DeviceResolver::odataString(text))
        .setSelect({QStringLiteral("id"), QStringLiteral("deviceName"), QStringLiteral("serialNumber")})
        .setTop(25)
        .setRequiredFields({QStringLiteral("value")});
}

} // namespace

DeviceSelector::DeviceSelector(CtlSession &session, int pageSize, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pageSize(pageSize)
{}

DeviceSelector::~DeviceSelector() = default;

void DeviceSelector::select(QList<DeviceEntry> entries, std::optional<QString> allMatching, QString platform,
                            std::function<void(Result)> done)
{
    m_entries = std::move(entries);
    m_allMatching = std::move(allMatching);
    m_platform = std::move(platform);
    m_done = std::move(done);
    QTimer::singleShot(0, this, &DeviceSelector::lookUpNames);
}

void DeviceSelector::lookUpNames()
{
    QList<graph::GraphRequest> requests;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (DeviceResolver::looksLikeId(m_entries.at(i).text))
            continue;
        m_lookedUp.append(i);
        requests.append(lookup(QStringLiteral("deviceName"), m_entries.at(i).text));
        requests.append(lookup(QStringLiteral("serialNumber"), m_entries.at(i).text));
    }
    if (requests.isEmpty()) {
        onLookupsFinished();
        return;
    }
    m_batch = std::make_unique<graph::GraphBatch>(&m_session.client(), requests);
    connect(m_batch.get(), &graph::GraphBatch::finished, this, &DeviceSelector::onLookupsFinished);
    m_batch->start();
}

void DeviceSelector::onLookupsFinished()
{
    // Matches of each looked-up entry (name first, as `devices show` resolves).
    QHash<int, QJsonArray> matches;
    for (int k = 0; k < m_lookedUp.size(); ++k) {
        const graph::GraphResult &byName = m_batch->results().at(2 * k);
        const graph::GraphResult &bySerial = m_batch->results().at(2 * k + 1);
        for (const graph::GraphResult *r : {&byName, &bySerial}) {
            if (!r->ok()) {
                end(*r->error);
                return;
            }
        }
        const QJsonArray names = byName.json.value(u"value").toArray();
        matches.insert(m_lookedUp.at(k), names.isEmpty() ? bySerial.json.value(u"value").toArray() : names);
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const DeviceEntry &entry = m_entries.at(i);
        if (!matches.contains(i)) {
            add(entry.text.toLower(), QString());
            continue;
        }
        const QJsonArray found = matches.value(i);
        if (found.size() == 1) {
            const QJsonObject d = found.first().toObject();
            add(d.value(u"id").toString(), d.value(u"deviceName").toString());
            continue;
        }
        DeviceSelection::Unresolved u{entry, DeviceSelection::Problem::NotFound, {}};
        if (!found.isEmpty()) {
            u.problem = DeviceSelection::Problem::Ambiguous;
            for (const QJsonValue &v : found)
                u.candidates.append(v.toObject().value(u"id").toString());
        }
        m_selection.unresolved.append(u);
    }
    if (m_allMatching)
        listMatching();
    else
        end(m_selection);
}

void DeviceSelector::listMatching()
{
    m_pager =
        std::make_unique<graph::GraphPager>(&m_session.client(), DevicesListCommand::listRequest(m_pageSize));
    m_pager->setRawPages(true);
    connect(m_pager.get(), &graph::GraphPager::rawPageReceived, this,
            [this](const graph::RawPage &page, int) { onPage(page); });
    connect(m_pager.get(), &graph::GraphPager::finished, this, &DeviceSelector::onPagerFinished);
    m_pager->start();
}

void DeviceSelector::onPage(const graph::RawPage &page)
{
    if (m_pageError)
        return;
    QJsonParseError parseError{};
    const std::optional<devices::DeviceJson::Page> parsed =
        devices::DeviceJson::parseValueArray(page.value(), &parseError);
    if (!parsed) {
        parseError.offset += int(page.valueOffset);
        Error e = graph::ReplyInterpreter::unreadableBodyError(parseError, page.body.size());
        e.requestId = page.requestId;
        e.clientRequestId = page.clientRequestId;
        m_pageError = e;
        m_pager->fail(e);
        return;
    }
    for (const devices::Device &d : parsed->devices) {
        if (DevicesListCommand::matches(d, *m_allMatching, m_platform))
            add(d.id, d.deviceName);
    }
}

void DeviceSelector::onPagerFinished(const graph::PagerOutcome &outcome)
{
    if (std::optional<Error> error = m_pageError ? m_pageError : outcome.error) {
        // A partial list is not a selection: the run would silently miss devices.
        error->message =
            tr("The devices matching --all-matching could not all be read: %1").arg(error->message);
        end(*error);
        return;
    }
    end(m_selection);
}

void DeviceSelector::add(const QString &id, const QString &name)
{
    if (m_selection.names.contains(id)) {
        ++m_selection.duplicates;
        return;
    }
    m_selection.ids.append(id);
    m_selection.names.insert(id, name);
}

void DeviceSelector::end(Result result)
{
    if (!m_done)
        return;
    const std::function<void(Result)> done = std::exchange(m_done, {});
    done(std::move(result));
}

} // namespace passcode::ctl
