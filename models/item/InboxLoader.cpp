#include "InboxLoader.h"

#include "InboxModel.h"
#include "cache/CacheDatabase.h"
#include "domain/Clock.h"

namespace vk {

InboxLoader::InboxLoader(InboxModel& model, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock) {
    qRegisterMetaType<std::shared_ptr<InboxPageReader::PageResult>>();
    m_thread.setObjectName(QStringLiteral("vardinkorg-inbox-loader"));
}

InboxLoader::~InboxLoader() {
    stop();
    m_thread.quit();
    m_thread.wait();
}

void InboxLoader::start(const CacheDatabase& cache, const QString& me) {
    stop();
    m_repository.emplace(cache.connection(), me);
    m_model.setCurrentStaff(me);
    Result<InboxRepository::Page> first =
        m_repository->nextPage({}, FirstPageSize, m_clock.now().toMSecsSinceEpoch());
    if (!first) {
        Q_EMIT failed(first.error());
        return;
    }
    m_model.reset(std::move(first->rows));
    m_next = first->next;
    if (first->atEnd()) {
        Q_EMIT finished();
        return;
    }
    if (!m_thread.isRunning()) {
        m_thread.start();
    }
    m_reader = new InboxPageReader(cache, me);
    m_reader->moveToThread(&m_thread);
    connect(m_reader, &InboxPageReader::pageRead, this, &InboxLoader::takePage);
    requestPage();
}

void InboxLoader::stop() {
    ++m_generation;
    dropReader();
    m_repository.reset();
    m_next = {};
    m_settled.clear();
}

void InboxLoader::dropReader() {
    if (m_reader == nullptr) {
        return;
    }
    InboxPageReader* reader = m_reader;
    m_reader = nullptr;
    disconnect(reader, nullptr, this, nullptr);
    // On the reader's thread and waited for: its connection must be closed before the caller may close the
    // cache (which wipes the key) or change its password. At most one page read is in progress.
    QMetaObject::invokeMethod(
        reader, [reader] { delete reader; }, Qt::BlockingQueuedConnection);
}

void InboxLoader::requestPage() {
    InboxPageReader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, generation = m_generation, after = m_next, now = m_clock.now().toMSecsSinceEpoch()] {
            reader->read(generation, after, PageSize, now);
        },
        Qt::QueuedConnection);
}

void InboxLoader::takePage(quint64 generation, const std::shared_ptr<InboxPageReader::PageResult>& page) {
    if (generation != m_generation || m_reader == nullptr) {
        return;
    }
    if (!page->ok()) {
        dropReader();
        Q_EMIT failed(page->error());
        return;
    }
    std::vector<InboxRow>& rows = page->value().rows;
    if (!m_settled.isEmpty()) {
        std::erase_if(rows, [this](const InboxRow& row) { return m_settled.contains(row.id); });
    }
    m_next = page->value().next;
    m_model.append(std::move(rows));
    if (page->value().atEnd()) {
        dropReader();
        m_settled.clear();
        Q_EMIT finished();
    } else {
        requestPage();
    }
}

void InboxLoader::refresh(const QStringList& changed, const QStringList& removed) {
    if (!m_repository) {
        return;
    }
    if (isLoading()) {
        for (const QString& id : changed) {
            m_settled.insert(id);
        }
        for (const QString& id : removed) {
            m_settled.insert(id);
        }
    }
    if (!removed.isEmpty()) {
        m_model.remove(removed);
    }
    if (changed.isEmpty()) {
        return;
    }
    Result<std::vector<InboxRow>> rows = m_repository->rowsByIds(changed, m_clock.now().toMSecsSinceEpoch());
    if (!rows) {
        Q_EMIT failed(rows.error());
        return;
    }
    if (m_announceArrivals) {
        m_model.upsert(std::move(rows).value());
    } else {
        m_model.append(std::move(rows).value());
    }
}

} // namespace vk
