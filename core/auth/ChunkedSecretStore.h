// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/SecretStore.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace passcode::auth {

/**
 * Keeps secrets longer than a keychain entry allows in several entries of another store. Windows Credential
 * Manager limits a credential to 2,560 bytes, and an Entra ID refresh token can be longer.
 *
 * A secret of at most chunkSize characters is written as is, under its key. A longer one is written as chunks
 * under "key#1" … "key#N", then the key itself holds the marker "passcode-chunks:N". Chunks are written
 * before the marker, so a failed write never leaves a marker without its chunks; chunks left over from a
 * longer earlier secret are removed after it. read() joins the chunks (a missing chunk is Kind::Keychain,
 * "incomplete_secret"); remove() removes the chunks, then the key.
 *
 * Operations on one key run one after the other, in the order they were asked, whatever order the inner
 * store completes its own jobs in: a sign-out's remove() that follows a write() of a new refresh token
 * removes every chunk that write left, never a part of them.
 *
 * The SecretStore contract holds: asynchronous, one callback unless the context is gone. The inner store must
 * outlive this one, or be owned by it.
 */
class ChunkedSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkedSecretStore)

public:
    /** The chunk size used for the Windows Credential Manager: 2,048 characters, tokens being ASCII. */
    static constexpr int kWindowsChunkSize = 2048;

    ChunkedSecretStore(SecretStore &inner, int chunkSize, QObject *parent = nullptr);
    ChunkedSecretStore(std::unique_ptr<SecretStore> inner, int chunkSize, QObject *parent = nullptr);
    ~ChunkedSecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    bool isPersistent() const override { return m_inner.isPersistent(); }

    /** The entry of chunk @p index (1-based) of @p key. */
    static QString chunkKey(const QString &key, int index);

private:
    struct Job;
    void startRead(const std::shared_ptr<Job> &job);
    void startWrite(const std::shared_ptr<Job> &job);
    void readChunk(const std::shared_ptr<Job> &job, int index);
    void writeChunk(const std::shared_ptr<Job> &job, int index);
    void finishWrite(const std::shared_ptr<Job> &job, const std::optional<Error> &error);
    /** The number of chunks a stored value announces; 0 when it is a plain secret. */
    static int chunkCount(const QString &stored);
    /** Removes the chunks from..to of key one after the other (a failure is ignored: they are orphans). */
    void removeChunks(const QString &key, int from, int to, std::function<void()> then);

    /** Runs @p start now if no operation on @p key is running, else after the ones before it. */
    void enqueue(const QString &key, std::function<void()> start);
    /** The running operation on @p key has delivered its result: the next one starts. */
    void release(const QString &key);
    /** Delivers a job's result to its caller and lets the next operation on its key start. */
    template<typename F>
    void complete(const std::shared_ptr<Job> &job, F &&f);

    std::unique_ptr<SecretStore> m_owned;
    SecretStore &m_inner;
    int m_chunkSize;
    QHash<QString, QList<std::function<void()>>> m_queues; ///< per key: the running operation first
};

/**
 * The OS keychain of this platform: KeychainSecretStore, wrapped in a ChunkedSecretStore on Windows.
 */
std::unique_ptr<SecretStore> makeOsKeychain();

} // namespace passcode::auth
