#include "item/PatientRepository.h"
#include "TestCache.h"
#include "item/InboxRepository.h"
#include "item/StaffDirectory.h"

#include <gtest/gtest.h>

namespace {

const QDate Today(2026, 11, 23);

struct Fixture {
    vk::test::TestCache cache;

    Fixture() {
        cache.seedReferenceData();
        cache.exec(QStringLiteral("INSERT INTO units (id, hsa_id, name, kind) VALUES "
                                  "('u2', 'h-u2', 'Onkologimottagningen', 'specialist'), "
                                  "('u3', 'h-u3', 'Hälsocentral Sörbyn', 'halsocentral')"));
        cache.exec(QStringLiteral("INSERT INTO staff (id, hsa_id, login, name, title) VALUES "
                                  "('s2', 'h-s2', 'erik', 'Erik Holm', 'Distriktssköterska'), "
                                  "('s3', 'h-s3', 'nils', 'Nils Falk', 'Kontaktsjuksköterska')"));
        cache.exec(QStringLiteral("INSERT INTO unit_members (unit_id, staff_id, role) VALUES "
                                  "('u1', 's2', 'nurse'), ('u2', 's1', 'team_lead'), ('u2', 's3', 'nurse')"));
        cache.exec(QStringLiteral("INSERT INTO patients (id, id_type, id_value, name, phone) VALUES "
                                  "('p1', 'personnummer', '196408233234', 'Åsa Lindqvist', '070-174 06 05'), "
                                  "('p2', 'samordningsnummer', '197010632391', 'Bertil Svensson', NULL)"));
        cache.addContact(QStringLiteral("c1"), QStringLiteral("callback"),
                         QStringLiteral("2026-11-23T15:30:00.000Z"), QStringLiteral("u1"),
                         QStringLiteral("p1"));
        cache.addContact(QStringLiteral("e1"), QStringLiteral("eservice"),
                         QStringLiteral("2026-11-24T09:00:00.000Z"), QStringLiteral("u2"),
                         QStringLiteral("p1"));
        cache.addContact(QStringLiteral("c2"), QStringLiteral("callback"),
                         QStringLiteral("2026-11-23T15:30:00.000Z"), QStringLiteral("u1"),
                         QStringLiteral("p2"));
        cache.exec(
            QStringLiteral("UPDATE contacts SET received_at = '2026-11-20T08:00:00.000Z' WHERE id = 'c1'"));
        cache.exec(QStringLiteral(
            "INSERT INTO care_contacts (id, patient_id, staff_id, unit_id, role, valid_from, valid_to, "
            "appointed_by, "
            "declined, note) VALUES "
            "('cc-old', 'p1', 's2', 'u1', 'fast_vardkontakt', '2024-01-01', '2025-06-30', 's1', 0, "
            "'Flyttade'), "
            "('cc-now', 'p1', 's3', 'u2', 'kontaktsjukskoterska', '2025-07-01', NULL, 's1', 0, NULL), "
            "('cc-no', 'p1', 's2', 'u1', 'fast_lakarkontakt', '2026-11-01', NULL, 's1', 1, 'Vill inte')"));
        cache.exec(QStringLiteral(
            "INSERT INTO sip_plans (id, patient_id, unit_id, consent_given_by, consent_date, "
            "overall_responsible, "
            "start_date, next_follow_up, version) VALUES "
            "('sp1', 'p1', 'u2', 'Patienten', '2026-10-01', 'region', '2026-10-05', '2026-12-01', 3)"));
    }
};

} // namespace

TEST(PatientRepository, FindsAPatientByAnyStoredFormOfTheNumber) {
    Fixture f;
    const vk::PatientRepository repository(f.cache.db());
    const auto found = repository.findByIdentity({QStringLiteral("196408233234")});
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(*found.value(), QStringLiteral("p1"));
    // A 10-digit search gives both centuries; the second form finds the samordningsnummer.
    const auto second =
        repository.findByIdentity({QStringLiteral("207010632391"), QStringLiteral("197010632391")});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->value_or(QString()), QStringLiteral("p2"));
    const auto none = repository.findByIdentity({QStringLiteral("189506299818")});
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
}

TEST(PatientRepository, LoadsIdentityContactsNewestFirstCareContactsCurrentFirstAndPlans) {
    Fixture f;
    const auto overview = vk::PatientRepository(f.cache.db()).load(QStringLiteral("p1"), Today);
    ASSERT_TRUE(overview.ok()) << overview.error().message.toStdString();
    EXPECT_EQ(overview->name, QStringLiteral("Åsa Lindqvist"));
    EXPECT_EQ(overview->idType, QStringLiteral("personnummer"));
    EXPECT_EQ(overview->phone, QStringLiteral("070-174 06 05"));

    ASSERT_EQ(overview->contacts.size(), 2U);
    EXPECT_EQ(overview->contacts[0].id, QStringLiteral("e1")); // received 23 Nov, after c1's 20 Nov
    EXPECT_EQ(overview->contacts[0].unitName, QStringLiteral("Onkologimottagningen"));
    EXPECT_EQ(overview->contacts[0].channel, vk::Channel::EService);
    EXPECT_EQ(overview->contacts[1].id, QStringLiteral("c1"));

    ASSERT_EQ(overview->careContacts.size(), 3U);
    EXPECT_EQ(overview->careContacts[0].id, QStringLiteral("cc-now"));
    EXPECT_TRUE(overview->careContacts[0].current);
    EXPECT_EQ(overview->careContacts[0].staffName, QStringLiteral("Nils Falk"));
    EXPECT_EQ(overview->careContacts[0].appointedByName, QStringLiteral("Anna Lind"));
    // History: a declined offer and an ended assignment are kept, neither is current.
    EXPECT_EQ(overview->careContacts[1].id, QStringLiteral("cc-no"));
    EXPECT_FALSE(overview->careContacts[1].current);
    EXPECT_TRUE(overview->careContacts[1].declined);
    EXPECT_EQ(overview->careContacts[2].id, QStringLiteral("cc-old"));
    EXPECT_FALSE(overview->careContacts[2].current);
    EXPECT_EQ(overview->careContacts[2].validTo, QDate(2025, 6, 30));

    ASSERT_EQ(overview->sipPlans.size(), 1U);
    EXPECT_EQ(overview->sipPlans[0].unitName, QStringLiteral("Onkologimottagningen"));
    EXPECT_EQ(overview->sipPlans[0].nextFollowUp, QDate(2026, 12, 1));
    EXPECT_EQ(overview->sipPlans[0].version, 3);
}

TEST(PatientRepository, UnknownPatientIsNotFound) {
    Fixture f;
    const auto overview = vk::PatientRepository(f.cache.db()).load(QStringLiteral("nobody"), Today);
    ASSERT_FALSE(overview.ok());
    EXPECT_EQ(overview.error().code, QStringLiteral("patient.not_found"));
}

TEST(PatientRepository, AccessUnitPrefersTheContactsUnitAndNeedsMembership) {
    Fixture f;
    const vk::PatientRepository repository(f.cache.db());
    EXPECT_EQ(repository.accessUnit(QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("u2")).value(),
              QStringLiteral("u2"));
    EXPECT_EQ(repository.accessUnit(QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("u1")).value(),
              QStringLiteral("u1"));
    // s1 is no member of u3: a preference for it falls back to one of her units.
    EXPECT_EQ(repository.accessUnit(QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("u3")).value(),
              QStringLiteral("u1"));
    // s3 belongs to u2 only, and p2 has no link there.
    EXPECT_EQ(repository.accessUnit(QStringLiteral("p2"), QStringLiteral("s3")).value(), QString());
    EXPECT_EQ(repository.contactIds(QStringLiteral("p1")).value().size(), 2);
}

TEST(StaffDirectory, ListsMyUnitsWithRoleAndTheMembersOfAUnit) {
    Fixture f;
    const vk::StaffDirectory directory(f.cache.db());
    const auto units = directory.unitsOf(QStringLiteral("s1"));
    ASSERT_TRUE(units.ok());
    ASSERT_EQ(units->size(), 2U);
    EXPECT_EQ(units.value()[0].name, QStringLiteral("Hälsocentral Norrmalm"));
    EXPECT_FALSE(units.value()[0].teamLead);
    EXPECT_EQ(units.value()[1].name, QStringLiteral("Onkologimottagningen"));
    EXPECT_TRUE(units.value()[1].teamLead);
    const auto members = directory.membersOf(QStringLiteral("u1"));
    ASSERT_TRUE(members.ok());
    ASSERT_EQ(members->size(), 2U);
    EXPECT_EQ(members.value()[0].name, QStringLiteral("Anna Lind"));
    EXPECT_EQ(members.value()[1].name, QStringLiteral("Erik Holm"));
    EXPECT_TRUE(directory.isTeamLead(QStringLiteral("s1")).value());
    EXPECT_FALSE(directory.isTeamLead(QStringLiteral("s2")).value());
}

TEST(InboxRepository, MarksContactsFromPatientsWhoseCurrentNamedContactIAm) {
    Fixture f;
    // s3 is p1's current kontaktsjuksköterska; s2's assignments are ended or declined.
    const auto markOf = [&f](const QString& me, const QString& contactId) {
        vk::InboxRepository repository(f.cache.db(), me);
        const auto rows =
            repository.rowsByIds({contactId}, QDateTime(Today, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        return rows.ok() && rows->size() == 1 && rows->front().fromMyPatient;
    };
    EXPECT_TRUE(markOf(QStringLiteral("s3"), QStringLiteral("c1")));
    EXPECT_TRUE(markOf(QStringLiteral("s3"), QStringLiteral("e1")));
    EXPECT_FALSE(markOf(QStringLiteral("s3"), QStringLiteral("c2")));
    EXPECT_FALSE(markOf(QStringLiteral("s2"), QStringLiteral("c1")));
}
