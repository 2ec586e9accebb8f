#pragma once

#include <QStringList>

namespace vk {

struct InboxRow;

/// The inbox's search rule, shared by the loader (which prepares rows) and the proxy (which matches them):
/// case- and diacritic-insensitive text over name, subject and reason, and identity numbers in any written
/// form.
class InboxSearch {
public:
    InboxSearch() = default;
    /// Prepares a query once; matching a row is then cheap.
    explicit InboxSearch(const QString& query);

    [[nodiscard]] bool isEmpty() const { return m_words.isEmpty() && m_digits.isEmpty(); }
    [[nodiscard]] bool matches(const InboxRow& row) const;

    /// The folded form stored in InboxRow::searchText.
    [[nodiscard]] static QString fold(const QString& text);
    [[nodiscard]] static QString searchTextFor(const InboxRow& row);

private:
    QStringList
        m_words; ///< folded words of the query, all of which must occur, when it is not an identity number
    QString m_digits; ///< the query's digits, when it looks like (part of) an identity number
};

} // namespace vk
