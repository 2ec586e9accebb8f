#include "feed/FeedSimulator.h"
#include "FixedClock.h"
#include "domain/DeadlinePolicy.h"
#include "feed/DemoPopulation.h"
#include "feed/FeedLineParser.h"
#include "feed/TestPersonnummer.h"
#include "feed/WavAudio.h"

#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using vk::FeedEvent;
using vk::FeedSimulator;

namespace {

QDateTime local(int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), vk::DeadlinePolicy::stockholm());
}

FeedSimulator::Options options(const QDateTime& start, qint64 seconds, double rate, quint64 seed = 7) {
    FeedSimulator::Options o;
    o.units = {{u"SE-HC1"_qs, false, 3.0}, {u"SE-HC2"_qs, false, 2.0}, {u"SE-SPEC"_qs, true, 1.0}};
    o.start = start;
    o.durationSeconds = seconds;
    o.ratePerMinute = rate;
    o.seed = seed;
    return o;
}

} // namespace

TEST(TestPersonnummer, FollowsTheDocumentedScheme) {
    const vk::IdentityNumber id = vk::TestPersonnummer::make(QDate(1950, 3, 14), 982);
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(id.value().left(11), u"19500314982"_qs);
    EXPECT_TRUE(vk::TestPersonnummer::isTestNumber(id));
    EXPECT_FALSE(vk::TestPersonnummer::make(QDate(1950, 3, 14), 979).isValid());
    EXPECT_FALSE(vk::TestPersonnummer::make(QDate(), 982).isValid());
    EXPECT_FALSE(vk::TestPersonnummer::isTestNumber(
        vk::IdentityNumber::parse(u"196408233234"_qs, QDate(2026, 1, 1)).value()));
    // Skatteverket's published examples fit the scheme.
    EXPECT_TRUE(vk::TestPersonnummer::isTestNumber(
        vk::IdentityNumber::parse(u"189506299818"_qs, QDate(2026, 1, 1)).value()));

    QRandomGenerator rng(3);
    for (int i = 0; i < 200; ++i) {
        const bool female = i % 2 == 0;
        const vk::IdentityNumber r =
            vk::TestPersonnummer::random(rng, QDate(1930, 1, 1), QDate(2020, 12, 31), female);
        ASSERT_TRUE(r.isValid());
        EXPECT_TRUE(vk::TestPersonnummer::isTestNumber(r));
        EXPECT_EQ(r.value().mid(10, 1).toInt() % 2 == 0, female) << "the ninth digit tells the sex";
        EXPECT_GE(r.birthDate(), QDate(1930, 1, 1));
        EXPECT_LE(r.birthDate(), QDate(2020, 12, 31));
    }
}

TEST(DemoPopulation, IsReproducibleDistinctAndFictional) {
    const QDate today(2026, 11, 23);
    const QList<vk::DemoPatient> a = vk::DemoPopulation::generate(2000, 42, today);
    const QList<vk::DemoPatient> b = vk::DemoPopulation::generate(2000, 42, today);
    ASSERT_EQ(a.size(), 2000);
    QSet<QString> ids;
    int children = 0;
    int over65 = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const vk::DemoPatient& p = a.at(i);
        EXPECT_EQ(p.id, b.at(i).id);
        EXPECT_EQ(p.name, b.at(i).name);
        EXPECT_TRUE(vk::TestPersonnummer::isTestNumber(p.id));
        EXPECT_TRUE(p.phone.startsWith(u"070-174 06 "_qs)) << p.phone.toStdString();
        EXPECT_GE(p.phone.right(2).toInt(), 5);
        EXPECT_EQ(p.name.count(u' '), 1);
        ids.insert(p.id.value());
        children += p.isChild(today) ? 1 : 0;
        over65 += p.birthDate.addYears(65) <= today ? 1 : 0;
    }
    EXPECT_EQ(ids.size(), 2000);
    EXPECT_GT(children, 150);
    EXPECT_GT(over65, 500);
    EXPECT_NE(vk::DemoPopulation::generate(10, 43, today).front().id, a.front().id);
}

TEST(WavAudio, ToneHasTheRequestedLength) {
    const QByteArray wav = vk::WavAudio::tone(2500);
    EXPECT_TRUE(wav.startsWith("RIFF"));
    EXPECT_EQ(wav.size(), 44 + 2500 * 8 * 2);
    EXPECT_EQ(vk::WavAudio::durationMs(wav), 2500);
    EXPECT_EQ(vk::WavAudio::durationMs("not a wav"), -1);
    EXPECT_EQ(vk::WavAudio::durationMs(wav.left(30)), -1);
}

TEST(WavAudio, ResamplingKeepsTheDurationAndTheSignal) {
    const QByteArray speech = vk::WavAudio::tone(1500, 22050);
    const QByteArray phone = vk::WavAudio::resampled(speech, 8000);
    EXPECT_EQ(vk::WavAudio::durationMs(phone), 1500);
    EXPECT_EQ(phone.size(), 44 + 12000 * 2);
    // The first beep survives: some samples are far from silence.
    qint64 energy = 0;
    for (qsizetype i = 44; i + 1 < phone.size(); i += 2) {
        energy += qAbs(qint16(quint8(phone.at(i)) | (quint8(phone.at(i + 1)) << 8)));
    }
    EXPECT_GT(energy / 12000, 1000);
    EXPECT_TRUE(vk::WavAudio::resampled("not a wav", 8000).isEmpty());
    EXPECT_TRUE(vk::WavAudio::resampled(speech, 0).isEmpty());
}

TEST(FeedSimulator, IsReproducibleAndEveryLineValidates) {
    const QDateTime start = local(2026, 11, 23, 7); // a Monday morning
    FeedSimulator::Options flat = options(start, 4 * 3600, 5.0);
    flat.dailyRhythm = false;
    FeedSimulator first(flat);
    FeedSimulator second(flat);
    const QList<FeedEvent> a = first.generate();
    const QList<FeedEvent> b = second.generate();
    ASSERT_EQ(a.size(), b.size());
    // About 5 a minute for four hours.
    EXPECT_GT(a.size(), 1000);
    EXPECT_LT(a.size(), 1400);

    vk::test::FixedClock clock(start);
    const vk::FeedLineParser parser({u"SE-HC1"_qs, u"SE-HC2"_qs, u"SE-SPEC"_qs}, clock);
    QSet<QString> ids;
    QSet<QString> errands;
    QMap<FeedEvent::Kind, int> kinds;
    QDateTime previous = start;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const FeedEvent& e = a.at(i);
        EXPECT_EQ(e.toFeedJson(), b.at(i).toFeedJson());
        const QByteArray line = QJsonDocument(e.toFeedJson()).toJson(QJsonDocument::Compact);
        const auto parsed = parser.parse(line);
        ASSERT_TRUE(parsed.ok()) << i << ": " << parsed.error().message.toStdString();
        EXPECT_GE(e.receivedAt, previous);
        previous = e.receivedAt;
        EXPECT_FALSE(ids.contains(e.externalId));
        ids.insert(e.externalId);
        ++kinds[e.kind];
        if (e.patient) {
            EXPECT_TRUE(vk::TestPersonnummer::isTestNumber(e.patient->id));
        }
        if (e.kind == FeedEvent::Kind::Eservice) {
            errands.insert(e.externalId);
            EXPECT_EQ(e.ombud, e.patient->id.birthDate().addYears(13) > QDate(2026, 11, 23));
        }
        if (e.kind == FeedEvent::Kind::EserviceMessage) {
            EXPECT_TRUE(errands.contains(e.errandExternalId)) << "follow-ups answer an earlier ärende";
        }
        if (e.bookedSlot.isValid()) {
            EXPECT_GT(e.bookedSlot, e.receivedAt);
            const QTime slot = e.bookedSlot.toTimeZone(vk::DeadlinePolicy::stockholm()).time();
            EXPECT_EQ(slot.minute() % 15, 0);
            EXPECT_LE(slot, QTime(16, 15));
        }
        if (e.kind == FeedEvent::Kind::Voicemail) {
            EXPECT_GT(e.durationMs, 1000);
            EXPECT_EQ(e.audioMime, u"audio/wav"_qs);
        }
    }
    for (const auto kind : {FeedEvent::Kind::Callback, FeedEvent::Kind::Voicemail, FeedEvent::Kind::Eservice,
                            FeedEvent::Kind::EserviceMessage, FeedEvent::Kind::QueueRejection}) {
        EXPECT_GT(kinds.value(kind), 0) << FeedEvent::kindName(kind).toStdString();
    }
    EXPECT_GT(kinds.value(FeedEvent::Kind::Callback), kinds.value(FeedEvent::Kind::Voicemail));
}

TEST(FeedSimulator, FollowsTheDailyRhythm) {
    EXPECT_DOUBLE_EQ(FeedSimulator::dailyRhythm(local(2026, 11, 23, 9)), 1.0);
    EXPECT_LT(FeedSimulator::dailyRhythm(local(2026, 11, 23, 3)), 0.1);
    EXPECT_LT(FeedSimulator::dailyRhythm(local(2026, 11, 28, 9)), 0.5) << "Saturday";
    EXPECT_LT(FeedSimulator::dailyRhythm(local(2026, 12, 25, 9)), 0.5) << "juldagen";

    const QList<FeedEvent> day = FeedSimulator(options(local(2026, 11, 23, 0), 24 * 3600, 3.0)).generate();
    int night = 0;
    int morning = 0;
    for (const FeedEvent& e : day) {
        const int hour = e.receivedAt.toTimeZone(vk::DeadlinePolicy::stockholm()).time().hour();
        night += hour < 5 ? 1 : 0;
        morning += hour >= 8 && hour < 10 ? 1 : 0;
    }
    // Expected: 3/min * 60 * (0.05+0.04+0.03+0.03+0.04) = 34 at night, 360 in the morning peak.
    EXPECT_LT(night, 70);
    EXPECT_GT(morning, 280);
    EXPECT_LT(morning, 440);
}

TEST(FeedSimulator, OutsideTelefontidCallbacksAreOnlyBookingsForTheNextOpening) {
    FeedSimulator weekend(options(local(2026, 11, 28, 0), 24 * 3600, 2.0)); // a Saturday
    int callbacks = 0;
    int voicemails = 0;
    for (const FeedEvent& e : weekend.generate()) {
        voicemails += e.kind == FeedEvent::Kind::Voicemail ? 1 : 0;
        if (e.kind != FeedEvent::Kind::Callback) {
            continue;
        }
        ++callbacks;
        ASSERT_TRUE(e.bookedSlot.isValid());
        const QDateTime slot = e.bookedSlot.toTimeZone(vk::DeadlinePolicy::stockholm());
        EXPECT_EQ(slot.date(), QDate(2026, 11, 30)) << "Monday, the next opening";
        EXPECT_GE(slot.time(), QTime(8, 0));
        EXPECT_LE(slot.time(), QTime(16, 15));
        EXPECT_EQ(slot.time().minute() % 15, 0);
    }
    EXPECT_GT(callbacks, 10);
    EXPECT_GT(voicemails, 3 * callbacks);

    // Early on a working day the bookings are for later the same day.
    for (const FeedEvent& e : FeedSimulator(options(local(2026, 11, 23, 6), 3600, 6.0)).generate()) {
        if (e.kind == FeedEvent::Kind::Callback) {
            EXPECT_EQ(e.bookedSlot.toTimeZone(vk::DeadlinePolicy::stockholm()).date(), QDate(2026, 11, 23));
        }
    }
}

TEST(FeedSimulator, ADifferentStartOrSeedGivesNewExternalIds) {
    const QDateTime start = local(2026, 11, 23, 9);
    const QList<FeedEvent> a = FeedSimulator(options(start, 600, 6.0)).generate();
    const QList<FeedEvent> later = FeedSimulator(options(start.addSecs(3600), 600, 6.0)).generate();
    const QList<FeedEvent> other = FeedSimulator(options(start, 600, 6.0, 8)).generate();
    ASSERT_FALSE(a.isEmpty());
    ASSERT_FALSE(later.isEmpty());
    ASSERT_FALSE(other.isEmpty());
    EXPECT_NE(a.front().externalId, later.front().externalId);
    EXPECT_NE(a.front().externalId, other.front().externalId);
    EXPECT_TRUE(FeedSimulator(options(start, 600, 0)).generate().isEmpty());
}
