#include "SyncDesk.h"

#include <QDeadlineTimer>
#include <QSqlQuery>

namespace vk::test {

SyncDesk::SyncDesk(const PgConnectionSettings& region, const QString& login, SyncEngine::Options options)
    : m_options(std::move(options))
    , m_clock(QDateTime::currentDateTimeUtc())
    , m_cache(login)
    , m_login(login)
    , m_inbox(m_clock)
    , m_loader(m_inbox, m_clock) {
    createEngine(region);
}

void SyncDesk::createEngine(const PgConnectionSettings& region) {
    m_engine.reset(); // its cache connection goes first
    m_engine = std::make_unique<SyncEngine>(m_cache.cache(), region, m_login, m_clock, m_options);
    (void)m_engine->openCache(); // tests drive rounds with syncNow() instead of the engine's timers
    QObject::connect(m_engine.get(), &SyncEngine::contactsChanged, &m_loader, &InboxLoader::refresh);
    QObject::connect(m_engine.get(), &SyncEngine::statusChanged, m_engine.get(),
                     [this](const SyncStatus& status) { m_status = status; });
    QObject::connect(m_engine.get(), &SyncEngine::cacheReset, m_engine.get(), [this] { ++m_cacheResets; });
}

void SyncDesk::reconnectTo(const PgConnectionSettings& region) {
    createEngine(region);
}

Status SyncDesk::sync() {
    Status status = m_engine->syncNow();
    // Tests run in parallel on one cluster: a row can wait at the horizon behind another test's open
    // transaction. The application pulls again soon by itself; here the pull is repeated until nothing waits
    // (bounded).
    const QDeadlineTimer deadline(30000);
    while (status.ok() && m_engine->rowsHeldBack() && !deadline.hasExpired()) {
        status = m_engine->pullNow();
    }
    if (status.ok() && !m_actions && !staffId().isEmpty()) {
        m_loader.start(m_cache.cache(), staffId());
    }
    return status;
}

DeskActions& SyncDesk::actions() {
    if (!m_actions) {
        m_actions = std::make_unique<DeskActions>(m_cache.db(), m_clock, staffId());
        QObject::connect(m_actions.get(), &DeskActions::contactsChanged, &m_loader,
                         [this](const QStringList& ids) { m_loader.refresh(ids, {}); });
    }
    return *m_actions;
}

QString SyncDesk::staffId() const {
    return m_cache
        .scalar(QStringLiteral("SELECT coalesce((SELECT id FROM staff WHERE login = ?), '')"), {m_login})
        .toString();
}

QString SyncDesk::contactValue(const QString& contactId, const QString& column) const {
    // The column name comes from the test itself, never from data. NULL reads as "", no row as "<missing>".
    QSqlQuery query(m_cache.db());
    query.prepare(QStringLiteral("SELECT coalesce(%1, '') FROM contacts WHERE id = ?").arg(column));
    query.addBindValue(contactId);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<missing>");
}

int SyncDesk::pendingMutations() const {
    return m_cache.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_epoch IS NULL")).toInt();
}

QStringList SyncDesk::conflictMessages() const {
    QStringList messages;
    QSqlQuery query(m_cache.db());
    query.exec(QStringLiteral("SELECT message FROM conflicts ORDER BY id"));
    while (query.next()) {
        messages << query.value(0).toString();
    }
    return messages;
}

namespace {

constexpr int SnapshotFields = 9;

// The same columns in both stores, in the cache's storage forms (lower-case uuid text, 0/1, plain integers).
const char* const CacheSnapshot =
    "SELECT c.id, c.status, coalesce(c.claimed_by, ''), coalesce(c.code, ''), coalesce(c.cancel_reason, ''), "
    "c.identity_verified, coalesce(c.patient_id, ''), "
    "(SELECT count(*) FROM callback_attempts a WHERE a.contact_id = c.id), "
    "(SELECT count(*) FROM eservice_messages m WHERE m.contact_id = c.id) "
    "FROM contacts c ORDER BY c.id";
const char* const ServerSnapshot =
    "SELECT c.id::text, c.status, coalesce(c.claimed_by::text, ''), coalesce(c.code, ''), "
    "coalesce(c.cancel_reason, ''), CASE WHEN c.identity_verified THEN 1 ELSE 0 END, "
    "coalesce(c.patient_id::text, ''), "
    "(SELECT count(*) FROM region.callback_attempts a WHERE a.contact_id = c.id), "
    "(SELECT count(*) FROM region.eservice_messages m WHERE m.contact_id = c.id) "
    "FROM region.contacts c ORDER BY c.id::text COLLATE \"C\"";

} // namespace

QStringList SyncDesk::contactSnapshot() const {
    return test::contactSnapshot(m_cache.db());
}

QStringList contactSnapshot(const QSqlDatabase& cache) {
    QStringList lines;
    QSqlQuery query(cache);
    query.exec(QString::fromLatin1(CacheSnapshot));
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < SnapshotFields; ++i) {
            fields << query.value(i).toString();
        }
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

QStringList SyncDesk::mutationIds() const {
    QStringList ids;
    QSqlQuery query(m_cache.db());
    query.exec(QStringLiteral("SELECT mutation_id FROM outbox ORDER BY seq"));
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

QStringList contactSnapshot(PgConnection& connection) {
    Result<PgResult> result = connection.exec(QString::fromLatin1(ServerSnapshot));
    QStringList lines;
    if (!result) {
        lines << QStringLiteral("<query failed: %1>").arg(connection.lastServerMessage());
        return lines;
    }
    for (int row = 0; row < result->rows(); ++row) {
        QStringList fields;
        for (int i = 0; i < SnapshotFields; ++i) {
            fields << result->text(row, i);
        }
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace vk::test
