#include "feed/FeedRunner.h"
#include "FixedClock.h"
#include "feed/RejectWriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using vk::FeedRunner;
using vk::IngestSink;

namespace {

const QString kUnit = QStringLiteral("SE-HC1");

// Stores events by external id like region.ingest does; can be told to refuse or to fail.
class FakeSink final : public IngestSink {
public:
    vk::Result<Outcome> ingest(const QJsonObject& event) override {
        ++calls;
        if (failAtCall == calls) {
            return vk::Error{QStringLiteral("region.connection_lost"),
                             QStringLiteral("the connection was lost")};
        }
        if (event.value(u"queue"_qs).toString() == u"server-says-no"_qs) {
            return vk::Error{QStringLiteral("feed.server_rejected"), QStringLiteral("queue is not offered")};
        }
        const QString key =
            event.value(u"kind"_qs).toString() + u'/' + event.value(u"external_id"_qs).toString();
        if (stored.contains(key)) {
            return Outcome::Duplicate;
        }
        stored.insert(key, event);
        return Outcome::Inserted;
    }
    vk::Status flush() override {
        ++flushes;
        if (failFlush) {
            return vk::Error{QStringLiteral("region.commit_failed"), QStringLiteral("the commit failed")};
        }
        return vk::Done{};
    }
    QHash<QString, QJsonObject> stored;
    int calls = 0;
    int failAtCall = -1;
    int flushes = 0;
    bool failFlush = false;
};

QByteArray callbackLine(const QString& id, const QString& queue = u"Rådgivning"_qs) {
    return QJsonDocument(QJsonObject{{u"kind"_qs, u"callback"_qs},
                                     {u"external_id"_qs, id},
                                     {u"unit"_qs, kUnit},
                                     {u"received_at"_qs, u"2026-11-23T10:00:00+01:00"_qs},
                                     {u"phone"_qs, u"070-174 06 05"_qs},
                                     {u"queue"_qs, queue}})
        .toJson(QJsonDocument::Compact);
}

QList<QJsonObject> readJsonLines(const QString& path) {
    QFile f(path);
    QList<QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    while (!f.atEnd()) {
        out.append(QJsonDocument::fromJson(f.readLine()).object());
    }
    return out;
}

class FeedRunnerTest : public testing::Test {
protected:
    QTemporaryDir dir;
    vk::test::FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    vk::FeedLineParser parser{{kUnit}, clock};
    FakeSink sink;
    QHash<QString, vk::DeadlinePolicy> policies{{kUnit, vk::DeadlinePolicy()}};

    vk::Status feed(FeedRunner& runner, QByteArray content, vk::RejectWriter& rejects) {
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        return runner.run(buffer, u"input.jsonl"_qs, rejects);
    }
};

} // namespace

TEST_F(FeedRunnerTest, GoodLinesGoInAndBadLinesGoToTheRejectFileWithLineAndReason) {
    const QByteArray input = callbackLine(u"a"_qs) + "\n" + "{broken json\n" + "\n" +
                             callbackLine(u"b"_qs).replace("Rådgivning", "Råd\\u0007givning") + "\n" +
                             callbackLine(u"c"_qs, u"server-says-no"_qs) + "\n" + "\xff\xfe not utf8\n" +
                             callbackLine(u"d"_qs); // no final line break
    FeedRunner runner(parser, policies, sink);
    vk::RejectWriter rejects(dir.filePath(u"rejects.jsonl"_qs));
    ASSERT_TRUE(rejects.start().ok());
    const vk::Status status = feed(runner, input, rejects);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    ASSERT_TRUE(rejects.finish().ok());

    EXPECT_EQ(runner.stats().lines, 6);
    EXPECT_EQ(runner.stats().blank, 1);
    EXPECT_EQ(runner.stats().inserted, 2);
    EXPECT_EQ(runner.stats().rejected, 4);
    EXPECT_TRUE(sink.stored.contains(u"callback/a"_qs));
    EXPECT_TRUE(sink.stored.contains(u"callback/d"_qs));

    const QList<QJsonObject> r = readJsonLines(rejects.path());
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r.at(0).value(u"line"_qs).toInt(), 2);
    EXPECT_EQ(r.at(0).value(u"code"_qs).toString(), u"feed.bad_json"_qs);
    EXPECT_EQ(r.at(0).value(u"original"_qs).toString(), u"{broken json"_qs);
    EXPECT_EQ(r.at(0).value(u"file"_qs).toString(), u"input.jsonl"_qs);
    EXPECT_EQ(r.at(1).value(u"line"_qs).toInt(), 4);
    EXPECT_EQ(r.at(1).value(u"code"_qs).toString(), u"feed.control_character"_qs);
    EXPECT_EQ(r.at(2).value(u"line"_qs).toInt(), 5);
    EXPECT_EQ(r.at(2).value(u"reason"_qs).toString(), u"queue is not offered"_qs);
    EXPECT_EQ(QJsonDocument::fromJson(r.at(2).value(u"original"_qs).toString().toUtf8()).object(),
              QJsonDocument::fromJson(callbackLine(u"c"_qs, u"server-says-no"_qs)).object())
        << "the original line is kept whole";
    EXPECT_EQ(r.at(3).value(u"line"_qs).toInt(), 6);
    EXPECT_EQ(r.at(3).value(u"code"_qs).toString(), u"feed.bad_encoding"_qs);
    EXPECT_EQ(QByteArray::fromBase64(r.at(3).value(u"original_base64"_qs).toString().toLatin1()),
              QByteArray("\xff\xfe not utf8"));
}

TEST_F(FeedRunnerTest, ComputesDueAtFromTheUnitsPolicy) {
    FeedRunner runner(parser, policies, sink);
    vk::RejectWriter rejects(dir.filePath(u"rejects.jsonl"_qs));
    ASSERT_TRUE(feed(runner, callbackLine(u"a"_qs) + "\n", rejects).ok());
    EXPECT_EQ(sink.stored.value(u"callback/a"_qs).value(u"due_at"_qs).toString(),
              u"2026-11-23T15:30:00.000Z"_qs);
    EXPECT_FALSE(QFile::exists(rejects.path())) << "no rejects, no reject file";
}

TEST_F(FeedRunnerTest, FeedingTheSameLinesTwiceAddsNothing) {
    const QByteArray input = callbackLine(u"a"_qs) + "\n" + callbackLine(u"b"_qs) + "\n";
    FeedRunner first(parser, policies, sink);
    vk::RejectWriter rejects(dir.filePath(u"rejects.jsonl"_qs));
    ASSERT_TRUE(feed(first, input, rejects).ok());
    FeedRunner second(parser, policies, sink);
    ASSERT_TRUE(feed(second, input, rejects).ok());
    EXPECT_EQ(second.stats().inserted, 0);
    EXPECT_EQ(second.stats().duplicates, 2);
    EXPECT_EQ(sink.stored.size(), 2);
}

TEST_F(FeedRunnerTest, ALostConnectionStopsTheRunAndNamesTheLine) {
    sink.failAtCall = 2;
    const QByteArray input =
        callbackLine(u"a"_qs) + "\n" + callbackLine(u"b"_qs) + "\n" + callbackLine(u"c"_qs) + "\n";
    FeedRunner runner(parser, policies, sink);
    vk::RejectWriter rejects(dir.filePath(u"rejects.jsonl"_qs));
    const vk::Status status = feed(runner, input, rejects);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, u"region.connection_lost"_qs);
    EXPECT_TRUE(status.error().message.contains(u"line 2"_qs)) << status.error().message.toStdString();
    EXPECT_EQ(sink.calls, 2) << "nothing after the failure";
    EXPECT_EQ(runner.stats().rejected, 0) << "an unprocessed line is not a rejected line";
}

TEST_F(FeedRunnerTest, EveryInputEndsDurableOrSaysWhichLinesWereLost) {
    FeedRunner runner(parser, policies, sink);
    vk::RejectWriter rejects(dir.filePath(u"rejects.jsonl"_qs));
    ASSERT_TRUE(feed(runner, callbackLine(u"a"_qs) + "\n", rejects).ok());
    EXPECT_EQ(sink.flushes, 1);

    sink.failFlush = true;
    const vk::Status status =
        feed(runner, callbackLine(u"b"_qs) + "\n" + callbackLine(u"c"_qs) + "\n", rejects);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, u"region.commit_failed"_qs);
    EXPECT_TRUE(status.error().message.contains(u"lines 1 to 2 of input.jsonl were not stored"_qs))
        << status.error().message.toStdString();
}

TEST_F(FeedRunnerTest, StartRemovesAStaleRejectFile) {
    const QString path = dir.filePath(u"old.rejects.jsonl"_qs);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("stale\n");
    }
    vk::RejectWriter rejects(path);
    ASSERT_TRUE(rejects.start().ok());
    EXPECT_FALSE(QFile::exists(path));
    ASSERT_TRUE(rejects.write(u"x"_qs, 1, u"feed.bad_json"_qs, u"why"_qs, "line").ok());
    ASSERT_TRUE(rejects.finish().ok());
    EXPECT_EQ(readJsonLines(path).size(), 1);
    EXPECT_EQ(rejects.count(), 1);
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions())
        << "refused lines may carry patient data";
}
