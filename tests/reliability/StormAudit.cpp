#include "StormAudit.h"

#include "RegionTestDatabase.h"
#include "SyncDesk.h"
#include "cache/CacheDatabase.h"
#include "region/PgConnection.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <map>

namespace vk {

namespace {

using Key = std::pair<quint64, qint64>; // (txid, seq) of a change-log row

Key parseKey(const QString& text) {
    return {text.section(QLatin1Char(':'), 0, 0).toULongLong(),
            text.section(QLatin1Char(':'), 1, 1).toLongLong()};
}

/// The change-log rows a desk's cache committed, each as often as it did, from its delivery log: a batch is
/// written before its transaction commits, so a batch whose rows lie past the cursor a later start found (the
/// process died before the commit) or that was followed by "rollback" never happened.
std::map<Key, int> committedDeliveries(const QString& path, const Key& finalCursor) {
    std::vector<std::vector<Key>> batches;
    const auto truncateAfter = [&batches](const Key& cursor) {
        for (std::vector<Key>& batch : batches) {
            std::erase_if(batch, [&cursor](const Key& key) { return key > cursor; });
        }
    };
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromLatin1(raw);
            if (line.startsWith(QLatin1String("batch"))) {
                std::vector<Key> batch;
                for (const QString& key : line.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    batch.push_back(parseKey(key));
                }
                batches.push_back(std::move(batch));
            } else if (line == QLatin1String("rollback") && !batches.empty()) {
                batches.pop_back();
            } else if (line.startsWith(QLatin1String("start "))) {
                truncateAfter(parseKey(line.mid(6)));
            }
        }
    }
    truncateAfter(finalCursor);
    std::map<Key, int> counts;
    for (const std::vector<Key>& batch : batches) {
        for (const Key& key : batch) {
            ++counts[key];
        }
    }
    return counts;
}

QString cacheValue(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

QSet<QString> column(PgConnection& connection, const QString& sql, QStringList* failures) {
    QSet<QString> values;
    Result<PgResult> result = connection.exec(sql);
    if (!result) {
        *failures << QStringLiteral("audit query failed: ") + connection.lastServerMessage();
        return values;
    }
    for (int row = 0; row < result->rows(); ++row) {
        values.insert(result->text(row, 0));
    }
    return values;
}

} // namespace

StormAudit::StormAudit(PgConnectionSettings admin, PgConnectionSettings staffTemplate, QString password)
    : m_admin(std::move(admin))
    , m_staff(std::move(staffTemplate))
    , m_password(std::move(password)) {}

StormAudit::Findings StormAudit::run(const std::vector<Desk>& desks) const {
    Findings found;
    Result<PgConnection> admin = PgConnection::open(m_admin);
    if (!admin) {
        found.violations << QStringLiteral("the store cannot be reached for the audit: ") +
                                admin.error().message;
        return found;
    }
    // The store's record of every mutation (who sent it, what came of it) and of the rows actions create.
    QHash<QString, std::pair<QString, QString>> stored; // mutation id -> (staff id, status)
    {
        Result<PgResult> result = admin->exec(QStringLiteral(
            "SELECT mutation_id::text, staff_id::text, result ->> 'status' FROM region.applied_mutations"));
        if (!result) {
            found.violations << QStringLiteral("applied_mutations unreadable: ") + admin->lastServerMessage();
            return found;
        }
        for (int row = 0; row < result->rows(); ++row) {
            stored.insert(result->text(row, 0), {result->text(row, 1), result->text(row, 2)});
        }
    }
    // Rows an applied mutation creates, by kind: the payload key that names the row, and the rows in the
    // store.
    const auto rowsOf = [&](const char* sql) {
        return column(admin.value(), QString::fromLatin1(sql), &found.violations);
    };
    const QHash<QString, std::pair<QString, QSet<QString>>> creates{
        {QStringLiteral("log_attempt"),
         {QStringLiteral("attempt_id"), rowsOf("SELECT id::text FROM region.callback_attempts")}},
        {QStringLiteral("reply"),
         {QStringLiteral("message_id"),
          rowsOf("SELECT id::text FROM region.eservice_messages WHERE direction = 'out'")}},
        {QStringLiteral("sip_create"),
         {QStringLiteral("id"), rowsOf("SELECT id::text FROM region.sip_plans")}},
        {QStringLiteral("sip_add_note"),
         {QStringLiteral("id"), rowsOf("SELECT id::text FROM region.sip_notes")}},
        {QStringLiteral("assign_care_contact"),
         {QStringLiteral("id"), rowsOf("SELECT id::text FROM region.care_contacts")}},
    };

    QSet<QString> allQueued;
    QSet<QString> createdRows;           // ids of the rows applied mutations created
    QHash<QString, QStringList> holders; // contact -> desks whose cache holds it
    QHash<QString, int> completions;     // contact -> applied completes
    QSet<QString> stormStaff;
    const KdfParameters kdf = KdfParameters::fastForTests();
    for (const Desk& desk : desks) {
        stormStaff.insert(desk.staffId);
        const QString who = QStringLiteral("desk %1").arg(desk.login);
        Result<std::unique_ptr<CacheDatabase>> cache =
            CacheDatabase::open(desk.cacheDir, desk.login, SecureBuffer::fromUtf8(m_password), &kdf);
        if (!cache) {
            found.violations << who + QStringLiteral(": cache does not open: ") + cache.error().code;
            continue;
        }
        const QSqlDatabase db = cache.value()->connection();

        // Outbox against what the desk reported and what the store holds.
        QSet<QString> queued;
        qint64 accessLogged = 0;
        QSqlQuery outbox(db);
        if (!outbox.exec(QStringLiteral("SELECT mutation_id, kind, payload, acked_epoch IS NOT NULL, "
                                        "coalesce(result, '') FROM outbox"))) {
            found.violations << who + QStringLiteral(": outbox unreadable");
        }
        while (outbox.next()) {
            const QString id = outbox.value(0).toString();
            const QString kind = outbox.value(1).toString();
            const QJsonObject payload = QJsonDocument::fromJson(outbox.value(2).toByteArray()).object();
            queued.insert(id);
            ++found.generated;
            if (!outbox.value(3).toBool()) {
                found.violations << who +
                                        QStringLiteral(": mutation %1 (%2) never acknowledged").arg(id, kind);
                continue;
            }
            const auto it = stored.constFind(id);
            if (it == stored.cend()) {
                ++found.lost;
                found.violations << who + QStringLiteral(
                                              ": mutation %1 (%2) acknowledged, unknown to the store")
                                              .arg(id, kind);
                continue;
            }
            const QString cachedStatus = QJsonDocument::fromJson(outbox.value(4).toByteArray())
                                             .object()
                                             .value(QLatin1String("status"))
                                             .toString();
            if (it->first != desk.staffId || it->second != cachedStatus) {
                found.violations << who + QStringLiteral(": mutation %1 stored as %2 by %3, cached as %4")
                                              .arg(id, it->second, it->first, cachedStatus);
            }
            const bool applied = it->second == QLatin1String("applied");
            (applied ? found.applied : found.rejected) += 1;
            if (!applied) {
                ++found.rejectedByReason[QJsonDocument::fromJson(outbox.value(4).toByteArray())
                                             .object()
                                             .value(QLatin1String("reason_code"))
                                             .toString()];
            }
            const auto made = creates.constFind(kind);
            const QString created =
                made == creates.cend() ? QString() : payload.value(made->first).toString();
            if (!created.isEmpty()) {
                const bool present = made->second.contains(created);
                if (applied && !present) {
                    ++found.lost;
                    found.violations << who + QStringLiteral(": applied %1 %2 left no row").arg(kind, id);
                } else if (!applied && present) {
                    found.violations << who + QStringLiteral(": rejected %1 %2 left a row").arg(kind, id);
                }
                if (applied) {
                    createdRows.insert(created);
                }
            }
            if (applied && kind == QLatin1String("complete")) {
                ++completions[payload.value(QLatin1String("contact_id")).toString()];
            }
            if (applied && kind == QLatin1String("log_access")) {
                ++accessLogged;
            }
        }
        for (const QString& id : desk.reported) {
            if (!queued.contains(id)) {
                ++found.lost;
                found.violations
                    << who + QStringLiteral(": reported mutation %1 missing from the outbox").arg(id);
            }
        }
        allQueued += queued;

        // One access-log entry per logged opening (the storm's desks log openings as "open").
        const qint64 entries = test::scalar(
            admin.value(),
            QStringLiteral(
                "SELECT count(*) FROM region.access_log WHERE staff_id = $1::uuid AND action = 'open'"),
            {desk.staffId});
        if (entries != accessLogged) {
            found.violations << who + QStringLiteral(": %1 access-log entries for %2 logged openings")
                                          .arg(entries)
                                          .arg(accessLogged);
        }

        // The cache against the store as this login sees it.
        PgConnectionSettings mine = m_staff;
        mine.user = desk.login;
        mine.password = m_password;
        Result<PgConnection> staff = PgConnection::open(mine);
        if (!staff) {
            found.violations << who + QStringLiteral(": login failed: ") + staff.error().message;
            continue;
        }
        const QStringList cached = test::contactSnapshot(db);
        const QStringList server = test::contactSnapshot(staff.value());
        if (cached != server) {
            int differing = 0;
            for (const QString& line : cached) {
                differing += server.contains(line) ? 0 : 1;
            }
            found.violations << who + QStringLiteral(
                                          ": cache differs from the store (%1 cached contacts, %2 in the "
                                          "store, %3 cached rows not in the store)")
                                          .arg(cached.size())
                                          .arg(server.size())
                                          .arg(differing);
        }
        // SIP notes: every note of the plans this login may see, written at whichever desk, and none twice.
        const QSet<QString> storeNotes =
            column(staff.value(), QStringLiteral("SELECT id::text FROM region.sip_notes"), &found.violations);
        QSet<QString> cachedNotes;
        QSqlQuery notes(db);
        notes.exec(QStringLiteral("SELECT id FROM sip_notes"));
        while (notes.next()) {
            cachedNotes.insert(notes.value(0).toString());
        }
        if (cachedNotes != storeNotes) {
            found.violations << who + QStringLiteral(
                                          ": %1 SIP notes cached, %2 in the store, %3 of them missing "
                                          "from the cache")
                                          .arg(cachedNotes.size())
                                          .arg(storeNotes.size())
                                          .arg((storeNotes - cachedNotes).size());
        }
        QSqlQuery held(db);
        held.prepare(
            QStringLiteral("SELECT id FROM contacts WHERE claimed_by = ? AND status IN ('new', 'claimed', "
                           "'not_reached')"));
        held.addBindValue(desk.staffId);
        held.exec();
        while (held.next()) {
            holders[held.value(0).toString()] << desk.login;
        }

        // Change-log rows: each one the desk is entitled to, up to its cursor, committed exactly once.
        const Key cursor{
            cacheValue(db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor_txid'"))
                .toULongLong(),
            cacheValue(db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor_seq'"))
                .toLongLong()};
        const std::map<Key, int> delivered =
            committedDeliveries(desk.cacheDir + QStringLiteral("/deliveries.log"), cursor);
        Result<PgResult> entitled = admin->exec(
            QStringLiteral(
                "SELECT c.txid::text || ':' || c.seq FROM region.change_log c WHERE (c.txid, c.seq) <= "
                "($2::xid8, $3::bigint) AND (c.unit_id IS NULL OR c.unit_id IN (SELECT m.unit_id FROM "
                "region.unit_members m WHERE m.staff_id = $1::uuid))"),
            {desk.staffId, QString::number(cursor.first), QString::number(cursor.second)});
        if (!entitled) {
            found.violations << QStringLiteral("change_log unreadable: ") + admin->lastServerMessage();
            continue;
        }
        qint64 missing = 0, twice = 0;
        std::map<Key, int> expected;
        for (int row = 0; row < entitled->rows(); ++row) {
            expected[parseKey(entitled->text(row, 0))] = 1;
        }
        for (const auto& [key, count] : expected) {
            const auto it = delivered.find(key);
            missing += it == delivered.end() ? 1 : 0;
            twice += it != delivered.end() && it->second > 1 ? it->second - 1 : 0;
        }
        qint64 foreign = 0;
        for (const auto& [key, count] : delivered) {
            found.rowsDelivered += count;
            foreign += expected.count(key) == 0 ? count : 0;
        }
        if (missing + twice + foreign > 0) {
            found.duplicated += twice;
            found.violations << who + QStringLiteral(": change-log rows: %1 expected, %2 never delivered, %3 "
                                                     "delivered more than once, %4 not entitled")
                                          .arg(expected.size())
                                          .arg(missing)
                                          .arg(twice)
                                          .arg(foreign);
        }
    }

    // Nothing in the store that no desk queued; no row an action created twice or from nowhere.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (stormStaff.contains(it->first) && !allQueued.contains(it.key())) {
            ++found.duplicated;
            found.violations
                << QStringLiteral("the store holds mutation %1 that no desk queued").arg(it.key());
        }
    }
    Result<PgResult> rows = admin->exec(QStringLiteral(
        "SELECT id::text FROM region.callback_attempts UNION ALL SELECT id::text FROM region.sip_plans "
        "UNION ALL SELECT id::text FROM region.sip_notes UNION ALL SELECT id::text FROM region.care_contacts "
        "UNION ALL "
        // A forward copies the thread into the new contact: a copy is not an action of its own.
        "SELECT m.id::text FROM region.eservice_messages m JOIN region.contacts c ON c.id = m.contact_id "
        "WHERE m.direction = 'out' AND NOT EXISTS (SELECT 1 FROM region.eservice_messages o "
        "WHERE o.contact_id = c.forwarded_from AND o.body = m.body AND o.sent_at = m.sent_at)"));
    for (int row = 0; rows && row < rows->rows(); ++row) {
        if (!createdRows.contains(rows->text(row, 0))) {
            ++found.duplicated;
            found.violations << QStringLiteral("row %1 in the store comes from no applied mutation")
                                    .arg(rows->text(row, 0));
        }
    }
    found.sipPlansShared = test::scalar(
        admin.value(),
        QStringLiteral("SELECT count(*) FROM (SELECT plan_id FROM region.sip_notes GROUP BY plan_id "
                       "HAVING count(DISTINCT author_id) > 1) AS shared"));
    for (auto it = completions.cbegin(); it != completions.cend(); ++it) {
        if (it.value() > 1) {
            found.violations << QStringLiteral("contact %1 completed %2 times").arg(it.key()).arg(it.value());
        }
    }
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (it.value().size() > 1) {
            found.violations << QStringLiteral("contact %1 held by %2 desks at once (%3)")
                                    .arg(it.key())
                                    .arg(it.value().size())
                                    .arg(it.value().join(QStringLiteral(", ")));
        }
    }
    return found;
}

} // namespace vk
