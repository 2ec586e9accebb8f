#include "sync/ChangeApplier.h"
#include "TestCache.h"
#include "sync/ReplicatedTables.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

TEST(ChangeApplier, ConvertsPostgresTimestampsToTheStorageForm) {
    EXPECT_EQ(vk::ChangeApplier::timestampToStorage(QStringLiteral("2026-11-23T09:30:00.123456+00:00")),
              QStringLiteral("2026-11-23T09:30:00.123Z"));
    EXPECT_EQ(vk::ChangeApplier::timestampToStorage(QStringLiteral("2026-11-23T09:30:00+00:00")),
              QStringLiteral("2026-11-23T09:30:00.000Z"));
    EXPECT_EQ(vk::ChangeApplier::timestampToStorage(QStringLiteral("2026-11-23T10:30:00.5+01:00")),
              QStringLiteral("2026-11-23T09:30:00.500Z"));
    EXPECT_EQ(vk::ChangeApplier::timestampToStorage(QStringLiteral("2026-03-29T03:30:00+02:00")),
              QStringLiteral("2026-03-29T01:30:00.000Z"));
}

TEST(ChangeApplier, UpsertsDeletesAndReportsWhatChanged) {
    vk::test::TestCache cache;
    vk::ChangeApplier applier(cache.db());
    vk::AppliedChanges applied;
    const QJsonObject contact = json(R"({"id":"c1","channel":"callback","unit_id":"u1","patient_id":"p1",
        "external_id":"x1","received_at":"2026-11-23T08:00:00.5+00:00","due_at":"2026-11-23T16:30:00+01:00",
        "status":"new","reason":"Rådgivning","subject":"O'Brien \"citat\"","identity_verified":true,
        "medical_assessment":false,"version":3,"column_from_a_newer_region":"ignored"})");
    ASSERT_TRUE(applier.apply({QStringLiteral("contacts"), false, contact}, applied).ok());
    EXPECT_EQ(cache
                  .scalar(QStringLiteral(
                      "SELECT due_at || '|' || received_at || '|' || identity_verified || '|' || "
                      "version || '|' || subject FROM contacts WHERE id = 'c1'"))
                  .toString(),
              QStringLiteral("2026-11-23T15:30:00.000Z|2026-11-23T08:00:00.500Z|1|3|O'Brien \"citat\""));
    EXPECT_TRUE(applied.contacts.contains(QStringLiteral("c1")));
    EXPECT_TRUE(applied.patients.contains(QStringLiteral("p1")));

    const QJsonObject voicemail =
        json(R"({"contact_id":"c1","mailbox":"Receptlinjen","caller_phone":"+4670","duration_ms":4200,
                 "audio":"\\x00ff0052","audio_mime":"audio/wav"})");
    ASSERT_TRUE(applier.apply({QStringLiteral("voicemails"), false, voicemail}, applied).ok());
    EXPECT_EQ(
        cache.scalar(QStringLiteral("SELECT audio FROM voicemails WHERE contact_id = 'c1'")).toByteArray(),
        QByteArray::fromHex("00ff0052"));

    ASSERT_TRUE(applier.apply({QStringLiteral("contacts"), true, json(R"({"id":"c1"})")}, applied).ok());
    EXPECT_EQ(cache.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);
    EXPECT_TRUE(applied.removedContacts.contains(QStringLiteral("c1")));
}

TEST(ChangeApplier, IgnoresTablesOutsideTheWhitelistAndRefusesRowsWithoutKeys) {
    vk::test::TestCache cache;
    vk::ChangeApplier applier(cache.db());
    vk::AppliedChanges applied;
    EXPECT_TRUE(applier.apply({QStringLiteral("access_log"), false, json(R"({"id":1})")}, applied).ok());
    EXPECT_TRUE(
        applier
            .apply({QStringLiteral("contacts; DROP TABLE contacts"), false, json(R"({"id":"x"})")}, applied)
            .ok());
    EXPECT_EQ(
        cache.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts'")).toInt(),
        1);
    const vk::Status missingKey =
        applier.apply({QStringLiteral("contacts"), false, json(R"({"status":"new"})")}, applied);
    ASSERT_FALSE(missingKey.ok());
    EXPECT_EQ(missingKey.error().code, QStringLiteral("sync.apply_failed"));
}

TEST(ChangeApplier, EveryReplicatedTableExistsInTheCache) {
    vk::test::TestCache cache;
    for (const vk::ReplicatedTable& table : vk::ReplicatedTables::all()) {
        EXPECT_EQ(cache
                      .scalar(QStringLiteral(
                                  "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                              {QString::fromLatin1(table.name)})
                      .toInt(),
                  1)
            << table.name;
    }
}
