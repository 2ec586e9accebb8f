#include "TestCache.h"

#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <gtest/gtest.h>

namespace vk::test {

TestCache::TestCache(const QString& user) {
    const KdfParameters parameters = KdfParameters::fastForTests();
    auto opened = CacheDatabase::open(m_dir.path(), user, SecureBuffer::fromUtf8(Password), &parameters);
    if (!opened) {
        ADD_FAILURE() << "cache did not open: " << opened.error().code.toStdString();
        std::abort();
    }
    m_cache = std::move(opened).value();
}

void TestCache::exec(const QString& sql, const QVariantList& values) const {
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }
}

QVariant TestCache::scalar(const QString& sql, const QVariantList& values) const {
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

void TestCache::seedReferenceData(const QString& unitId, const QString& staffId, const QString& staffName) {
    exec(QStringLiteral(
             "INSERT OR REPLACE INTO units (id, hsa_id, name, kind, phone_open, phone_close, "
             "max_callback_attempts) VALUES (?, ?, 'Hälsocentral Norrmalm', 'halsocentral', '08:00:00', "
             "'16:30:00', 3)"),
         {unitId, QString(QStringLiteral("SE2321000222-") + unitId)});
    exec(QStringLiteral("INSERT OR REPLACE INTO staff (id, hsa_id, login, name, title) VALUES (?, ?, ?, ?, "
                        "'Sjuksköterska')"),
         {staffId, QString(QStringLiteral("SE2321000222-") + staffId), staffId, staffName});
    exec(QStringLiteral(
             "INSERT OR REPLACE INTO unit_members (unit_id, staff_id, role) VALUES (?, ?, 'nurse')"),
         {unitId, staffId});
    QFile csv(QStringLiteral(":/codes/default_codes.csv"));
    if (csv.open(QIODevice::ReadOnly)) {
        QTextStream in(&csv);
        in.readLine(); // header
        int order = 0;
        while (!in.atEnd()) {
            const QStringList fields = in.readLine().split(QLatin1Char(','));
            if (fields.size() >= 3) {
                exec(QStringLiteral(
                         "INSERT OR REPLACE INTO codes (code, label_sv, label_en, sort_order, active) "
                         "VALUES (?, ?, ?, ?, 1)"),
                     {fields[0], fields[1], fields[2], ++order});
            }
        }
    } else {
        // Before the code list resource exists, two codes are enough for the actions.
        exec(QStringLiteral(
            "INSERT OR REPLACE INTO codes VALUES ('RAD', 'Rådgivning sjuksköterska', 'Nurse advice', "
            "1, 1)"));
        exec(QStringLiteral("INSERT OR REPLACE INTO codes VALUES ('OLD', 'Gammal kod', 'Old code', 99, 0)"));
    }
}

void TestCache::addContact(const QString& id, const QString& channel, const QString& dueAt,
                           const QString& unitId, const QString& patientId) {
    exec(QStringLiteral(
             "INSERT INTO contacts (id, channel, unit_id, patient_id, external_id, received_at, due_at, "
             "status, reason, subject, identity_verified) VALUES (?, ?, ?, ?, ?, "
             "'2026-11-23T08:00:00.000Z', ?, 'new', 'Rådgivning', 'Hosta', ?)"),
         {id, channel, unitId, patientId.isEmpty() ? QVariant() : QVariant(patientId),
          QString(QStringLiteral("ext-") + id), dueAt, channel == QLatin1String("eservice") ? 1 : 0});
    if (channel == QLatin1String("callback")) {
        exec(QStringLiteral("INSERT INTO callback_requests (contact_id, phone) VALUES (?, '+46701234567')"),
             {id});
    }
}

} // namespace vk::test
