// Hostile input for the CSV reader and the code-list import (models/domain/CsvReader,
// CodeCatalogue::fromCsv): a file an administrator imports. Properties: every record read, written back with
// CsvReader::quote, reads as the same fields; an accepted code list exported and imported again is the same
// list.
#include "FuzzCheck.h"
#include "domain/CodeCatalogue.h"
#include "domain/CsvReader.h"

#include <cstddef>
#include <cstdint>

using namespace vk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const CsvReader::Parsed parsed = CsvReader::parse(text);
    for (const CsvReader::Row& row : parsed.rows) {
        QStringList quoted;
        for (const QString& field : row.fields) {
            quoted << CsvReader::quote(field);
        }
        const CsvReader::Parsed again = CsvReader::parse(quoted.join(QLatin1Char(',')) + QLatin1Char('\n'));
        // A record of one empty field is a blank line, which the reader skips.
        if (row.fields.size() == 1 && row.fields.first().isEmpty()) {
            continue;
        }
        VK_FUZZ_CHECK(again.problems.isEmpty() && again.rows.size() == 1 &&
                      again.rows.first().fields == row.fields);
    }
    const Result<CodeCatalogue> codes = CodeCatalogue::fromCsv(text);
    if (codes.ok()) {
        const Result<CodeCatalogue> again = CodeCatalogue::fromCsv(codes->toCsv());
        VK_FUZZ_CHECK(again.ok() && again->toCsv() == codes->toCsv());
    }
    return 0;
}
