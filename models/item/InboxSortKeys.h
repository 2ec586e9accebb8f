#pragma once

#include "InboxRow.h"

#include <vector>

namespace vk {

/// The inbox rows' numeric sort and filter keys as columns (a struct of arrays), kept by InboxModel in step
/// with its rows. A sort or filter change over 100k contacts then reads a few contiguous arrays instead of
/// visiting 100k large rows, each visit a cache miss (the rows are several hundred bytes apart).
class InboxSortKeys {
public:
    /// Replaces every column with the keys of `rows`.
    void assign(const std::vector<InboxRow>& rows);
    void append(const InboxRow& row);
    /// Row `index` changed (its value or its offer state).
    void set(std::size_t index, const InboxRow& row);
    void erase(std::size_t index);
    /// Drops every column and releases its memory (the desk locked).
    void clear();

    [[nodiscard]] std::size_t size() const { return m_dueMs.size(); }
    [[nodiscard]] Channel channel(std::size_t index) const { return m_channel[index]; }
    [[nodiscard]] ContactStatus status(std::size_t index) const { return m_status[index]; }
    [[nodiscard]] ContactOffer::State offerState(std::size_t index) const { return m_offerState[index]; }
    [[nodiscard]] const std::vector<Channel>& channels() const { return m_channel; }
    [[nodiscard]] const std::vector<ContactStatus>& statuses() const { return m_status; }
    [[nodiscard]] const std::vector<ContactOffer::State>& offerStates() const { return m_offerState; }
    [[nodiscard]] const std::vector<qint64>& receivedMs() const { return m_receivedMs; }
    [[nodiscard]] const std::vector<qint64>& dueMs() const { return m_dueMs; }
    [[nodiscard]] const std::vector<quint64>& idPrefixes() const { return m_idPrefix; }

    /// The id's first four UTF-16 units as one number (shorter ids padded with zeros): two ids whose prefixes
    /// differ order like their prefixes; equal prefixes say nothing.
    [[nodiscard]] static quint64 idPrefix(const QString& id);

private:
    std::vector<Channel> m_channel;
    std::vector<ContactStatus> m_status;
    std::vector<ContactOffer::State> m_offerState;
    std::vector<qint64> m_receivedMs;
    std::vector<qint64> m_dueMs;
    std::vector<quint64> m_idPrefix;
};

} // namespace vk
