#pragma once

#include <QByteArray>

#include <vector>

namespace vk {

class InboxModel;
class InboxSearch;

/// The folded search texts of every inbox row in one contiguous UTF-8 buffer, so that a text search over 100k
/// cached contacts is one memmem pass per word over sequential memory instead of a visit to 100k scattered
/// strings (which cost 50–90 ms at 100k, DESIGN's budget is 30). Built on the first search after the rows
/// changed; the proxy invalidates it whenever its source changes.
class InboxSearchIndex {
public:
    void invalidate() { m_valid = false; }

    /// One flag per source row of `model`: does the row's search text contain every word of `search`? Only
    /// for text searches (InboxSearch::isTextSearch()); identity-number searches match on other fields.
    [[nodiscard]] std::vector<char> matchRows(const InboxModel& model, const InboxSearch& search);

private:
    void rebuild(const InboxModel& model);

    QByteArray m_text;               ///< every row's search text, each followed by a NUL
    std::vector<qsizetype> m_starts; ///< where each row's text starts in m_text
    bool m_valid = false;
};

} // namespace vk
