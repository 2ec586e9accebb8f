#include "InboxSearch.h"

#include "InboxRow.h"
#include "domain/TextFold.h"

#include <algorithm>

namespace vk {

namespace {

// At least a birth date's worth of digits before a query is treated as an identity number; shorter digit runs
// (a street number in a subject, "1177") are searched as text.
constexpr int MinIdentityDigits = 6;

bool looksLikeIdentityNumber(const QString& query) {
    int digits = 0;
    for (const QChar c : query) {
        if (c.isDigit()) {
            ++digits;
        } else if (c != QLatin1Char('-') && c != QLatin1Char('+') && !c.isSpace()) {
            return false;
        }
    }
    return digits >= MinIdentityDigits;
}

} // namespace

InboxSearch::InboxSearch(const QString& query) {
    const QString trimmed = query.trimmed();
    if (looksLikeIdentityNumber(trimmed)) {
        for (const QChar c : trimmed) {
            if (c.isDigit()) {
                m_digits.append(c);
            }
        }
    } else {
        const QStringList words = fold(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            m_matchers.append(QStringMatcher(word, Qt::CaseSensitive));
            m_utf8Words.append(word.toUtf8());
        }
    }
}

QString InboxSearch::fold(const QString& text) {
    return foldForMatching(text);
}

QString InboxSearch::searchTextFor(const InboxRow& row) {
    return fold(row.patientName + QLatin1Char('\n') + row.subject + QLatin1Char('\n') + row.reason);
}

bool InboxSearch::matches(const InboxRow& row) const {
    if (!m_digits.isEmpty()) {
        // The stored form has 12 digits (YYYYMMDDNNNC); a 10-digit query (with "-" or "+") lacks the century,
        // which the match then ignores. The caller's number also counts for unidentified voicemail callers.
        return row.identityNumber.contains(m_digits) ||
               (m_digits.size() >= 7 && row.callerPhone.contains(m_digits.right(7)));
    }
    return std::all_of(m_matchers.cbegin(), m_matchers.cend(), [&row](const QStringMatcher& matcher) {
        return matcher.indexIn(row.searchText) >= 0;
    });
}

} // namespace vk
