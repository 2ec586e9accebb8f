#include "InboxPageReader.h"

#include "cache/CacheDatabase.h"

#include <QAtomicInteger>

namespace vk {

namespace {

QString nextConnectionName() {
    // Qt's connection registry is process-wide: each reader gets its own name, even two desks in one test.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("vardinkorg-inbox-reader-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

InboxPageReader::InboxPageReader(const CacheDatabase& cache, QString me)
    : m_cache(cache)
    , m_me(std::move(me))
    , m_connectionName(nextConnectionName()) {}

InboxPageReader::~InboxPageReader() {
    close();
}

void InboxPageReader::read(quint64 generation, const InboxRepository::Key& after, int limit, qint64 nowMs) {
    if (!m_repository) {
        Result<QString> name = m_cache.openConnection(m_connectionName);
        if (!name) {
            Q_EMIT pageRead(generation, std::make_shared<PageResult>(name.error()));
            return;
        }
        m_repository.emplace(QSqlDatabase::database(name.value(), false), m_me);
    }
    Q_EMIT pageRead(generation, std::make_shared<PageResult>(m_repository->nextPage(after, limit, nowMs)));
}

void InboxPageReader::close() {
    if (!m_repository) {
        return;
    }
    m_repository.reset(); // drops the last QSqlDatabase handle before the registration goes
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace vk
