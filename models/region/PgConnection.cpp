#include "region/PgConnection.h"

#include <libpq-fe.h>

#include <QCoreApplication>

#include <vector>

namespace vk {

namespace {

void ignoreNotice(void* /*arg*/, const char* /*message*/) {
    // Notices ("relation already exists, skipping") are expected chatter; libpq would print them to stderr.
}

// Maps an SQLSTATE to the project's stable error codes; the classes follow the PostgreSQL manual, appendix A.
Error errorForSqlState(const QString& state) {
    if (state == QLatin1String("42501")) {
        return {QStringLiteral("region.permission_denied"),
                QCoreApplication::translate(
                    "PgConnection", "The region store refused the operation: you do not have permission.")};
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        return {QStringLiteral("region.serialization_failure"),
                QCoreApplication::translate(
                    "PgConnection", "The region store was busy with a conflicting change; try again.")};
    }
    if (state == QLatin1String("57014")) {
        return {QStringLiteral("region.query_cancelled"),
                QCoreApplication::translate("PgConnection", "The region store cancelled the operation.")};
    }
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        state == QLatin1String("53300")) {
        return {QStringLiteral("region.connection_lost"),
                QCoreApplication::translate("PgConnection", "The connection to the region store was lost.")};
    }
    if (state.startsWith(QLatin1String("23"))) {
        return {QStringLiteral("region.constraint_violation"),
                QCoreApplication::translate(
                    "PgConnection", "The region store rejected the data: it breaks a rule of the database.")};
    }
    if (state.startsWith(QLatin1String("22"))) {
        return {QStringLiteral("region.invalid_input"),
                QCoreApplication::translate("PgConnection", "The region store rejected invalid input.")};
    }
    return {QStringLiteral("region.query_failed"),
            QCoreApplication::translate("PgConnection",
                                        "The region store could not carry out the operation (error %1).")
                .arg(state)};
}

} // namespace

void PgConnection::Deleter::operator()(pg_conn* connection) const {
    PQfinish(connection);
}

PgConnection::PgConnection(pg_conn* connection, PgConnectionSettings settings)
    : m_connection(connection)
    , m_settings(std::move(settings)) {
    PQsetNoticeProcessor(m_connection.get(), &ignoreNotice, nullptr);
}

PgConnection::PgConnection(PgConnection&&) noexcept = default;
PgConnection& PgConnection::operator=(PgConnection&&) noexcept = default;
PgConnection::~PgConnection() = default;

Result<PgConnection> PgConnection::open(const PgConnectionSettings& settings) {
    // Keyword/value arrays: nothing is parsed out of a connection string, so no value can inject a keyword.
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    const auto add = [&keys, &values](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            keys.emplace_back(key);
            values.push_back(value.toUtf8());
        }
    };
    add("host", settings.host);
    add("port", settings.port);
    add("dbname", settings.database);
    add("user", settings.user);
    add("password", settings.password);
    add("sslmode", settings.sslMode);
    add("sslrootcert", settings.sslRootCert);
    add("sslcert", settings.sslCert);
    add("sslkey", settings.sslKey);
    add("application_name", settings.applicationName);
    add("connect_timeout", QString::number(qMax(1, settings.connectTimeoutSeconds)));
    add("client_encoding", QStringLiteral("UTF8"));
    // Timestamps come back in UTC so PgResult::timestamp needs no zone database.
    add("options", QStringLiteral("-c TimeZone=UTC -c DateStyle=ISO -c IntervalStyle=iso_8601"));
    // A desk on a flaky network notices a dead server within about a minute instead of hanging.
    add("keepalives", QStringLiteral("1"));
    add("keepalives_idle", QStringLiteral("30"));
    add("keepalives_interval", QStringLiteral("10"));
    add("keepalives_count", QStringLiteral("3"));

    std::vector<const char*> keyPointers;
    std::vector<const char*> valuePointers;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    pg_conn* raw = PQconnectdbParams(keyPointers.data(), valuePointers.data(), 0);
    if (!raw) {
        return Error{QStringLiteral("region.connect_failed"),
                     QCoreApplication::translate("PgConnection", "Could not connect to the region store.")};
    }
    if (PQstatus(raw) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(raw));
        PQfinish(raw);
        if (message.contains(QLatin1String("database")) &&
            message.contains(QLatin1String("does not exist"))) {
            return Error{
                QStringLiteral("region.database_missing"),
                QCoreApplication::translate("PgConnection", "The region store has no such database.")};
        }
        if (message.contains(QLatin1String("password authentication failed")) ||
            message.contains(QLatin1String("no password supplied")) ||
            message.contains(QLatin1String("does not exist"))) {
            return Error{QStringLiteral("region.auth_failed"),
                         QCoreApplication::translate(
                             "PgConnection", "The region store did not accept the user name or password.")};
        }
        return Error{QStringLiteral("region.connect_failed"),
                     QCoreApplication::translate("PgConnection", "Could not connect to the region store.")};
    }
    return PgConnection(raw, settings);
}

Result<PgResult> PgConnection::finish(pg_result* result) {
    PgResult owned(result);
    if (!result) {
        m_lastSqlState = QStringLiteral("08006");
        m_lastServerMessage = QString::fromUtf8(PQerrorMessage(m_connection.get()));
        return connectionError();
    }
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
        m_lastSqlState.clear();
        m_lastServerMessage.clear();
        return owned;
    }
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    m_lastSqlState = state ? QString::fromLatin1(state) : QString();
    m_lastServerMessage = QString::fromUtf8(primary ? primary : PQresultErrorMessage(result));
    if (PQstatus(m_connection.get()) != CONNECTION_OK || m_lastSqlState.isEmpty()) {
        return connectionError();
    }
    return errorForSqlState(m_lastSqlState);
}

Error PgConnection::connectionError() const {
    return {QStringLiteral("region.connection_lost"),
            QCoreApplication::translate("PgConnection", "The connection to the region store was lost.")};
}

Result<PgResult> PgConnection::exec(const QString& sql, const QList<PgParam>& params) {
    if (!m_connection) {
        return connectionError();
    }
    std::vector<unsigned int> types;
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const PgParam& param : params) {
        types.push_back(param.typeOid());
        values.push_back(param.isNull() ? nullptr : param.data().constData());
        lengths.push_back(static_cast<int>(param.data().size()));
        formats.push_back(param.isBinary() ? 1 : 0);
    }
    const QByteArray text = sql.toUtf8();
    return finish(PQexecParams(m_connection.get(), text.constData(), static_cast<int>(params.size()),
                               types.data(), values.data(), lengths.data(), formats.data(), 0));
}

Status PgConnection::execScript(const QString& sql) {
    if (!m_connection) {
        return connectionError();
    }
    Result<PgResult> result = finish(PQexec(m_connection.get(), sql.toUtf8().constData()));
    if (!result) {
        return result.error();
    }
    return Done{};
}

Status PgConnection::prepare(const QByteArray& name, const QString& sql) {
    if (!m_connection) {
        return connectionError();
    }
    Result<PgResult> result =
        finish(PQprepare(m_connection.get(), name.constData(), sql.toUtf8().constData(), 0, nullptr));
    if (!result) {
        return result.error();
    }
    return Done{};
}

Result<PgResult> PgConnection::execPrepared(const QByteArray& name, const QList<PgParam>& params) {
    if (!m_connection) {
        return connectionError();
    }
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const PgParam& param : params) {
        values.push_back(param.isNull() ? nullptr : param.data().constData());
        lengths.push_back(static_cast<int>(param.data().size()));
        formats.push_back(param.isBinary() ? 1 : 0);
    }
    return finish(PQexecPrepared(m_connection.get(), name.constData(), static_cast<int>(params.size()),
                                 values.data(), lengths.data(), formats.data(), 0));
}

Status PgConnection::listen(const QString& channel) {
    return execScript(QStringLiteral("LISTEN ") + quoteIdentifier(channel));
}

Result<QList<PgNotification>> PgConnection::notifications() {
    if (!m_connection) {
        return connectionError();
    }
    if (PQconsumeInput(m_connection.get()) == 0) {
        return connectionError();
    }
    QList<PgNotification> received;
    while (PGnotify* notify = PQnotifies(m_connection.get())) {
        received.append(
            {QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra), notify->be_pid});
        PQfreemem(notify);
    }
    return received;
}

int PgConnection::socket() const {
    return m_connection ? PQsocket(m_connection.get()) : -1;
}

bool PgConnection::isOpen() const {
    return m_connection && PQstatus(m_connection.get()) == CONNECTION_OK;
}

Status PgConnection::reconnect() {
    Result<PgConnection> fresh = open(m_settings);
    if (!fresh) {
        return fresh.error();
    }
    m_connection = std::move(fresh.value().m_connection);
    return Done{};
}

int PgConnection::backendPid() const {
    return m_connection ? PQbackendPID(m_connection.get()) : 0;
}

QString PgConnection::quoteIdentifier(const QString& name) const {
    if (!m_connection) {
        return {};
    }
    const QByteArray utf8 = name.toUtf8();
    char* quoted = PQescapeIdentifier(m_connection.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!quoted) {
        return {};
    }
    QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

Result<QString> PgConnection::scramVerifier(const QString& password, const QString& role) const {
    if (!m_connection) {
        return connectionError();
    }
    char* verifier = PQencryptPasswordConn(m_connection.get(), password.toUtf8().constData(),
                                           role.toUtf8().constData(), "scram-sha-256");
    if (!verifier) {
        return Error{QStringLiteral("region.password_encryption_failed"),
                     QCoreApplication::translate("PgConnection",
                                                 "Could not prepare the password for the region store.")};
    }
    QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

} // namespace vk
