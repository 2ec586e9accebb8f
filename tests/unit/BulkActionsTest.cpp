// Issue 8: a team lead's actions over a selection go contact by contact through DeskActions; completing a
// selection without a code is refused before anything changes.
#include "sync/BulkActions.h"
#include "FixedClock.h"
#include "TestCache.h"
#include "sync/DeskActions.h"
#include "sync/Outbox.h"

#include <gtest/gtest.h>

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct Fixture {
    vk::test::TestCache cache;
    vk::test::FixedClock clock{Now};
    vk::DeskActions actions{cache.db(), clock, QStringLiteral("s1")};
    vk::BulkActions bulk{actions, cache.db()};

    Fixture() {
        cache.seedReferenceData();
        cache.exec(QStringLiteral("UPDATE unit_members SET role = 'team_lead' WHERE staff_id = 's1'"));
        cache.exec(
            QStringLiteral("INSERT INTO staff (id, hsa_id, login, name) VALUES ('s2', 'h2', 'bo', 'Bo Ek')"));
        cache.exec(QStringLiteral(
            "INSERT INTO unit_members (unit_id, staff_id, role) VALUES ('u1', 's2', 'nurse')"));
        for (const char* id : {"c1", "c2", "c3"}) {
            cache.addContact(QString::fromLatin1(id), QStringLiteral("callback"),
                             QStringLiteral("2026-11-23T15:30:00.000Z"));
        }
        // Bo holds c2.
        cache.exec(QStringLiteral("UPDATE contacts SET status = 'claimed', claimed_by = 's2', "
                                  "lease_until = '2026-11-23T09:20:00.000Z' WHERE id = 'c2'"));
    }

    QString state(const QString& id) const {
        return cache
            .scalar(
                QStringLiteral("SELECT status || '/' || coalesce(claimed_by, '') FROM contacts WHERE id = ?"),
                {id})
            .toString();
    }
    QStringList queuedKinds() const {
        QStringList kinds;
        const auto pending = vk::Outbox(cache.db()).pending(100);
        EXPECT_TRUE(pending.ok());
        for (const vk::Mutation& mutation : pending.value()) {
            kinds.append(mutation.kind + QLatin1Char(':') + mutation.entityId);
        }
        return kinds;
    }
};

const QStringList All{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")};

} // namespace

TEST(BulkActions, CompletingWithoutACodeIsRefusedAndChangesNothing) {
    Fixture f;
    for (const QString& code : {QString(), QStringLiteral("  ")}) {
        const auto outcome = f.bulk.complete(All, code, QString(), false);
        ASSERT_FALSE(outcome.ok());
        EXPECT_EQ(outcome.error().code, QStringLiteral("action.code_required"));
    }
    const auto inactive = f.bulk.complete(All, QStringLiteral("NOPE"), QString(), false);
    ASSERT_FALSE(inactive.ok());
    EXPECT_EQ(inactive.error().code, QStringLiteral("action.code_inactive"));
    EXPECT_TRUE(f.queuedKinds().isEmpty());
    EXPECT_EQ(f.state(QStringLiteral("c2")), QStringLiteral("claimed/s2")); // Bo's claim was not touched
    EXPECT_EQ(f.state(QStringLiteral("c1")), QStringLiteral("new/"));
}

TEST(BulkActions, CompletingWithACodeFreesColleaguesContactsFirst) {
    Fixture f;
    const auto outcome = f.bulk.complete(All, QStringLiteral("RAD"), QString(), true);
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->applied, 3);
    EXPECT_TRUE(outcome->failedIds.isEmpty());
    EXPECT_EQ(f.queuedKinds(), (QStringList{QStringLiteral("complete:c1"), QStringLiteral("release_any:c2"),
                                            QStringLiteral("complete:c2"), QStringLiteral("complete:c3")}));
    for (const QString& id : All) {
        EXPECT_EQ(f.state(id), QStringLiteral("completed/"));
    }
}

TEST(BulkActions, ReassignAndReleaseGoThroughEveryContact) {
    Fixture f;
    const auto reassigned =
        f.bulk.reassign({QStringLiteral("c1"), QStringLiteral("c3")}, QStringLiteral("s2"));
    ASSERT_TRUE(reassigned.ok());
    EXPECT_EQ(reassigned->applied, 2);
    EXPECT_EQ(f.state(QStringLiteral("c1")), QStringLiteral("claimed/s2"));
    EXPECT_EQ(f.state(QStringLiteral("c3")), QStringLiteral("claimed/s2"));

    const auto released = f.bulk.release(All);
    ASSERT_TRUE(released.ok());
    EXPECT_EQ(released->applied, 3);
    for (const QString& id : All) {
        EXPECT_EQ(f.state(id), QStringLiteral("new/"));
    }
    EXPECT_EQ(f.queuedKinds().size(), 5);
    EXPECT_FALSE(f.bulk.reassign(All, QString()).ok());
    EXPECT_FALSE(f.bulk.release({}).ok());
}

TEST(BulkActions, ForwardAndCancelReportRefusedContactsInWords) {
    Fixture f;
    f.cache.exec(QStringLiteral("UPDATE contacts SET status = 'completed' WHERE id = 'c3'"));
    const auto cancelled = f.bulk.cancel(All, QStringLiteral("duplicate"), QString());
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->applied, 2);
    EXPECT_EQ(cancelled->failedIds, QStringList{QStringLiteral("c3")});
    ASSERT_EQ(cancelled->messages.size(), 1);
    EXPECT_FALSE(cancelled->messages.front().isEmpty());
    EXPECT_EQ(f.state(QStringLiteral("c2")), QStringLiteral("cancelled/"));
    EXPECT_FALSE(f.bulk.forward(All, QStringLiteral("u2"), QString()).ok()); // the note is required
}
