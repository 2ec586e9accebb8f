#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace vk {

/// A strict RFC 4180 CSV reader: comma separated, fields optionally in double quotes ("" inside quotes is a
/// quote, quoted fields may span lines), LF or CRLF line ends, an optional UTF-8 byte order mark. Blank lines
/// are skipped. Every problem is reported with the line it starts on; nothing is guessed.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(vk::CsvReader)

public:
    /// One record and the (1-based) line it starts on.
    struct Row {
        int line = 0;
        QStringList fields;
    };
    /// A syntax problem: stable code ("csv.unterminated_quote", "csv.stray_quote", "csv.text_after_quote")
    /// and a translated message.
    struct Problem {
        int line = 0;
        QString code;
        QString message;
    };
    /// The records read and the problems met; a record with a problem is left out of `rows`.
    struct Parsed {
        QList<Row> rows;
        QList<Problem> problems;
    };

    /// Reads the whole text.
    [[nodiscard]] static Parsed parse(const QString& text);
    /// Quotes `field` when it needs it (comma, quote, line break, leading or trailing space).
    [[nodiscard]] static QString quote(const QString& field);
};

} // namespace vk
