#include "FeedRunner.h"

#include "feed/RejectWriter.h"

namespace vk {

FeedRunner::FeedRunner(const FeedLineParser& parser, QHash<QString, DeadlinePolicy> policies,
                       IngestSink& sink)
    : m_parser(parser)
    , m_policies(std::move(policies))
    , m_sink(sink) {}

Status FeedRunner::computeDue(FeedEvent& event) const {
    if (!event.isContact()) {
        return Done{};
    }
    const auto policy = m_policies.constFind(event.unitHsaId);
    if (policy == m_policies.cend()) {
        return Error{QStringLiteral("feed.unknown_unit"),
                     QStringLiteral("field 'unit' names no known care unit")};
    }
    event.dueAt = event.kind == FeedEvent::Kind::Eservice
                      ? policy->eserviceWindow(event.receivedAt).due
                      : policy->phoneWindow(event.receivedAt, event.bookedSlot).due;
    if (!event.dueAt.isValid()) {
        return Error{QStringLiteral("feed.no_working_day"),
                     QStringLiteral("the unit has no working day within ten years: check its closed days")};
    }
    return Done{};
}

Status FeedRunner::run(QIODevice& input, const QString& sourceName, RejectWriter& rejects) {
    qint64 lineNumber = 0;
    const auto reject = [&](const QByteArray& original, const Error& e) -> Status {
        ++m_stats.rejected;
        return rejects.write(sourceName, lineNumber, e.code, e.message, original);
    };
    qint64 storedUpTo = 0; // the last line whose event is durable
    const auto flush = [&]() -> Status {
        if (const Status s = m_sink.flush(); !s) {
            return Error{s.error().code,
                         QStringLiteral(
                             "%1: lines %2 to %3 of %4 were not stored; feed the input again (lines already "
                             "stored count as duplicates)")
                             .arg(s.error().message)
                             .arg(storedUpTo + 1)
                             .arg(lineNumber)
                             .arg(sourceName)};
        }
        storedUpTo = lineNumber;
        return Done{};
    };
    while (true) {
        // Commit before the input may block: a slow stream (a pipe from the telephony) never holds events
        // back.
        if (!input.canReadLine() && input.isSequential()) {
            if (const Status s = flush(); !s) {
                return s;
            }
        }
        QByteArray line = input.readLine();
        if (line.isEmpty()) {
            break; // end of input (an empty line still has its '\n')
        }
        ++lineNumber;
        if (line.endsWith('\n')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            ++m_stats.blank;
            continue;
        }
        ++m_stats.lines;
        Result<FeedEvent> event = m_parser.parse(line);
        if (!event) {
            if (const Status s = reject(line, event.error()); !s) {
                return s;
            }
            continue;
        }
        if (const Status due = computeDue(event.value()); !due) {
            if (const Status s = reject(line, due.error()); !s) {
                return s;
            }
            continue;
        }
        const Result<IngestSink::Outcome> outcome = m_sink.ingest(event->toIngestJson());
        if (!outcome) {
            if (outcome.error().is("feed.server_rejected")) {
                if (const Status s = reject(line, outcome.error()); !s) {
                    return s;
                }
                continue;
            }
            return Error{
                outcome.error().code,
                QStringLiteral("%1: stopped at line %2 of %3; lines %4 to %2 were not stored, feed the input "
                               "again (lines already stored count as duplicates)")
                    .arg(outcome.error().message)
                    .arg(lineNumber)
                    .arg(sourceName)
                    .arg(storedUpTo + 1)};
        }
        ++(outcome.value() == IngestSink::Outcome::Inserted ? m_stats.inserted : m_stats.duplicates);
    }
    if (input.bytesAvailable() > 0 || (!input.atEnd() && !input.isSequential())) {
        return Error{QStringLiteral("feed.read_failed"), QStringLiteral("reading %1 failed").arg(sourceName)};
    }
    return flush();
}

} // namespace vk
