#include "item/InboxRepository.h"
#include "TestCache.h"
#include "domain/UtcTimestamp.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace {

const qint64 Now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

QString dueIn(int minutes) {
    return vk::UtcTimestamp::fromMs(Now + qint64(minutes) * 60000);
}

} // namespace

TEST(InboxRepository, PagesOpenContactsByDeadlineThenRecentClosedOnes) {
    vk::test::TestCache cache;
    cache.seedReferenceData();
    for (int i = 0; i < 25; ++i) {
        cache.addContact(QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("callback"),
                         dueIn(100 - i));
    }
    cache.addContact(QStringLiteral("same-a"), QStringLiteral("voicemail"), dueIn(500));
    cache.addContact(QStringLiteral("same-b"), QStringLiteral("voicemail"), dueIn(500));
    cache.addContact(QStringLiteral("done"), QStringLiteral("eservice"), dueIn(-10));
    cache.exec(QStringLiteral("UPDATE contacts SET status = 'completed', code = 'RAD' WHERE id = 'done'"));
    cache.addContact(QStringLiteral("ancient"), QStringLiteral("eservice"), dueIn(-100000));
    cache.exec(
        QStringLiteral("UPDATE contacts SET status = 'completed', received_at = '2026-01-01T00:00:00.000Z' "
                       "WHERE id = 'ancient'"));

    const vk::InboxRepository repository(cache.db(), QStringLiteral("s1"));
    QStringList seen;
    vk::InboxRepository::Key key;
    int pages = 0;
    while (true) {
        auto page = repository.nextPage(key, 10, Now);
        ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
        for (const vk::InboxRow& row : page->rows) {
            seen << row.id;
        }
        ++pages;
        if (page->atEnd()) {
            break;
        }
        key = page->next;
        ASSERT_LT(pages, 10);
    }
    ASSERT_EQ(seen.size(), 28) << "every open contact once, plus the recent closed one, not the ancient one";
    EXPECT_EQ(seen.first(), QStringLiteral("c24")) << "earliest deadline first";
    EXPECT_EQ(seen.at(24), QStringLiteral("c00"));
    EXPECT_EQ(seen.at(25), QStringLiteral("same-a")) << "equal deadlines are ordered by id and none is lost";
    EXPECT_EQ(seen.at(26), QStringLiteral("same-b"));
    EXPECT_EQ(seen.last(), QStringLiteral("done"));
    EXPECT_FALSE(seen.contains(QStringLiteral("ancient")));
    EXPECT_EQ(seen.removeDuplicates(), 0);
}

TEST(InboxRepository, RowsCarryPatientHolderPhoneAndNamedContactFlag) {
    vk::test::TestCache cache;
    cache.seedReferenceData();
    cache.exec(QStringLiteral("INSERT INTO patients (id, id_type, id_value, name, phone) VALUES "
                              "('p1', 'personnummer', '196408233234', 'Åsa Lindqvist', '+46701234567')"));
    cache.addContact(QStringLiteral("c1"), QStringLiteral("callback"), dueIn(30), QStringLiteral("u1"),
                     QStringLiteral("p1"));
    cache.exec(QStringLiteral("UPDATE contacts SET status = 'claimed', claimed_by = 's1', tentative = 1"));
    cache.exec(
        QStringLiteral("INSERT INTO care_contacts (id, patient_id, staff_id, unit_id, role, valid_from) "
                       "VALUES ('cc1', 'p1', 's1', 'u1', 'fast_vardkontakt', '2026-01-01')"));

    const vk::InboxRepository repository(cache.db(), QStringLiteral("s1"));
    auto rows = repository.rowsByIds({QStringLiteral("c1"), QStringLiteral("missing")}, Now);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1U);
    const vk::InboxRow& row = rows->front();
    EXPECT_EQ(row.patientName, QStringLiteral("Åsa Lindqvist"));
    EXPECT_EQ(row.identityNumber, QStringLiteral("196408233234"));
    EXPECT_EQ(row.callerPhone, QStringLiteral("+46701234567"));
    EXPECT_EQ(row.holderName, QStringLiteral("Anna Lind"));
    EXPECT_EQ(row.status, vk::ContactStatus::Claimed);
    EXPECT_TRUE(row.claimTentative);
    EXPECT_TRUE(row.fromMyPatient);
    EXPECT_EQ(row.dueMs, Now + 30 * 60000);
    EXPECT_TRUE(row.searchText.contains(QStringLiteral("asa lindqvist")));

    cache.exec(QStringLiteral("UPDATE care_contacts SET valid_to = '2026-06-30'"));
    rows = repository.rowsByIds({QStringLiteral("c1")}, Now);
    ASSERT_TRUE(rows.ok());
    EXPECT_FALSE(rows->front().fromMyPatient) << "an ended assignment no longer highlights";
}
