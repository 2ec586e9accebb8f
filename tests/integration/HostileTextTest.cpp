// Issue 10 (hostile input): free text a nurse types is data, never code. SQL injection, quoting tricks,
// format strings, markup, bidirectional and combining characters, line breaks and tabs in every free-text
// field travel desk → region store → another desk literally; control characters the store refuses (everything
// below U+0020 but \n and \t, and U+007F–U+009F) are refused at the desk already, with nothing queued.
#include "RegionTestDatabase.h"
#include "SyncDesk.h"

#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace vk;
using namespace vk::test;

namespace {

const QStringList Hostile = {
    QStringLiteral("'; DROP TABLE region.contacts; --"),
    QStringLiteral("Robert'); DELETE FROM outbox; --"),
    QStringLiteral("\" OR \"1\"=\"1\" OR '1'='1"),
    QStringLiteral("$$; SELECT pg_sleep(10); $$ $tag$ \\' \\\\"),
    QStringLiteral("%s%n%x %1 {0} ${HOME} `id`"),
    QStringLiteral("<script>alert('x')</script> &amp; <!--"),
    QStringLiteral("rad ett\nrad två\ttabb\n\n"),
    QString::fromUtf8("\u202Eevil\u202C \u200Bzero\u200Dwidth e\u0301 \U0001F600 åäö ÅÄÖ"),
    QStringLiteral("   leading and trailing spaces   "),
    QStringLiteral("x").repeated(4000),
};

class HostileTextTest : public ::testing::Test {
protected:
    void SetUp() override {
        Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_db = std::move(created.value());
        m_unitA = m_db->createUnit(QStringLiteral("A"));
        m_unitB = m_db->createUnit(QStringLiteral("B"));
        m_anna = m_db->addStaff(QStringLiteral("Anna Lind"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_bo = m_db->addStaff(QStringLiteral("Bo Ek"), QStringLiteral("A"), QStringLiteral("nurse"));
        m_deskA = std::make_unique<SyncDesk>(m_db->settingsFor(m_anna), m_anna);
        m_deskB = std::make_unique<SyncDesk>(m_db->settingsFor(m_bo), m_bo);
        Result<PgConnection> anna = m_db->connectAs(m_anna);
        ASSERT_TRUE(anna.ok());
        m_annaSql = std::make_unique<PgConnection>(std::move(anna.value()));
    }

    /// Rounds until `done` holds (bounded: the shared cluster can hold the pull horizon back a moment).
    template <typename Done>
    static bool syncUntil(SyncDesk& desk, Done done) {
        return QTest::qWaitFor([&] { return desk.sync().ok() && done(); }, 20000);
    }

    QString serverText(const QString& sql, const QString& id) {
        Result<PgResult> result = m_db->admin().exec(sql, {id});
        return result.ok() && result->rows() == 1 ? result->text(0, 0) : QStringLiteral("<missing>");
    }

    QString patientOf(const QString& contact) {
        return serverText(QStringLiteral("SELECT patient_id::text FROM region.contacts WHERE id = $1::uuid"),
                          contact);
    }

    std::unique_ptr<RegionTestDatabase> m_db;
    QUuid m_unitA, m_unitB;
    QString m_anna, m_bo;
    std::unique_ptr<SyncDesk> m_deskA, m_deskB;
    std::unique_ptr<PgConnection> m_annaSql;
};

} // namespace

TEST_F(HostileTextTest, EveryFreeTextFieldRoundTripsLiterally) {
    struct Case {
        QString text, attempted, forwarded, cancelled, errand, named, plan;
    };
    std::vector<Case> cases;
    int n = 0;
    for (const QString& text : Hostile) {
        Case c{text, {}, {}, {}, {}, {}, {}};
        c.attempted = uuidText(m_db->ingestCallback(QStringLiteral("A"), testPersonnummer(++n)));
        c.forwarded = uuidText(m_db->ingestCallback(QStringLiteral("A"), testPersonnummer(++n)));
        c.cancelled = uuidText(m_db->ingestCallback(QStringLiteral("A"), testPersonnummer(++n)));
        c.errand = uuidText(m_db->ingestEservice(QStringLiteral("A"), testPersonnummer(++n)));
        c.named = uuidText(m_db->ingestCallback(QStringLiteral("A")));
        cases.push_back(c);
    }
    ASSERT_TRUE(syncUntil(*m_deskA, [&] {
        return m_deskA->contactValue(cases.back().named, QStringLiteral("status")) == QLatin1String("new");
    }));

    // Desk A writes every text into every field the desk has.
    DeskActions& actions = m_deskA->actions();
    for (const Case& c : cases) {
        const std::string label = c.text.left(40).toStdString();
        ASSERT_TRUE(actions.claim(c.attempted).ok()) << label;
        ASSERT_TRUE(actions.logAttempt(c.attempted, QStringLiteral("no_answer"), c.text).ok()) << label;
        ASSERT_TRUE(actions.complete(c.attempted, QStringLiteral("RAD"), c.text, false).ok()) << label;
        ASSERT_TRUE(actions.claim(c.forwarded).ok()) << label;
        ASSERT_TRUE(actions.forward(c.forwarded, uuidText(m_unitB), c.text).ok()) << label;
        ASSERT_TRUE(actions.claim(c.cancelled).ok()) << label;
        ASSERT_TRUE(actions.cancel(c.cancelled, QStringLiteral("duplicate"), c.text).ok()) << label;
        ASSERT_TRUE(actions.claim(c.errand).ok()) << label;
        ASSERT_TRUE(actions.reply(c.errand, c.text).ok()) << label;
        // A patient's name has no line breaks (the store's rule); the rest of the text goes as it is.
        QString name = c.text.left(200);
        name.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (!name.trimmed().isEmpty()) {
            ASSERT_TRUE(actions.claim(c.named).ok()) << label;
            ASSERT_TRUE(
                actions.verifyIdentity(c.named, QStringLiteral("personnummer"), testPersonnummer(++n), name)
                    .ok())
                << label;
        }
    }
    // SIP notes and care-contact notes, written as Anna's login straight into the store.
    for (Case& c : cases) {
        const QString patient = patientOf(c.attempted);
        const QJsonObject plan =
            applyMutation(*m_annaSql, QStringLiteral("sip_create"),
                          {{QStringLiteral("patient_id"), patient},
                           {QStringLiteral("unit_id"), uuidText(m_unitA)},
                           {QStringLiteral("consent_given_by"), c.text.left(200)},
                           {QStringLiteral("consent_date"), QStringLiteral("2026-11-20")}});
        ASSERT_EQ(plan.value(QLatin1String("status")), QStringLiteral("applied"))
            << c.text.left(40).toStdString();
        c.plan = serverText(
            QStringLiteral("SELECT id::text FROM region.sip_plans WHERE patient_id = $1::uuid"), patient);
        EXPECT_EQ(applyMutation(*m_annaSql, QStringLiteral("sip_add_note"),
                                {{QStringLiteral("plan_id"), c.plan}, {QStringLiteral("body"), c.text}})
                      .value(QLatin1String("status")),
                  QStringLiteral("applied"));
        EXPECT_EQ(applyMutation(*m_annaSql, QStringLiteral("assign_care_contact"),
                                {{QStringLiteral("patient_id"), patient},
                                 {QStringLiteral("unit_id"), uuidText(m_unitA)},
                                 {QStringLiteral("staff_id"), uuidText(m_db->staffId(m_anna))},
                                 {QStringLiteral("role"), QStringLiteral("fast_vardkontakt")},
                                 {QStringLiteral("note"), c.text}})
                      .value(QLatin1String("status")),
                  QStringLiteral("applied"));
    }
    ASSERT_TRUE(syncUntil(*m_deskA, [&] { return m_deskA->pendingMutations() == 0; }));
    EXPECT_TRUE(m_deskA->conflictMessages().isEmpty())
        << m_deskA->conflictMessages().join(u'\n').toStdString();

    // Desk B, the store and desk A's own cache all hold exactly what was typed.
    ASSERT_TRUE(syncUntil(*m_deskB, [&] {
        return m_deskB->cache().scalar(QStringLiteral("SELECT count(*) FROM care_contacts")).toInt() ==
               static_cast<int>(cases.size());
    }));
    for (const Case& c : cases) {
        const std::string label = c.text.left(40).toStdString();
        for (SyncDesk* desk : {m_deskA.get(), m_deskB.get()}) {
            const TestCache& cache = desk->cache();
            EXPECT_EQ(cache
                          .scalar(QStringLiteral("SELECT note FROM callback_attempts WHERE contact_id = ?"),
                                  {c.attempted})
                          .toString(),
                      c.text)
                << label;
            EXPECT_EQ(desk->contactValue(c.attempted, QStringLiteral("outcome")), c.text) << label;
            EXPECT_EQ(desk->contactValue(c.forwarded, QStringLiteral("outcome")), c.text) << label;
            EXPECT_EQ(desk->contactValue(c.cancelled, QStringLiteral("outcome")), c.text) << label;
            EXPECT_EQ(
                cache
                    .scalar(QStringLiteral("SELECT body FROM eservice_messages WHERE contact_id = ? AND "
                                           "direction = 'out'"),
                            {c.errand})
                    .toString(),
                c.text)
                << label;
            EXPECT_EQ(cache.scalar(QStringLiteral("SELECT body FROM sip_notes WHERE plan_id = ?"), {c.plan})
                          .toString(),
                      c.text)
                << label;
            EXPECT_EQ(
                cache.scalar(QStringLiteral("SELECT consent_given_by FROM sip_plans WHERE id = ?"), {c.plan})
                    .toString(),
                c.text.left(200))
                << label;
            EXPECT_EQ(cache
                          .scalar(QStringLiteral("SELECT note FROM care_contacts WHERE patient_id = ?"),
                                  {patientOf(c.attempted)})
                          .toString(),
                      c.text)
                << label;
        }
        EXPECT_EQ(serverText(
                      QStringLiteral("SELECT note FROM region.callback_attempts WHERE contact_id = $1::uuid"),
                      c.attempted),
                  c.text)
            << label;
        EXPECT_EQ(
            serverText(QStringLiteral("SELECT body FROM region.eservice_messages WHERE contact_id = $1::uuid "
                                      "AND direction = 'out'"),
                       c.errand),
            c.text)
            << label;
        QString name = c.text.left(200);
        name.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (!name.trimmed().isEmpty()) {
            EXPECT_EQ(
                serverText(QStringLiteral("SELECT p.name FROM region.patients p JOIN region.contacts c ON "
                                          "c.patient_id = p.id WHERE c.id = $1::uuid"),
                           c.named),
                name)
                << label;
        }
    }
    // And the store is whole: the injection texts were never run.
    EXPECT_EQ(scalar(m_db->admin(), QStringLiteral("SELECT count(*) FROM region.contacts")),
              static_cast<qint64>(cases.size()) * 6); // five each, plus the forwarded copy
}

TEST_F(HostileTextTest, ControlCharactersAreRefusedAtTheDeskWithNothingQueued) {
    const QString contact = uuidText(m_db->ingestEservice(QStringLiteral("A"), testPersonnummer(1)));
    ASSERT_TRUE(syncUntil(*m_deskA, [&] {
        return m_deskA->contactValue(contact, QStringLiteral("status")) == QLatin1String("new");
    }));
    ASSERT_TRUE(m_deskA->actions().claim(contact).ok());
    const int queued = m_deskA->pendingMutations();
    for (const char16_t c :
         {u'\x01', u'\x07', u'\x08', u'\x0b', u'\x0c', u'\r', u'\x1b', u'\x7f', u'\x85', u'\x9f'}) {
        const QString text = QStringLiteral("före") + QChar(c) + QStringLiteral("efter");
        DeskActions& actions = m_deskA->actions();
        for (const Status& status :
             {actions.reply(contact, text), actions.logAttempt(contact, QStringLiteral("busy"), text),
              actions.cancel(contact, QStringLiteral("spam"), text),
              actions.forward(contact, uuidText(m_unitB), text),
              actions.complete(contact, QStringLiteral("RAD"), text, false)}) {
            ASSERT_FALSE(status.ok()) << "U+" << std::hex << static_cast<int>(c);
            EXPECT_EQ(status.error().code, QStringLiteral("action.text_control"))
                << std::hex << static_cast<int>(c);
        }
    }
    EXPECT_EQ(m_deskA->pendingMutations(), queued);
    // The store refuses the same characters when a client skips the desk's check.
    const QJsonObject direct = applyMutation(
        *m_annaSql, QStringLiteral("reply"),
        {{QStringLiteral("contact_id"), contact}, {QStringLiteral("body"), QStringLiteral("a\rb")}});
    EXPECT_EQ(direct.value(QLatin1String("status")), QStringLiteral("rejected"));
}
