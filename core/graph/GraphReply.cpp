// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/GraphReply.h"

#include "core/graph/GraphClient.h"

#include <QNetworkReply>

namespace passcode::graph {

GraphReply::GraphReply(GraphClient *client, GraphRequest request, RetryPolicy policy, QUrl url,
                       qint64 startMs)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_url(std::move(url))
    , m_startMs(startMs)
{}

GraphReply::~GraphReply()
{
    abortNetwork();
}

void GraphReply::abortNetwork()
{
    if (!m_network)
        return;
    QNetworkReply *network = m_network;
    m_network = nullptr;
    network->disconnect(this);
    network->abort();
    network->deleteLater();
}

void GraphReply::cancel()
{
    if (isFinished())
        return;
    if (m_client)
        m_client->cancelReply(this);
}

} // namespace passcode::graph
