#pragma once

#include "domain/CodeEntry.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vk {

/// The eftermärkning code list: parsed and validated from CSV (header code,label_sv,label_en and optionally
/// sort_order,active, in any order; the one format the desk, the admin tool's import-codes and export-codes
/// share), looked up by code, and matched while the user types for the
/// completion dialog.
class CodeCatalogue {
    Q_DECLARE_TR_FUNCTIONS(vk::CodeCatalogue)

public:
    /// A problem on one line of a CSV import. `code` is stable ("codes.duplicate_code", …).
    struct LineError {
        int line = 0;
        QString code;
        QString message;
    };

    /// An empty catalogue.
    CodeCatalogue() = default;
    /// A catalogue of `entries` (assumed valid, e.g. read back from the database).
    explicit CodeCatalogue(QList<CodeEntry> entries);

    /// Parses and validates a CSV code list. On any problem fails with "codes.invalid_csv" whose message
    /// lists the problems line by line; `lineErrors` (optional) receives them one by one. Any number of codes
    /// is accepted.
    [[nodiscard]] static Result<CodeCatalogue> fromCsv(const QString& text,
                                                       QList<LineError>* lineErrors = nullptr);
    /// The 21 default codes shipped as the resource ":/codes/default_codes.csv".
    [[nodiscard]] static Result<CodeCatalogue> defaultCatalogue();

    /// The catalogue as CSV in the import format (round-trips through fromCsv).
    [[nodiscard]] QString toCsv() const;

    /// Every code, active or not, in sort order.
    [[nodiscard]] const QList<CodeEntry>& entries() const { return m_entries; }
    /// The active codes in sort order: what the completion dialog offers.
    [[nodiscard]] QList<CodeEntry> activeCodes() const;
    /// The entry for `code` (exact, case-insensitive), active or not; nullptr when unknown.
    [[nodiscard]] const CodeEntry* find(const QString& code) const;
    /// True when `code` exists and is active (what a completion may use).
    [[nodiscard]] bool isActive(const QString& code) const;

    /// Type-ahead: active codes whose code or Swedish or English label matches `typed` as a prefix of the
    /// code, of the label or of a word in the label; case- and diacritic-insensitive ("ovr" finds "Övrigt").
    /// Best first: exact code, code prefix, label prefix, word prefix; then sort order. Empty input gives all
    /// active codes.
    [[nodiscard]] QList<CodeEntry> match(const QString& typed) const;

    /// Lower case without diacritics ("Övrigt" -> "ovrigt"): the form matching compares.
    [[nodiscard]] static QString fold(const QString& text);

private:
    QList<CodeEntry> m_entries;
};

} // namespace vk
