// Issue 8: the regional follow-up CSV (no identity unless asked for) and the offline copy of the overview.
#include "region/TeamCsvExport.h"
#include "region/TeamOverview.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace vk;

namespace {

ExportRow row() {
    ExportRow r;
    r.contactId = QUuid::fromString(QStringLiteral("6f1c2a40-1111-4222-8333-944455556666"));
    r.unitHsaId = QStringLiteral("SE-1");
    r.unitName = QStringLiteral("Vårdcentralen Norrmalm; Öst");
    r.channel = QStringLiteral("callback");
    r.reason = QStringLiteral("=HYPERLINK(\"x\")");
    r.receivedAt = QDateTime(QDate(2027, 1, 5), QTime(8, 0), Qt::UTC);
    r.status = QStringLiteral("completed");
    r.code = QStringLiteral("RAD");
    r.idType = QStringLiteral("personnummer");
    r.idValue = QStringLiteral("196408233234");
    r.patientName = QStringLiteral("Test Testsson");
    return r;
}

QString written(bool withIdentity) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(TeamCsvExport::write(buffer, {row()}, withIdentity));
    return QString::fromUtf8(buffer.data());
}

} // namespace

TEST(TeamCsvExport, LeavesIdentityOutUnlessAskedFor) {
    const QString plain = written(false);
    EXPECT_FALSE(plain.contains(QStringLiteral("196408233234")));
    EXPECT_FALSE(plain.contains(QStringLiteral("Testsson")));
    EXPECT_FALSE(plain.contains(QStringLiteral("id_value")));
    const QString named = written(true);
    EXPECT_TRUE(named.contains(QStringLiteral(";personnummer;196408233234;Test Testsson\r\n")));
    EXPECT_EQ(named.count(QStringLiteral("\r\n")), 2); // header and one contact
}

TEST(TeamCsvExport, QuotesSeparatorsAndDefusesFormulas) {
    const QString text = written(false);
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    ASSERT_TRUE(TeamCsvExport::write(raw, {}, false));
    EXPECT_TRUE(raw.data().startsWith("\xEF\xBB\xBF")); // UTF-8 BOM: spreadsheet programs then read å/ä/ö
    EXPECT_TRUE(text.contains(QStringLiteral("\"Vårdcentralen Norrmalm; Öst\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    EXPECT_TRUE(text.contains(QStringLiteral(";2027-01-05T08:00:00Z;")));
    EXPECT_EQ(TeamCsvExport::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(TeamCsvExport::field(QStringLiteral("-1")), QStringLiteral("'-1"));
}

TEST(TeamOverview, JsonKeepsEveryFigure) {
    TeamOverview overview;
    overview.takenAt = QDateTime(QDate(2027, 1, 8), QTime(11, 0), Qt::UTC);
    overview.queues.append({QUuid::createUuid(), QStringLiteral("Norrmalm"), QStringLiteral("voicemail"), 2,
                            1, 1, 1, 1, QDateTime(QDate(2027, 1, 6), QTime(9, 0), Qt::UTC)});
    overview.staff.append({QUuid::createUuid(), QStringLiteral("Erik Holm"), 3, 4, 1800.0});
    overview.staff.append({QUuid::createUuid(), QStringLiteral("Lena Ask"), 0, 0, std::nullopt});
    DailyFiguresRow day;
    day.day = QDate(2027, 1, 8);
    day.phoneTotal = 5;
    day.phoneMet = 3;
    day.phoneEarly = 1;
    day.eservicePending = 2;
    day.assessmentMet = 1;
    day.turnedAway = 12;
    overview.today.append(day);

    const std::optional<TeamOverview> back = TeamOverview::fromJson(overview.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->takenAt, overview.takenAt);
    ASSERT_EQ(back->queues.size(), 1);
    EXPECT_EQ(back->queues.front().unitId, overview.queues.front().unitId);
    EXPECT_EQ(back->queues.front().staleClaims, 1);
    EXPECT_EQ(back->queues.front().oldestReceived, overview.queues.front().oldestReceived);
    ASSERT_EQ(back->staff.size(), 2);
    EXPECT_EQ(back->staff.at(0).medianHandlingSeconds, std::optional<double>(1800.0));
    EXPECT_FALSE(back->staff.at(1).medianHandlingSeconds.has_value());
    ASSERT_EQ(back->today.size(), 1);
    EXPECT_EQ(back->today.front().day, day.day);
    EXPECT_EQ(back->today.front().phoneEarly, 1);
    EXPECT_EQ(back->today.front().eservicePending, 2);
    EXPECT_EQ(back->today.front().turnedAway, 12);
    EXPECT_FALSE(TeamOverview::fromJson("not json").has_value());
    EXPECT_FALSE(TeamOverview::fromJson("{}").has_value());
}
