#pragma once

#include "domain/Result.h"
#include "region/PgConnectionSettings.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace vk::test {

/// A throw-away region cluster of the test's own (scripts/region --cluster NAME), for tests that stop,
/// restart or replace a server: the shared test cluster keeps serving the tests that run in parallel. The
/// name carries the process id; the port is one nobody listens on when the cluster is created. Destroyed
/// (stopped, folder removed) with the object.
class PrivateCluster {
public:
    /// `prefix`: a few lower-case letters naming the test ("sync-offline").
    explicit PrivateCluster(const QString& prefix);
    ~PrivateCluster();
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;

    /// Creates (first time) and starts the cluster, with the "vardinkorg" database migrated.
    [[nodiscard]] Status start();
    /// Stops the server (fast shutdown: connected clients are cut off).
    [[nodiscard]] Status stop();
    /// The admin on the maintenance database "postgres" (read from the cluster's env file after start()).
    [[nodiscard]] PgConnectionSettings adminSettings() const;
    /// The VK_REGION_* variables of the cluster (what vardinkorg-admin reads).
    [[nodiscard]] QHash<QString, QString> environment() const { return m_env; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    Status run(const QStringList& arguments);

    QString m_name;
    quint16 m_port = 0;
    QHash<QString, QString> m_env;
};

/// Runs a program to its end (bounded); fails with its output when it exits with an error.
[[nodiscard]] Status runProgram(const QString& program, const QStringList& arguments,
                                const QHash<QString, QString>& environment = {}, int timeoutMs = 180000);

} // namespace vk::test
