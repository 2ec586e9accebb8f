// Nothing with patient data may be readable on disk: the database, its WAL/journal and the header are
// searched byte for byte for a known personnummer, name and note, while the cache is open and after it is
// closed.
#include "CacheFileScan.h"
#include "cache/CacheDatabase.h"
#include "security/KdfParameters.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using vk::CacheDatabase;

namespace {

const QString Personnummer = QStringLiteral("191212121212");
const QString PatientName = QStringLiteral(u"Tolvan Tolvansson Åkesson");
const QString Note = QStringLiteral(u"Ont i halsen sedan tre dagar, feber 38,5");

void expectNoPlaintext(const QString& directory, const char* when) {
    for (const QString& secret : {Personnummer, PatientName, Note}) {
        const QStringList hits = vk::test::filesContaining(directory, secret);
        EXPECT_TRUE(hits.isEmpty()) << when << ": '" << secret.toStdString() << "' readable in "
                                    << hits.join(QLatin1String(", ")).toStdString();
    }
}

} // namespace

TEST(CacheSecurity, PatientDataIsNeverPlaintextOnDisk) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const vk::KdfParameters parameters = vk::KdfParameters::fastForTests();
    auto cache = CacheDatabase::open(dir.path(), QStringLiteral("anna.lind"),
                                     vk::SecureBuffer::fromUtf8(u"pw"), &parameters);
    ASSERT_TRUE(cache.ok()) << cache.error().code.toStdString();
    QSqlDatabase db = cache.value()->connection();
    QSqlQuery query(db);
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO patients (id, id_type, id_value, name, phone) "
                                             "VALUES (?, 'personnummer', ?, ?, '0701234567')")));
    query.addBindValue(QStringLiteral("p1"));
    query.addBindValue(Personnummer);
    query.addBindValue(PatientName);
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    ASSERT_TRUE(query.prepare(QStringLiteral(
        "INSERT INTO callback_attempts (id, contact_id, staff_id, attempted_at, outcome, note) VALUES "
        "('a1', 'c1', 's1', '2026-11-23T09:00:00.000Z', 'answered', ?)")));
    query.addBindValue(Note);
    ASSERT_TRUE(query.exec());
    // Enough rows that pages really go through the WAL, and a sort that would spill to a temp file on disk
    // if temp_store were not MEMORY.
    ASSERT_TRUE(query.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                       "INSERT INTO outbox (mutation_id, kind, payload, created_at) "
                       "SELECT 'm' || i, 'log_attempt', '{\"note\": \"%1\", \"i\": ' || i || '}', "
                       "'2026-11-23T09:00:00.000Z' FROM n")
            .arg(Note)))
        << query.lastError().text().toStdString();
    ASSERT_TRUE(db.commit());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT payload FROM outbox ORDER BY substr(payload, 5) DESC")));
    ASSERT_TRUE(query.next());
    query.finish();

    ASSERT_FALSE(vk::test::filesContaining(dir.path(), QStringLiteral("VKCACHE1")).isEmpty())
        << "sanity: the scan finds plaintext that is there (the header's magic)";
    const QStringList whileOpen = vk::test::fileNames(dir.path());
    EXPECT_TRUE(whileOpen.filter(QStringLiteral("-wal")).size() == 1) << "WAL mode: the -wal file exists now";
    expectNoPlaintext(dir.path(), "while open");

    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM outbox")));
    expectNoPlaintext(dir.path(), "after delete");
    query = QSqlQuery();
    db = QSqlDatabase();
    cache.value()->close();
    expectNoPlaintext(dir.path(), "after close");
}
