// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/AuditFeed.h"

#include "core/actions/ActionTracker.h"
#include "core/actions/AuditJson.h"
#include "core/common/Logging.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphPager.h"

#include <QPointer>

namespace passcode::actions {

struct AuditFeed::Private
{
    graph::GraphClient &client;
    const ActionTracker &tracker;
    QPointer<graph::GraphPager> pager;
    QList<RemoteActionAudit> feed; ///< the last complete feed, unmerged
    QList<RemoteActionAudit> rows; ///< feed + tracker, sorted
    QList<RemoteActionAudit> loading;
    QStringList problems;
    QStringList loadingProblems;
    QDateTime lastRefreshed;
};

AuditFeed::AuditFeed(graph::GraphClient &client, const ActionTracker &tracker, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private{client, tracker, {}, {}, {}, {}, {}, {}, {}}))
{}

AuditFeed::~AuditFeed()
{
    if (d->pager) {
        d->pager->disconnect(this);
        delete d->pager.data();
    }
}

bool AuditFeed::isLoading() const
{
    return d->pager && d->pager->isRunning();
}

QList<RemoteActionAudit> AuditFeed::rows() const
{
    return d->rows;
}

QDateTime AuditFeed::lastRefreshed() const
{
    return d->lastRefreshed;
}

QStringList AuditFeed::problems() const
{
    return d->problems;
}

void AuditFeed::refresh()
{
    if (d->pager) {
        graph::GraphPager *old = d->pager;
        d->pager = nullptr;
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
    }
    d->loading.clear();
    d->loadingProblems.clear();
    const auto request =
        graph::GraphRequest::get(QStringLiteral("/deviceManagement/remoteActionAudits"),
                                 graph::ApiVersion::Beta)
            .setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("include-unknown-enum-members"));
    auto *pager = new graph::GraphPager(&d->client, request, this);
    d->pager = pager;
    connect(pager, &graph::GraphPager::pageReceived, this, [this](const QJsonArray &items, int) {
        AuditJson::Page page = AuditJson::parseItems(items);
        d->loading.append(page.rows);
        d->loadingProblems.append(page.problems);
    });
    connect(pager, &graph::GraphPager::finished, this, [this, pager](const graph::PagerOutcome &outcome) {
        pager->deleteLater();
        if (d->pager == pager)
            d->pager = nullptr;
        if (!outcome.ok()) {
            if (outcome.error->kind != Error::Kind::Cancelled)
                qCWarning(lcActions) << "remote action feed failed:" << Error::kindName(outcome.error->kind);
            d->loading.clear();
            Q_EMIT refreshFailed(*outcome.error);
            return;
        }
        d->feed = std::move(d->loading);
        d->loading.clear();
        d->problems = std::move(d->loadingProblems);
        d->loadingProblems.clear();
        d->lastRefreshed = QDateTime::currentDateTimeUtc();
        d->rows = AuditJson::merge(d->feed, d->tracker.all());
        Q_EMIT refreshed(d->rows);
    });
    pager->start();
}

} // namespace passcode::actions
