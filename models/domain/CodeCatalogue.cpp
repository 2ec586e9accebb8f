#include "CodeCatalogue.h"

#include "TextFold.h"

#include "domain/CsvReader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vk {

namespace {

constexpr qsizetype kMaxLabelLength = 200;
constexpr qsizetype kRequiredColumns = 3; // code, label_sv, label_en: the first three of columns()
constexpr int kMaxErrorsInMessage = 20;

const QStringList& columns() {
    static const QStringList names{QStringLiteral("code"), QStringLiteral("label_sv"),
                                   QStringLiteral("label_en"), QStringLiteral("sort_order"),
                                   QStringLiteral("active")};
    return names;
}

bool hasControlCharacters(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

std::optional<bool> parseActive(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"ja") {
        return true;
    }
    if (t == u"false" || t == u"0" || t == u"no" || t == u"nej") {
        return false;
    }
    return std::nullopt;
}

void sortEntries(QList<CodeEntry>& entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const CodeEntry& a, const CodeEntry& b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.code < b.code;
    });
}

// 0 exact code, 1 code prefix, 2 label prefix, 3 prefix of a word in a label; -1 no match.
int matchRank(const CodeEntry& entry, const QString& folded) {
    const QString code = CodeCatalogue::fold(entry.code);
    if (code == folded) {
        return 0;
    }
    if (code.startsWith(folded)) {
        return 1;
    }
    int best = -1;
    for (const QString& label : {entry.labelSv, entry.labelEn}) {
        const QString l = CodeCatalogue::fold(label);
        if (l.startsWith(folded)) {
            return 2;
        }
        // A prefix starting at any word: "lak" finds "Boka läkarbesök", "boka lak" too.
        for (qsizetype i = 1; best < 0 && i < l.size(); ++i) {
            if (!l.at(i - 1).isLetterOrNumber() && l.at(i).isLetterOrNumber() &&
                QStringView(l).mid(i).startsWith(folded)) {
                best = 3;
            }
        }
    }
    return best;
}

} // namespace

CodeCatalogue::CodeCatalogue(QList<CodeEntry> entries)
    : m_entries(std::move(entries)) {
    sortEntries(m_entries);
}

QString CodeCatalogue::fold(const QString& text) {
    return foldForMatching(text);
}

Result<CodeCatalogue> CodeCatalogue::fromCsv(const QString& text, QList<LineError>* lineErrors) {
    QList<LineError> errors;
    const auto fail = [&](int line, const char* code, const QString& message) {
        errors.append(LineError{line, QString::fromLatin1(code), message});
    };

    // A spreadsheet's UTF-8 export starts with a byte-order mark; it is not part of the first column's name.
    const CsvReader::Parsed csv =
        CsvReader::parse(text.startsWith(QChar(0xfeff)) ? QStringView(text).mid(1).toString() : text);
    for (const CsvReader::Problem& p : csv.problems) {
        errors.append(LineError{p.line, p.code, p.message});
    }

    QList<CodeEntry> entries;
    QHash<QString, int> firstLineOfCode;
    QList<int> index; // column position of each name in columns(); -1 for an optional column left out
    bool headerOk = false;
    if (!csv.rows.isEmpty()) {
        const CsvReader::Row& header = csv.rows.front();
        QStringList names;
        for (const QString& f : header.fields) {
            names.append(f.trimmed().toLower());
        }
        // code and both labels are required; sort_order and active may be left out (line order, active),
        // and a column the list does not know is refused rather than silently dropped.
        headerOk = std::all_of(names.cbegin(), names.cend(),
                               [](const QString& name) { return columns().contains(name); }) &&
                   names.size() == QSet<QString>(names.cbegin(), names.cend()).size();
        for (const QString& column : columns()) {
            index.append(int(names.indexOf(column)));
            headerOk = headerOk && (index.size() > kRequiredColumns || index.back() >= 0);
        }
        if (!headerOk) {
            fail(header.line, "codes.bad_header",
                 tr("The first line must name the columns code, label_sv and label_en, and may name "
                    "sort_order and active."));
        }
    }

    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9_]{1,16}$"));
    const qsizetype fieldCount = csv.rows.isEmpty() ? 0 : csv.rows.front().fields.size();
    for (qsizetype r = 1; headerOk && r < csv.rows.size(); ++r) {
        const CsvReader::Row& row = csv.rows.at(r);
        if (row.fields.size() == 1 && row.fields.front().trimmed().isEmpty()) {
            continue; // a blank line, often the last one of a hand-edited file
        }
        if (row.fields.size() != fieldCount) {
            fail(row.line, "codes.field_count",
                 tr("Expected %1 fields but found %2.").arg(fieldCount).arg(row.fields.size()));
            continue;
        }
        const auto field = [&](int column) {
            return index.at(column) < 0 ? QString() : row.fields.at(index.at(column)).trimmed();
        };
        CodeEntry entry;
        entry.code = field(0);
        entry.labelSv = field(1);
        entry.labelEn = field(2);
        const qsizetype before = errors.size();
        if (entry.code.isEmpty()) {
            fail(row.line, "codes.missing_code", tr("The code is empty."));
        } else if (!codePattern.match(entry.code).hasMatch()) {
            fail(row.line, "codes.bad_code",
                 tr("A code may only contain capital letters A-Z, digits and '_' (at most 16)."));
        } else if (const auto seen = firstLineOfCode.constFind(entry.code); seen != firstLineOfCode.cend()) {
            fail(row.line, "codes.duplicate_code",
                 tr("The code \"%1\" is already defined on line %2.").arg(entry.code).arg(seen.value()));
        }
        if (entry.labelSv.isEmpty()) {
            fail(row.line, "codes.missing_label", tr("The Swedish label is empty."));
        }
        if (entry.labelEn.isEmpty()) {
            fail(row.line, "codes.missing_label", tr("The English label is empty."));
        }
        if (entry.labelSv.size() > kMaxLabelLength || entry.labelEn.size() > kMaxLabelLength) {
            fail(row.line, "codes.label_too_long", tr("A label is longer than 200 characters."));
        }
        if (hasControlCharacters(entry.labelSv) || hasControlCharacters(entry.labelEn)) {
            fail(row.line, "codes.bad_characters", tr("A label contains control characters."));
        }
        bool sortOk = true;
        entry.sortOrder = field(3).isEmpty() ? int(r) * 10 : field(3).toInt(&sortOk);
        if (!sortOk) {
            fail(row.line, "codes.bad_sort_order", tr("The sort order must be a whole number."));
        }
        const std::optional<bool> active = field(4).isEmpty() ? true : parseActive(field(4));
        if (!active) {
            fail(row.line, "codes.bad_active", tr("The active column must be true or false."));
        }
        entry.active = active.value_or(false);
        if (errors.size() == before) {
            firstLineOfCode.insert(entry.code, row.line);
            entries.append(entry);
        }
    }
    if (errors.isEmpty() && entries.isEmpty()) {
        fail(csv.rows.isEmpty() ? 1 : csv.rows.front().line, "codes.empty",
             tr("The file contains no codes."));
    }

    if (lineErrors) {
        *lineErrors = errors;
    }
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const LineError& e : errors.mid(0, kMaxErrorsInMessage)) {
            lines.append(tr("Line %1: %2").arg(e.line).arg(e.message));
        }
        if (errors.size() > kMaxErrorsInMessage) {
            lines.append(
                tr("%n more problem(s) not shown.", nullptr, int(errors.size() - kMaxErrorsInMessage)));
        }
        return Error{QStringLiteral("codes.invalid_csv"),
                     tr("The code list was not imported:") + u'\n' + lines.join(u'\n')};
    }
    return CodeCatalogue(std::move(entries));
}

Result<CodeCatalogue> CodeCatalogue::defaultCatalogue() {
    QFile file(QStringLiteral(":/codes/default_codes.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("codes.missing_default"), tr("The built-in code list is missing.")};
    }
    return fromCsv(QString::fromUtf8(file.readAll()));
}

QString CodeCatalogue::toCsv() const {
    QString out = columns().join(u',') + u'\n';
    for (const CodeEntry& e : m_entries) {
        out += CsvReader::quote(e.code) + u',' + CsvReader::quote(e.labelSv) + u',' +
               CsvReader::quote(e.labelEn) + u',' + QString::number(e.sortOrder) + u',' +
               (e.active ? u"true" : u"false") + u'\n';
    }
    return out;
}

QList<CodeEntry> CodeCatalogue::activeCodes() const {
    QList<CodeEntry> out;
    std::copy_if(m_entries.cbegin(), m_entries.cend(), std::back_inserter(out),
                 [](const CodeEntry& e) { return e.active; });
    return out;
}

const CodeEntry* CodeCatalogue::find(const QString& code) const {
    const QString wanted = code.trimmed();
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const CodeEntry& e) {
        return e.code.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    return it == m_entries.cend() ? nullptr : &*it;
}

bool CodeCatalogue::isActive(const QString& code) const {
    const CodeEntry* entry = find(code);
    return entry && entry->active;
}

QList<CodeEntry> CodeCatalogue::match(const QString& typed) const {
    const QString folded = fold(typed);
    if (folded.isEmpty()) {
        return activeCodes();
    }
    QList<std::pair<int, CodeEntry>> ranked;
    for (const CodeEntry& e : m_entries) {
        if (!e.active) {
            continue;
        }
        const int rank = matchRank(e, folded);
        if (rank >= 0) {
            ranked.append({rank, e});
        }
    }
    // Entries are already in sort order, so a stable sort on rank keeps that order within a rank.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<CodeEntry> out;
    for (const auto& [rank, entry] : ranked) {
        out.append(entry);
    }
    return out;
}

} // namespace vk
