// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/ChunkedSecretStore.h"

#include "core/auth/KeychainSecretStore.h"
#include "core/auth/Wipe.h"

#include <QPointer>
#include <QStringList>

namespace passcode::auth {

namespace {
const QString kMarker = QStringLiteral("passcode-chunks:");
} // namespace

ChunkedSecretStore::ChunkedSecretStore(SecretStore &inner, int chunkSize, QObject *parent)
    : SecretStore(parent)
    , m_inner(inner)
    , m_chunkSize(std::max(1, chunkSize))
{}

ChunkedSecretStore::ChunkedSecretStore(std::unique_ptr<SecretStore> inner, int chunkSize, QObject *parent)
    : SecretStore(parent)
    , m_owned(std::move(inner))
    , m_inner(*m_owned)
    , m_chunkSize(std::max(1, chunkSize))
{}

ChunkedSecretStore::~ChunkedSecretStore() = default;

QString ChunkedSecretStore::chunkKey(const QString &key, int index)
{
    return key + u'#' + QString::number(index);
}

int ChunkedSecretStore::chunkCount(const QString &stored)
{
    if (!stored.startsWith(kMarker))
        return 0;
    bool ok = false;
    const int n = QStringView(stored).sliced(kMarker.size()).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

struct ChunkedSecretStore::Job
{
    QString key;
    QPointer<QObject> context;
    ReadCallback readDone;
    DoneCallback done;
    QStringList parts; ///< write: the chunks; read: the chunks read so far
    QString whole;     ///< write: a secret short enough for one entry
    int chunks = 0;    ///< read: the number of chunks announced
    int oldChunks = 0; ///< write: the number of chunks of the value replaced

    ~Job()
    {
        for (QString &part : parts)
            wipe(part);
        wipe(whole);
    }
};

template<typename F>
void ChunkedSecretStore::complete(const std::shared_ptr<Job> &job, F &&f)
{
    deliverLater(job->context, std::forward<F>(f));
    release(job->key);
}

void ChunkedSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto job = std::make_shared<Job>();
    job->key = key;
    job->context = context;
    job->readDone = std::move(done);
    enqueue(key, [this, job] { startRead(job); });
}

void ChunkedSecretStore::startRead(const std::shared_ptr<Job> &job)
{
    m_inner.read(job->key, this, [this, job](const Result<std::optional<QString>> &result) {
        job->chunks = result && *result ? chunkCount(**result) : 0;
        if (job->chunks == 0) {
            complete(job, [job, result] { job->readDone(result); });
            return;
        }
        readChunk(job, 1);
    });
}

void ChunkedSecretStore::readChunk(const std::shared_ptr<Job> &job, int index)
{
    if (index > job->chunks) {
        complete(job, [job] { job->readDone(std::optional<QString>(job->parts.join(QString()))); });
        return;
    }
    m_inner.read(
        chunkKey(job->key, index), this, [this, job, index](const Result<std::optional<QString>> &part) {
            if (!part) {
                complete(job, [job, error = part.error()] { job->readDone(error); });
                return;
            }
            if (!*part) {
                Error error =
                    Error::make(Error::Kind::Keychain,
                                tr("The sign-in saved in the keychain is incomplete: sign in again."));
                error.code = QStringLiteral("incomplete_secret");
                complete(job, [job, error] { job->readDone(error); });
                return;
            }
            job->parts.append(**part);
            readChunk(job, index + 1);
        });
}

void ChunkedSecretStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback done)
{
    auto job = std::make_shared<Job>();
    job->key = key;
    job->context = context;
    job->done = std::move(done);
    if (secret.size() > m_chunkSize) {
        for (qsizetype at = 0; at < secret.size(); at += m_chunkSize)
            job->parts.append(secret.mid(at, m_chunkSize));
    } else {
        job->whole = secret;
    }
    enqueue(key, [this, job] { startWrite(job); });
}

void ChunkedSecretStore::startWrite(const std::shared_ptr<Job> &job)
{
    // The chunk count of the value replaced, to remove the chunks the new one no longer uses.
    m_inner.read(job->key, this, [this, job](const Result<std::optional<QString>> &before) {
        job->oldChunks = before && *before ? chunkCount(**before) : 0;
        if (job->parts.isEmpty())
            m_inner.write(job->key, job->whole, this,
                          [this, job](const std::optional<Error> &error) { finishWrite(job, error); });
        else
            writeChunk(job, 1);
    });
}

void ChunkedSecretStore::writeChunk(const std::shared_ptr<Job> &job, int index)
{
    const int chunks = int(job->parts.size());
    if (index > chunks) {
        // The marker last: a failure before it leaves the previous value readable.
        m_inner.write(job->key, kMarker + QString::number(chunks), this,
                      [this, job](const std::optional<Error> &error) { finishWrite(job, error); });
        return;
    }
    m_inner.write(chunkKey(job->key, index), job->parts.at(index - 1), this,
                  [this, job, index](const std::optional<Error> &error) {
                      if (error)
                          finishWrite(job, error);
                      else
                          writeChunk(job, index + 1);
                  });
}

void ChunkedSecretStore::finishWrite(const std::shared_ptr<Job> &job, const std::optional<Error> &error)
{
    if (error) {
        complete(job, [job, error] { job->done(error); });
        return;
    }
    removeChunks(job->key, int(job->parts.size()) + 1, job->oldChunks,
                 [this, job] { complete(job, [job] { job->done(std::nullopt); }); });
}

void ChunkedSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto job = std::make_shared<Job>();
    job->key = key;
    job->context = context;
    job->done = std::move(done);
    enqueue(key, [this, job] {
        m_inner.read(job->key, this, [this, job](const Result<std::optional<QString>> &before) {
            const int chunks = before && *before ? chunkCount(**before) : 0;
            removeChunks(job->key, 1, chunks, [this, job] {
                m_inner.remove(job->key, this, [this, job](const std::optional<Error> &error) {
                    complete(job, [job, error] { job->done(error); });
                });
            });
        });
    });
}

void ChunkedSecretStore::enqueue(const QString &key, std::function<void()> start)
{
    QList<std::function<void()>> &queue = m_queues[key];
    queue.append(std::move(start));
    if (queue.size() == 1)
        queue.front()();
}

void ChunkedSecretStore::release(const QString &key)
{
    const auto it = m_queues.find(key);
    if (it == m_queues.end())
        return;
    it->removeFirst();
    if (it->isEmpty()) {
        m_queues.erase(it);
        return;
    }
    // The next operation on this key starts from the event loop, not inside the one that just ended.
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            const auto next = m_queues.constFind(key);
            if (next != m_queues.cend() && !next->isEmpty())
                next->front()();
        },
        Qt::QueuedConnection);
}

void ChunkedSecretStore::removeChunks(const QString &key, int from, int to, std::function<void()> then)
{
    if (from > to) {
        then();
        return;
    }
    m_inner.remove(chunkKey(key, from), this,
                   [=, this](const std::optional<Error> &) { removeChunks(key, from + 1, to, then); });
}

std::unique_ptr<SecretStore> makeOsKeychain()
{
#ifdef Q_OS_WIN
    return std::make_unique<ChunkedSecretStore>(std::make_unique<KeychainSecretStore>(),
                                                ChunkedSecretStore::kWindowsChunkSize);
#else
    return std::make_unique<KeychainSecretStore>();
#endif
}

} // namespace passcode::auth
