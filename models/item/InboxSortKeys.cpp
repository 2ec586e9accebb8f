#include "InboxSortKeys.h"

namespace vk {

void InboxSortKeys::assign(const std::vector<InboxRow>& rows) {
    clear();
    m_channel.reserve(rows.size());
    m_status.reserve(rows.size());
    m_offerState.reserve(rows.size());
    m_receivedMs.reserve(rows.size());
    m_dueMs.reserve(rows.size());
    m_idPrefix.reserve(rows.size());
    for (const InboxRow& row : rows) {
        append(row);
    }
}

void InboxSortKeys::append(const InboxRow& row) {
    m_channel.push_back(row.channel);
    m_status.push_back(row.status);
    m_offerState.push_back(row.offerState);
    m_receivedMs.push_back(row.receivedMs);
    m_dueMs.push_back(row.dueMs);
    m_idPrefix.push_back(idPrefix(row.id));
}

void InboxSortKeys::set(std::size_t index, const InboxRow& row) {
    m_channel[index] = row.channel;
    m_status[index] = row.status;
    m_offerState[index] = row.offerState;
    m_receivedMs[index] = row.receivedMs;
    m_dueMs[index] = row.dueMs;
    m_idPrefix[index] = idPrefix(row.id);
}

void InboxSortKeys::erase(std::size_t index) {
    const auto at = static_cast<std::ptrdiff_t>(index);
    m_channel.erase(m_channel.begin() + at);
    m_status.erase(m_status.begin() + at);
    m_offerState.erase(m_offerState.begin() + at);
    m_receivedMs.erase(m_receivedMs.begin() + at);
    m_dueMs.erase(m_dueMs.begin() + at);
    m_idPrefix.erase(m_idPrefix.begin() + at);
}

void InboxSortKeys::clear() {
    std::vector<Channel>().swap(m_channel);
    std::vector<ContactStatus>().swap(m_status);
    std::vector<ContactOffer::State>().swap(m_offerState);
    std::vector<qint64>().swap(m_receivedMs);
    std::vector<qint64>().swap(m_dueMs);
    std::vector<quint64>().swap(m_idPrefix);
}

quint64 InboxSortKeys::idPrefix(const QString& id) {
    quint64 prefix = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        prefix = (prefix << 16) | (i < id.size() ? id.at(i).unicode() : 0U);
    }
    return prefix;
}

} // namespace vk
