#pragma once

#include "domain/Result.h"

#include <QJsonObject>

namespace vk {

/// Where validated feed events go: the region store's `region.ingest(event jsonb)`, or a test double.
class IngestSink {
public:
    /// What the store did with an event.
    enum class Outcome { Inserted, Duplicate };

    virtual ~IngestSink();
    /// Stores one event (the ingest shape). Fails with "feed.server_rejected" when the store refuses the
    /// event itself (the line goes to the reject file with the store's reason); any other error is fatal for
    /// the run.
    [[nodiscard]] virtual Result<Outcome> ingest(const QJsonObject& event) = 0;
    /// Makes everything ingested so far durable (a sink may batch commits); called before the input would
    /// block and at the end of every input. Fails fatally when the batch could not be stored.
    [[nodiscard]] virtual Status flush() { return Done{}; }
};

} // namespace vk
