#include "SyncDesk.h"

#include <QSqlQuery>

namespace vk::test {

SyncDesk::SyncDesk(const PgConnectionSettings& region, const QString& login)
    : m_clock(QDateTime::currentDateTimeUtc())
    , m_cache(login)
    , m_login(login)
    , m_engine(std::make_unique<SyncEngine>(m_cache.cache(), region, login, m_clock, SyncEngine::Options{}))
    , m_inbox(m_clock)
    , m_loader(m_inbox, m_clock) {
    (void)m_engine->openCache(); // tests drive rounds with syncNow() instead of the engine's timers
    QObject::connect(m_engine.get(), &SyncEngine::contactsChanged, &m_loader, &InboxLoader::refresh);
}

Status SyncDesk::sync() {
    Status status = m_engine->syncNow();
    if (status.ok() && !m_actions && !staffId().isEmpty()) {
        m_loader.start(m_cache.db(), staffId());
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

} // namespace vk::test
