#include "CsvReader.h"

namespace vk {

namespace {

// The reader's state while it walks one record.
struct RecordBuilder {
    QStringList fields;
    QString field;
    bool quoted = false;     // the current field started with a quote
    bool inQuotes = false;   // inside the quotes of the current field
    bool afterQuote = false; // the closing quote of the current field has been read
    bool broken = false;     // a problem was reported for this record
    int startLine = 0;

    void reset(int line) {
        fields.clear();
        field.clear();
        quoted = inQuotes = afterQuote = broken = false;
        startLine = line;
    }
    void endField() {
        fields.append(field);
        field.clear();
        quoted = inQuotes = afterQuote = false;
    }
};

} // namespace

CsvReader::Parsed CsvReader::parse(const QString& text) {
    Parsed out;
    QStringView input(text);
    if (input.startsWith(QChar(0xFEFF))) {
        input = input.mid(1);
    }
    int line = 1;
    RecordBuilder rec;
    rec.reset(line);

    const auto problem = [&](const char* code, const QString& message) {
        if (!rec.broken) {
            out.problems.append(Problem{rec.startLine, QString::fromLatin1(code), message});
            rec.broken = true;
        }
    };
    const auto endRecord = [&]() {
        rec.endField();
        const bool blank = rec.fields.size() == 1 && rec.fields.front().isEmpty();
        if (!rec.broken && !blank) {
            out.rows.append(Row{rec.startLine, rec.fields});
        }
    };

    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (rec.inQuotes) {
            if (c == u'"') {
                if (i + 1 < input.size() && input.at(i + 1) == u'"') {
                    rec.field.append(u'"');
                    ++i;
                } else {
                    rec.inQuotes = false;
                    rec.afterQuote = true;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                rec.field.append(c);
            }
            continue;
        }
        if (c == u'\r' && i + 1 < input.size() && input.at(i + 1) == u'\n') {
            continue; // CRLF: the LF ends the record
        }
        if (c == u'\n') {
            endRecord();
            ++line;
            rec.reset(line);
            continue;
        }
        if (c == u',') {
            rec.endField();
            continue;
        }
        if (rec.afterQuote) {
            problem("csv.text_after_quote", tr("Text follows the closing quote of a field."));
            continue;
        }
        if (c == u'"') {
            if (rec.field.isEmpty() && !rec.quoted) {
                rec.quoted = rec.inQuotes = true;
            } else {
                problem("csv.stray_quote", tr("A quote appears inside a field that is not quoted."));
            }
            continue;
        }
        rec.field.append(c);
    }
    if (rec.inQuotes) {
        problem("csv.unterminated_quote", tr("A quoted field is not closed."));
    }
    endRecord();
    return out;
}

QString CsvReader::quote(const QString& field) {
    const bool needs = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                       field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needs) {
        return field;
    }
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace vk
