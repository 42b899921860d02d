// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An in-memory SecretStore whose jobs finish in a shuffled order (seeded): each job takes effect when it
// completes, as with a keychain daemon that serves several requests at once. Tests of code that must not
// depend on the order a backend runs its jobs in.

#include "core/auth/SecretStore.h"

#include <QPointer>

#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>

namespace passcode::testing {

class ShuffledSecretStore final : public auth::SecretStore
{
public:
    explicit ShuffledSecretStore(quint32 seed)
        : m_random(seed)
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { runOne(); });
    }

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        schedule(context, [this, key, done] {
            const auto it = m_secrets.constFind(key);
            done(it == m_secrets.cend() ? std::optional<QString>() : std::optional<QString>(*it));
        });
    }
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override
    {
        schedule(context, [this, key, secret, done] {
            m_secrets.insert(key, secret);
            done(std::nullopt);
        });
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        schedule(context, [this, key, done] {
            m_secrets.remove(key);
            done(std::nullopt);
        });
    }
    bool isPersistent() const override { return true; }

    const QHash<QString, QString> &secrets() const { return m_secrets; }
    bool idle() const { return m_jobs.isEmpty(); }

private:
    struct Job
    {
        QPointer<QObject> context;
        std::function<void()> run;
    };

    void schedule(QObject *context, std::function<void()> run)
    {
        m_jobs.append({context, std::move(run)});
        m_timer.start();
    }
    void runOne()
    {
        if (m_jobs.isEmpty()) {
            m_timer.stop();
            return;
        }
        // Several jobs waiting: any of them may finish first.
        const Job job = m_jobs.takeAt(qsizetype(m_random.bounded(quint32(m_jobs.size()))));
        if (job.context)
            job.run();
    }

    QRandomGenerator m_random;
    QTimer m_timer;
    QList<Job> m_jobs;
    QHash<QString, QString> m_secrets;
};

} // namespace passcode::testing
