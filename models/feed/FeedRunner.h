#pragma once

#include "domain/DeadlinePolicy.h"
#include "domain/Result.h"
#include "feed/FeedLineParser.h"
#include "feed/IngestSink.h"

#include <QHash>
#include <QIODevice>
#include <QString>

namespace vk {

class RejectWriter;

/// Feeds JSON Lines into the region store: every line is parsed and validated, gets its due_at from the
/// unit's DeadlinePolicy and goes to the IngestSink; refused lines (ours or the store's) go to the
/// RejectWriter with the line number and reason. Nothing is dropped: every non-blank line ends up inserted,
/// duplicate or rejected.
class FeedRunner {
public:
    /// What happened to the lines of one or more inputs.
    struct Stats {
        qint64 lines = 0; ///< non-blank lines read
        qint64 inserted = 0;
        qint64 duplicates = 0;
        qint64 rejected = 0;
        qint64 blank = 0;
    };

    /// A runner validating with `parser`, deadlines from `policies` (by unit HSA-id), storing into `sink`.
    FeedRunner(const FeedLineParser& parser, QHash<QString, DeadlinePolicy> policies, IngestSink& sink);

    /// Feeds every line of `input` (named `sourceName` in the reject file) and adds to stats(). A fatal
    /// problem (the store went away, the reject file cannot be written) stops the run with an error naming
    /// the line.
    [[nodiscard]] Status run(QIODevice& input, const QString& sourceName, RejectWriter& rejects);

    /// Fills in dueAt of a contact event from its unit's policy; fails when the unit has no settings.
    [[nodiscard]] Status computeDue(FeedEvent& event) const;

    /// Totals so far.
    [[nodiscard]] const Stats& stats() const { return m_stats; }

private:
    const FeedLineParser& m_parser;
    QHash<QString, DeadlinePolicy> m_policies;
    IngestSink& m_sink;
    Stats m_stats;
};

} // namespace vk
