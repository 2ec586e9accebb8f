// Hostile input for the feed line parser (models/feed/FeedLineParser): one JSON Lines line from the telephony
// or 1177 export. Properties: a refused line names a stable feed.* code and a reason that never repeats a
// value longer than a word; an accepted event written back as a feed line is accepted again as the same
// event.
#include "FixedClock.h"
#include "FuzzCheck.h"
#include "feed/FeedLineParser.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace vk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const test::FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc()));
    static const FeedLineParser parser(
        {QStringLiteral("SE2321000016-VKHC1"), QStringLiteral("SE2321000016-VKHC2")}, clock);
    const Result<FeedEvent> event =
        parser.parse(QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!event.ok()) {
        VK_FUZZ_CHECK(event.error().code.startsWith(QLatin1String("feed.")));
        return 0;
    }
    const QByteArray line = QJsonDocument(event->toFeedJson()).toJson(QJsonDocument::Compact);
    const Result<FeedEvent> again = parser.parse(line);
    VK_FUZZ_CHECK(again.ok());
    VK_FUZZ_CHECK(QJsonDocument(again->toIngestJson()).toJson() ==
                  QJsonDocument(event->toIngestJson()).toJson());
    return 0;
}
