#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringMatcher>

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

    [[nodiscard]] bool isEmpty() const { return m_matchers.isEmpty() && m_digits.isEmpty(); }
    [[nodiscard]] bool matches(const InboxRow& row) const;

    /// A search over the folded text (not an identity number): InboxSearchIndex can run it over every row at
    /// once with the same rule as matches() — every folded word occurs in the row's searchText.
    [[nodiscard]] bool isTextSearch() const { return !m_matchers.isEmpty(); }
    [[nodiscard]] const QList<QByteArray>& utf8Words() const { return m_utf8Words; }

    /// The folded form stored in InboxRow::searchText.
    [[nodiscard]] static QString fold(const QString& text);
    [[nodiscard]] static QString searchTextFor(const InboxRow& row);

private:
    /// One precomputed matcher per folded word of the query (all must occur), when it is not an identity
    /// number: a search runs over every cached contact after each pause in typing.
    QList<QStringMatcher> m_matchers;
    QList<QByteArray> m_utf8Words; ///< the same folded words, for InboxSearchIndex
    QString m_digits;              ///< the query's digits, when it looks like (part of) an identity number
};

} // namespace vk
