// Issue 4, acceptance (2): 20 desks (one connection and one login each) race to claim the same 500 contacts.
// Every contact ends with exactly one holder, and every loser is told who holds it.
#include "RegionTestDatabase.h"

#include <QHash>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace vk;
using namespace vk::test;

namespace {

constexpr int kDesks = 20;
constexpr int kContacts = 500;

struct Outcome {
    QString status;
    QString reason;
    QString holderName;
};

} // namespace

TEST(RegionClaimRace, EachContactHasExactlyOneHolderAndLosersAreToldWho) {
    Result<std::unique_ptr<RegionTestDatabase>> created = RegionTestDatabase::create();
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    RegionTestDatabase& db = *created.value();
    db.createUnit(QStringLiteral("A"));

    QStringList logins;
    QHash<QString, QString> nameOfStaffId;
    for (int desk = 0; desk < kDesks; ++desk) {
        const QString name = QStringLiteral("Sjuksköterska %1").arg(desk);
        logins.append(db.addStaff(name, QStringLiteral("A"), QStringLiteral("nurse")));
        nameOfStaffId.insert(uuidText(db.staffId(logins.last())), name);
    }
    // 500 callbacks in one statement (the ingest function is exercised elsewhere).
    ASSERT_TRUE(db.admin()
                    .exec(QStringLiteral(
                              "INSERT INTO region.contacts (channel, unit_id, received_at, due_at, reason) "
                              "SELECT 'callback', id, now(), now() + interval '4 hours', 'Rådgivning' "
                              "FROM region.units, generate_series(1, $1)"),
                          {kContacts})
                    .ok());
    Result<PgResult> ids =
        db.admin().exec(QStringLiteral("SELECT id FROM region.contacts ORDER BY due_at, id"));
    ASSERT_TRUE(ids.ok());
    ASSERT_EQ(ids->rows(), kContacts);
    QStringList contacts;
    for (int row = 0; row < ids->rows(); ++row) {
        contacts.append(ids->text(row, 0));
    }

    std::vector<PgConnection> connections;
    connections.reserve(kDesks);
    for (const QString& login : std::as_const(logins)) {
        Result<PgConnection> connection = db.connectAs(login);
        ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
        ASSERT_TRUE(connection
                        ->prepare("claim", QStringLiteral("SELECT region.claim(jsonb_build_object("
                                                          "'contact_id', $1::text))"))
                        .ok());
        connections.push_back(std::move(connection.value()));
    }

    // outcomes[desk][contact]
    std::vector<std::vector<Outcome>> outcomes(kDesks, std::vector<Outcome>(kContacts));
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::atomic<int> errors{0};
    std::vector<std::thread> desks;
    for (int desk = 0; desk < kDesks; ++desk) {
        desks.emplace_back([&, desk] {
            ready.fetch_add(1);
            while (!go.load()) {
                std::this_thread::yield(); // start together: the point is the race
            }
            for (int i = 0; i < kContacts; ++i) {
                // Half the desks walk the list forwards, half backwards, so races happen everywhere.
                const int contact = desk % 2 == 0 ? i : kContacts - 1 - i;
                Result<PgResult> result =
                    connections[static_cast<std::size_t>(desk)].execPrepared("claim", {contacts.at(contact)});
                if (!result) {
                    errors.fetch_add(1);
                    continue;
                }
                const QJsonObject object = result->json(0, 0).toObject();
                outcomes[static_cast<std::size_t>(desk)][static_cast<std::size_t>(contact)] = {
                    object.value(QLatin1String("status")).toString(),
                    object.value(QLatin1String("reason_code")).toString(),
                    object.value(QLatin1String("holder_name")).toString()};
            }
        });
    }
    while (ready.load() < kDesks) {
        std::this_thread::yield();
    }
    go.store(true);
    for (std::thread& desk : desks) {
        desk.join();
    }
    ASSERT_EQ(errors.load(), 0);

    Result<PgResult> holders = db.admin().exec(
        QStringLiteral("SELECT id, claimed_by, status FROM region.contacts ORDER BY due_at, id"));
    ASSERT_TRUE(holders.ok());
    int contested = 0;
    for (int contact = 0; contact < kContacts; ++contact) {
        ASSERT_EQ(holders->text(contact, 0), contacts.at(contact));
        ASSERT_FALSE(holders->isNull(contact, 1)) << "contact " << contact << " has no holder";
        EXPECT_EQ(holders->text(contact, 2), QStringLiteral("claimed"));
        const QString holderName = nameOfStaffId.value(holders->text(contact, 1));
        int winners = 0;
        for (int desk = 0; desk < kDesks; ++desk) {
            const Outcome& outcome =
                outcomes[static_cast<std::size_t>(desk)][static_cast<std::size_t>(contact)];
            if (outcome.status == QLatin1String("applied")) {
                ++winners;
                EXPECT_EQ(QStringLiteral("Sjuksköterska %1").arg(desk), holderName) << "contact " << contact;
            } else {
                EXPECT_EQ(outcome.status, QStringLiteral("rejected"));
                EXPECT_EQ(outcome.reason, QStringLiteral("claimed_by_other")) << "contact " << contact;
                EXPECT_EQ(outcome.holderName, holderName) << "contact " << contact;
            }
        }
        EXPECT_EQ(winners, 1) << "contact " << contact;
        contested += winners == 1 ? 1 : 0;
    }
    EXPECT_EQ(contested, kContacts);
    // One change-log row and one access-log row per successful claim, none for the losers.
    EXPECT_EQ(
        scalar(db.admin(), QStringLiteral("SELECT count(*) FROM region.access_log WHERE action = 'claim'")),
        kContacts);
    EXPECT_EQ(scalar(db.admin(), QStringLiteral("SELECT count(*) FROM region.contacts WHERE version = 2")),
              kContacts);
}
