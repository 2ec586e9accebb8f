#include "InboxSearchIndex.h"

#include "InboxModel.h"
#include "InboxSearch.h"

#include <algorithm>
#include <cstring>

namespace vk {

std::vector<char> InboxSearchIndex::matchRows(const InboxModel& model, const InboxSearch& search) {
    if (!m_valid) {
        rebuild(model);
    }
    const auto rowCount = m_starts.size();
    // A row matches when every word occurs in it: count per row the words found, each word counted once.
    std::vector<int> found(rowCount, 0);
    int words = 0;
    for (const QByteArray& word : search.utf8Words()) {
        ++words;
        const char* const begin = m_text.constData();
        const char* const end = begin + m_text.size();
        const char* at = begin;
        while (at < end) {
            // The texts are folded UTF-8 and so is the word, and a word never contains the NUL between rows:
            // a byte match is a match of whole characters inside one row.
            const void* hit = memmem(at, static_cast<std::size_t>(end - at), word.constData(),
                                     static_cast<std::size_t>(word.size()));
            if (hit == nullptr) {
                break;
            }
            const auto offset = static_cast<const char*>(hit) - begin;
            const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
            const auto row = static_cast<std::size_t>(next - m_starts.begin()) - 1;
            if (found[row] == words - 1) {
                found[row] = words;
            }
            at = next == m_starts.end() ? end : begin + *next; // the rest of this row cannot count again
        }
    }
    std::vector<char> matches(rowCount, 0);
    for (std::size_t row = 0; row < rowCount; ++row) {
        matches[row] = found[row] == words ? 1 : 0;
    }
    return matches;
}

void InboxSearchIndex::rebuild(const InboxModel& model) {
    const int rows = model.rowCount();
    m_starts.clear();
    m_starts.reserve(static_cast<std::size_t>(rows));
    m_text.clear();
    for (int row = 0; row < rows; ++row) {
        m_starts.push_back(m_text.size());
        m_text.append(model.rowAt(row).searchText.toUtf8());
        m_text.append('\0');
    }
    m_valid = true;
}

} // namespace vk
