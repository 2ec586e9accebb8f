#pragma once

#include "domain/Result.h"
#include "region/PgConnectionSettings.h"
#include "region/PgNotification.h"
#include "region/PgParam.h"
#include "region/PgResult.h"

#include <QList>
#include <QString>

#include <memory>

struct pg_conn;

namespace vk {

/// One libpq connection to the region store (RAII, move-only, used by one thread at a time).
/// Values are always bound parameters (PQexecParams / PQexecPrepared); failures come back as vk::Error with a
/// stable code ("region.connect_failed", "region.permission_denied", …) and a user message free of data
/// values.
class PgConnection {
public:
    /// Connects with keyword/value parameters; blocks up to the settings' connect timeout.
    [[nodiscard]] static Result<PgConnection> open(const PgConnectionSettings& settings);

    PgConnection(PgConnection&&) noexcept;
    PgConnection& operator=(PgConnection&&) noexcept;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    /// Runs one statement with bound parameters ($1, $2, …) and returns its rows.
    [[nodiscard]] Result<PgResult> exec(const QString& sql, const QList<PgParam>& params = {});
    /// Runs a script of several statements without parameters (simple query protocol): migrations,
    /// BEGIN/COMMIT.
    [[nodiscard]] Status execScript(const QString& sql);
    /// Prepares a named statement once per connection; parameter types are inferred by the server.
    [[nodiscard]] Status prepare(const QByteArray& name, const QString& sql);
    /// Runs a statement prepared with prepare().
    [[nodiscard]] Result<PgResult> execPrepared(const QByteArray& name, const QList<PgParam>& params = {});

    /// LISTEN on a channel (the name is quoted as an identifier).
    [[nodiscard]] Status listen(const QString& channel);
    /// Reads what arrived on the socket and returns the notifications received so far (non-blocking).
    [[nodiscard]] Result<QList<PgNotification>> notifications();
    /// The socket descriptor, for a QSocketNotifier; -1 when not connected.
    [[nodiscard]] int socket() const;

    /// True while the connection is usable.
    [[nodiscard]] bool isOpen() const;
    /// Reconnects with the original settings. Prepared statements and LISTENs belong to the old session and
    /// must be set up again.
    [[nodiscard]] Status reconnect();
    /// The SQLSTATE of the last failed command ("" after a success).
    [[nodiscard]] QString lastSqlState() const { return m_lastSqlState; }
    /// The server's primary message of the last failure. It may quote input values: show it to administrators
    /// only, never log it in the desk.
    [[nodiscard]] QString lastServerMessage() const { return m_lastServerMessage; }
    /// The process id of the server backend (to recognise our own notifications).
    [[nodiscard]] int backendPid() const;
    /// Quotes a name for the few statements that take no parameters (LISTEN, CREATE ROLE).
    [[nodiscard]] QString quoteIdentifier(const QString& name) const;
    /// The SCRAM-SHA-256 verifier of a password for a role, computed here so no clear text reaches the
    /// server.
    [[nodiscard]] Result<QString> scramVerifier(const QString& password, const QString& role) const;

private:
    PgConnection(pg_conn* connection, PgConnectionSettings settings);
    Result<PgResult> finish(struct pg_result* result);
    Error connectionError() const;

    struct Deleter {
        void operator()(pg_conn* connection) const;
    };
    std::unique_ptr<pg_conn, Deleter> m_connection;
    PgConnectionSettings m_settings;
    QString m_lastSqlState;
    QString m_lastServerMessage;
};

} // namespace vk
