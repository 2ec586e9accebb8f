#include "InboxLoader.h"

#include "InboxModel.h"
#include "domain/Clock.h"

namespace vk {

InboxLoader::InboxLoader(InboxModel& model, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock) {
    // A zero interval runs one page per pass of the event loop: input and painting get their turn in between.
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &InboxLoader::loadNextPage);
}

void InboxLoader::start(QSqlDatabase database, const QString& me) {
    stop();
    m_repository.emplace(std::move(database), me);
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
    } else {
        m_timer.start();
    }
}

void InboxLoader::stop() {
    m_timer.stop();
    m_repository.reset();
    m_next = {};
}

void InboxLoader::loadNextPage() {
    if (!m_repository) {
        m_timer.stop();
        return;
    }
    Result<InboxRepository::Page> page =
        m_repository->nextPage(m_next, PageSize, m_clock.now().toMSecsSinceEpoch());
    if (!page) {
        m_timer.stop();
        Q_EMIT failed(page.error());
        return;
    }
    m_next = page->next;
    const bool done = page->atEnd();
    m_model.append(std::move(page->rows));
    if (done) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

void InboxLoader::refresh(const QStringList& changed, const QStringList& removed) {
    if (!m_repository) {
        return;
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
