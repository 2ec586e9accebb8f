// Issue 7: SIP actions at the desk: validated, applied to the cache at once and queued, so they work offline.
#include "sip/SipActions.h"
#include "FixedClock.h"
#include "TestCache.h"
#include "sip/SipRepository.h"
#include "sip/SipRequirements.h"
#include "sync/DeskActions.h"
#include "sync/LocalEffects.h"
#include "sync/Outbox.h"
#include "sync/WriteTransaction.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace vk;

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct Fixture {
    test::TestCache cache;
    test::FixedClock clock{Now};
    DeskActions desk{cache.db(), clock, QStringLiteral("s1")};
    SipActions sip{desk, cache.db(), clock};

    Fixture() {
        cache.seedReferenceData();
        cache.exec(QStringLiteral("INSERT INTO patients (id, id_type, id_value, name) VALUES "
                                  "('p1', 'personnummer', '196408233234', 'Greta Holm')"));
    }

    static SipPlan draft() {
        SipPlan plan;
        plan.patientId = QStringLiteral("p1");
        plan.unitId = QStringLiteral("u1");
        plan.consentGivenBy = QStringLiteral("Greta Holm");
        plan.consentDate = QDate(2026, 11, 20);
        plan.consentHow = QStringLiteral("Muntligt vid hembesök");
        plan.startDate = QDate(2026, 11, 23);
        plan.participants = {{QString(), QStringLiteral("kommun"), QStringLiteral("Helena Ek"),
                              QStringLiteral("Biståndshandläggare")}};
        plan.insatser = {{QString(), QStringLiteral("Läkemedelsgenomgång"), QStringLiteral("region")}};
        return plan;
    }

    [[nodiscard]] std::vector<Mutation> pending() const {
        Result<std::vector<Mutation>> all = Outbox(cache.db()).pending(100);
        EXPECT_TRUE(all.ok());
        return all.ok() ? all.value() : std::vector<Mutation>{};
    }
};

} // namespace

TEST(SipActions, ANewPlanIsInTheCacheAtOnceAndQueued) {
    Fixture f;
    const Result<QString> created = f.sip.create(Fixture::draft());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();

    const Result<SipPlan> plan = SipRepository(f.cache.db()).load(created.value());
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->patientName, QStringLiteral("Greta Holm"));
    EXPECT_EQ(plan->consentGivenBy, QStringLiteral("Greta Holm"));
    EXPECT_EQ(plan->consentDate, QDate(2026, 11, 20));
    EXPECT_EQ(plan->version, 1);
    ASSERT_EQ(plan->participants.size(), 1U);
    EXPECT_FALSE(plan->participants.front().id.isEmpty()) << "rows get their ids at the desk";
    EXPECT_EQ(plan->insatser.size(), 1U);
    EXPECT_EQ(SipRequirements::missing(plan.value()),
              (QList<SipRequirements::Element>{SipRequirements::Element::HuvudmanInsatser,
                                               SipRequirements::Element::OtherActions,
                                               SipRequirements::Element::OverallResponsible}));

    const std::vector<Mutation> queued = f.pending();
    ASSERT_EQ(queued.size(), 1U);
    EXPECT_EQ(queued.front().kind, QStringLiteral("sip_create"));
    EXPECT_EQ(queued.front().entityId, created.value());
    EXPECT_EQ(queued.front().payload.value(QStringLiteral("consent_date")).toString(),
              QStringLiteral("2026-11-20"));
    EXPECT_TRUE(queued.front().payload.value(QStringLiteral("overall_responsible")).isNull());
    EXPECT_EQ(queued.front()
                  .payload.value(QStringLiteral("participants"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("id")),
              plan->participants.front().id);
    EXPECT_EQ(SipRepository(f.cache.db()).planIdsForPatient(QStringLiteral("p1")).value(),
              QStringList{created.value()});
}

TEST(SipActions, NoPlanWithoutConsentOrWithBadRows) {
    Fixture f;
    SipPlan noConsent = Fixture::draft();
    noConsent.consentGivenBy.clear();
    const Result<QString> refused = f.sip.create(noConsent);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("sip.consent_giver"));

    SipPlan badHuvudman = Fixture::draft();
    badHuvudman.insatser.front().huvudman = QStringLiteral("other");
    EXPECT_FALSE(f.sip.create(badHuvudman).ok()) << "an insats belongs to the region or the kommun";
    SipPlan nameless = Fixture::draft();
    nameless.participants.front().name = QStringLiteral(" ");
    EXPECT_FALSE(f.sip.create(nameless).ok());
    SipPlan backwards = Fixture::draft();
    backwards.nextFollowUp = backwards.startDate.addDays(-1);
    EXPECT_FALSE(f.sip.create(backwards).ok());
    EXPECT_TRUE(f.pending().empty()) << "nothing refused is queued";
}

TEST(SipActions, AnEditCarriesTheVersionItStartedFromAndCanBeAppliedTwice) {
    Fixture f;
    const QString id = f.sip.create(Fixture::draft()).value();
    SipPlan edited = SipRepository(f.cache.db()).load(id).value();
    edited.overallResponsible = QStringLiteral("kommun");
    edited.insatser.push_back({QString(), QStringLiteral("Hemtjänst"), QStringLiteral("kommun")});
    edited.otherActions.push_back(
        {QString(), QStringLiteral("Sonen"), QStringLiteral("Handlar varje vecka")});
    const QString keptInsats = edited.insatser.front().id;
    ASSERT_TRUE(f.sip.update(edited).ok());

    SipPlan stored = SipRepository(f.cache.db()).load(id).value();
    EXPECT_EQ(stored.version, 2) << "the version the store gives the plan when it accepts the edit";
    EXPECT_EQ(stored.insatser.size(), 2U);
    EXPECT_EQ(stored.insatser.front().id, keptInsats);
    EXPECT_TRUE(SipRequirements::missing(stored).isEmpty());
    const std::vector<Mutation> queued = f.pending();
    ASSERT_EQ(queued.size(), 2U);
    EXPECT_EQ(queued.back().kind, QStringLiteral("sip_update"));
    EXPECT_EQ(queued.back().payload.value(QStringLiteral("expected_version")).toInteger(), 1);

    // The sync engine re-applies pending edits whenever rows of the plan arrive: nothing may add up.
    {
        WriteTransaction transaction(f.cache.db());
        ASSERT_TRUE(LocalEffects::apply(f.cache.db(), queued.back(), QStringLiteral("s1"), 0).ok());
        ASSERT_TRUE(transaction.commit());
    }
    stored = SipRepository(f.cache.db()).load(id).value();
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(stored.insatser.size(), 2U);
    EXPECT_EQ(stored.otherActions.size(), 1U);

    // A second edit starts from the version the first one will give the plan.
    stored.nextFollowUp = QDate(2026, 12, 10);
    ASSERT_TRUE(f.sip.update(stored).ok());
    EXPECT_EQ(f.pending().back().payload.value(QStringLiteral("expected_version")).toInteger(), 2);
}

TEST(SipActions, NotesAndCorrectionsAreAppendedWithTheirAction) {
    Fixture f;
    const QString plan = f.sip.create(Fixture::draft()).value();
    SipActions::NoteDraft first;
    first.body = QStringLiteral("Uppföljning med dottern.");
    first.action = QStringLiteral("Ansöka om trygghetslarm");
    first.actionResponsible = QStringLiteral("Biståndshandläggare");
    first.actionDue = QDate(2026, 12, 1);
    const Result<QString> noteId = f.sip.addNote(plan, first);
    ASSERT_TRUE(noteId.ok()) << noteId.error().message.toStdString();

    SipActions::NoteDraft correction;
    correction.body = QStringLiteral("Rättelse: med sonen.");
    correction.correctsNoteId = noteId.value();
    ASSERT_TRUE(f.sip.addNote(plan, correction).ok());

    const SipPlan stored = SipRepository(f.cache.db()).load(plan).value();
    ASSERT_EQ(stored.notes.size(), 2U);
    const auto original = std::find_if(stored.notes.begin(), stored.notes.end(),
                                       [&](const SipPlan::Note& n) { return n.id == noteId.value(); });
    ASSERT_NE(original, stored.notes.end());
    EXPECT_EQ(original->body, QStringLiteral("Uppföljning med dottern.")) << "the original is never changed";
    EXPECT_EQ(original->authorName, QStringLiteral("Anna Lind"));
    EXPECT_EQ(original->writtenMs, Now.toMSecsSinceEpoch());
    EXPECT_EQ(original->actionResponsible, QStringLiteral("Biståndshandläggare"));
    EXPECT_EQ(original->actionDue, QDate(2026, 12, 1));
    const int corrections =
        static_cast<int>(std::count_if(stored.notes.begin(), stored.notes.end(), [&](const SipPlan::Note& n) {
            return n.correctsNoteId == noteId.value();
        }));
    EXPECT_EQ(corrections, 1);
    EXPECT_EQ(f.pending().back().entityId, plan)
        << "a pending note is re-applied when its plan's rows arrive";
}

TEST(SipActions, ANoteIsRefusedForAForeignCorrectionOrAnActionlessResponsible) {
    Fixture f;
    const QString plan = f.sip.create(Fixture::draft()).value();
    SipActions::NoteDraft foreign;
    foreign.body = QStringLiteral("Rättelse");
    foreign.correctsNoteId = QStringLiteral("note-of-another-plan");
    EXPECT_FALSE(f.sip.addNote(plan, foreign).ok());
    SipActions::NoteDraft responsibleOnly;
    responsibleOnly.body = QStringLiteral("Text");
    responsibleOnly.actionResponsible = QStringLiteral("Kommunen");
    EXPECT_FALSE(f.sip.addNote(plan, responsibleOnly).ok());
    EXPECT_FALSE(f.sip.addNote(plan, SipActions::NoteDraft{}).ok()) << "a note needs text";
    EXPECT_EQ(f.pending().size(), 1U) << "only the plan itself is queued";
}

TEST(SipActions, MeetingsAndExportsAreRecorded) {
    Fixture f;
    const QString planId = f.sip.create(Fixture::draft()).value();
    ASSERT_TRUE(
        f.sip.addMeeting(planId, QDate(2026, 11, 22), QStringLiteral("Greta, dottern, Helena Ek")).ok());
    EXPECT_FALSE(f.sip.addMeeting(planId, QDate(), QStringLiteral("x")).ok());
    EXPECT_FALSE(f.sip.addMeeting(planId, QDate(2026, 11, 22), QStringLiteral("  ")).ok());
    const SipPlan plan = SipRepository(f.cache.db()).load(planId).value();
    ASSERT_EQ(plan.meetings.size(), 1U);
    EXPECT_EQ(plan.meetings.front().heldOn, QDate(2026, 11, 22));

    ASSERT_TRUE(f.sip.logExport(plan).ok());
    const Mutation logged = f.pending().back();
    EXPECT_EQ(logged.kind, QStringLiteral("log_access"));
    EXPECT_EQ(logged.payload.value(QStringLiteral("action")).toString(), QStringLiteral("sip_export"));
    EXPECT_EQ(logged.payload.value(QStringLiteral("patient_id")).toString(), QStringLiteral("p1"));
    EXPECT_EQ(logged.payload.value(QStringLiteral("unit_id")).toString(), QStringLiteral("u1"));
}
