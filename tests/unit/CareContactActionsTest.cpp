#include "FixedClock.h"
#include "TestCache.h"
#include "sync/DeskActions.h"
#include "sync/Outbox.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct Fixture {
    vk::test::TestCache cache;
    vk::test::FixedClock clock{Now};
    vk::DeskActions actions{cache.db(), clock, QStringLiteral("s1")};

    Fixture() {
        cache.seedReferenceData();
        cache.exec(QStringLiteral(
            "INSERT INTO staff (id, hsa_id, login, name) VALUES ('s2', 'h2', 'erik', 'Erik Holm')"));
        cache.exec(QStringLiteral(
            "INSERT INTO unit_members (unit_id, staff_id, role) VALUES ('u1', 's2', 'nurse')"));
        cache.exec(QStringLiteral("INSERT INTO patients (id, id_type, id_value, name) VALUES "
                                  "('p1', 'personnummer', '196408233234', 'Åsa Lindqvist')"));
        cache.addContact(QStringLiteral("c1"), QStringLiteral("callback"),
                         QStringLiteral("2026-11-23T15:30:00.000Z"), QStringLiteral("u1"),
                         QStringLiteral("p1"));
    }

    vk::CareContactAssignment assignment() const {
        vk::CareContactAssignment a;
        a.patientId = QStringLiteral("p1");
        a.staffId = QStringLiteral("s2");
        a.unitId = QStringLiteral("u1");
        a.role = QStringLiteral("fast_vardkontakt");
        a.validFrom = QDate(2026, 11, 23);
        a.note = QStringLiteral("Många kontakter, behöver samordning");
        return a;
    }
    std::vector<vk::Mutation> pending() const {
        auto queued = vk::Outbox(cache.db()).pending(100);
        EXPECT_TRUE(queued.ok());
        return queued.ok() ? queued.value() : std::vector<vk::Mutation>();
    }
    QString row(const QString& columns) const {
        return cache.scalar(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM care_contacts"))
            .toString();
    }
};

} // namespace

TEST(CareContactActions, AssignWritesTheRowAndQueuesTheMutation) {
    Fixture f;
    QSignalSpy careChanged(&f.actions, &vk::DeskActions::careContactsChanged);
    QSignalSpy contactsChanged(&f.actions, &vk::DeskActions::contactsChanged);
    ASSERT_TRUE(f.actions.assignCareContact(f.assignment()).ok());

    EXPECT_EQ(f.row(QStringLiteral("staff_id || '/' || role || '/' || valid_from || '/' || "
                                   "coalesce(valid_to, '-') || '/' || appointed_by || '/' || declined")),
              QStringLiteral("s2/fast_vardkontakt/2026-11-23/-/s1/0"));
    const auto queued = f.pending();
    ASSERT_EQ(queued.size(), 1U);
    EXPECT_EQ(queued[0].kind, QStringLiteral("assign_care_contact"));
    EXPECT_EQ(queued[0].entityId, queued[0].payload.value(QStringLiteral("id")).toString());
    EXPECT_TRUE(queued[0].payload.value(QStringLiteral("valid_to")).isNull());
    EXPECT_EQ(queued[0].payload.value(QStringLiteral("note")).toString(),
              QStringLiteral("Många kontakter, behöver samordning"));
    ASSERT_EQ(careChanged.count(), 1);
    EXPECT_EQ(careChanged.at(0).at(0).toString(), QStringLiteral("p1"));
    // The patient's contacts are re-read: their "Mina patienter" mark may have changed.
    ASSERT_EQ(contactsChanged.count(), 1);
    EXPECT_EQ(contactsChanged.at(0).at(0).toStringList(), QStringList{QStringLiteral("c1")});
}

TEST(CareContactActions, AssignRefusesMissingOrContradictoryInputAndSavesNothing) {
    Fixture f;
    vk::CareContactAssignment noStaff = f.assignment();
    noStaff.staffId.clear();
    EXPECT_FALSE(f.actions.assignCareContact(noStaff).ok());
    vk::CareContactAssignment badRole = f.assignment();
    badRole.role = QStringLiteral("chef");
    EXPECT_FALSE(f.actions.assignCareContact(badRole).ok());
    vk::CareContactAssignment backwards = f.assignment();
    backwards.validTo = backwards.validFrom.addDays(-1);
    const vk::Status refused = f.actions.assignCareContact(backwards);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("action.invalid"));
    vk::CareContactAssignment longNote = f.assignment();
    longNote.note = QString(4001, QLatin1Char('x'));
    EXPECT_EQ(f.actions.assignCareContact(longNote).error().code, QStringLiteral("action.text_too_long"));
    EXPECT_EQ(f.cache.scalar(QStringLiteral("SELECT count(*) FROM care_contacts")).toInt(), 0);
    EXPECT_TRUE(f.pending().empty());
}

TEST(CareContactActions, EndingKeepsTheAssignmentWithAnEndDate) {
    Fixture f;
    ASSERT_TRUE(f.actions.assignCareContact(f.assignment()).ok());
    const QString id = f.row(QStringLiteral("id"));
    EXPECT_FALSE(f.actions.endCareContact(id, QDate(2026, 11, 1)).ok()); // before it started
    ASSERT_TRUE(f.actions.endCareContact(id, QDate(2026, 12, 31)).ok());
    EXPECT_EQ(f.row(QStringLiteral("valid_to || '/' || declined")), QStringLiteral("2026-12-31/0"));
    EXPECT_EQ(f.cache.scalar(QStringLiteral("SELECT count(*) FROM care_contacts")).toInt(), 1);
    const auto queued = f.pending();
    ASSERT_EQ(queued.size(), 2U);
    EXPECT_EQ(queued[1].kind, QStringLiteral("end_care_contact"));
    EXPECT_EQ(queued[1].payload.value(QStringLiteral("valid_to")).toString(), QStringLiteral("2026-12-31"));
    EXPECT_EQ(f.actions.endCareContact(QStringLiteral("nope"), QDate(2026, 12, 31)).error().code,
              QStringLiteral("action.unknown_care_contact"));
}

TEST(CareContactActions, DeclineResendsTheSameAssignmentMarkedDeclinedAndEnded) {
    Fixture f;
    ASSERT_TRUE(f.actions.assignCareContact(f.assignment()).ok());
    const QString id = f.row(QStringLiteral("id"));
    ASSERT_TRUE(
        f.actions.declineCareContact(id, QDate(2026, 11, 24), QStringLiteral("Vill sköta det själv")).ok());
    EXPECT_EQ(f.row(QStringLiteral("valid_to || '/' || declined || '/' || note || '/' || staff_id")),
              QStringLiteral("2026-11-24/1/Vill sköta det själv/s2"));
    const auto queued = f.pending();
    ASSERT_EQ(queued.size(), 2U);
    EXPECT_EQ(queued[1].kind, QStringLiteral("assign_care_contact"));
    EXPECT_EQ(queued[1].payload.value(QStringLiteral("id")).toString(), id);
    EXPECT_TRUE(queued[1].payload.value(QStringLiteral("declined")).toBool());
    EXPECT_EQ(queued[1].payload.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2026-11-23"));
}
