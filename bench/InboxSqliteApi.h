#pragma once
// The inbox workload over the SQLite C API, shared word for word by both benchmark programs so the comparison
// differs only in the library underneath. Header-only and include-neutral: the includer includes its own
// <sqlite3.h> (plain SQLite) or <sqlcipher/sqlite3.h> first; this header links nothing by itself.

#include "InboxWorkload.h"

namespace vk::bench {

[[noreturn]] inline void dieSqlite(sqlite3* db, const char* what) {
    std::fprintf(stderr, "bench: %s: %s\n", what, db != nullptr ? sqlite3_errmsg(db) : "");
    std::exit(1);
}

inline void execSql(sqlite3* db, const std::string& statement) {
    if (sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        dieSqlite(db, "exec");
    }
}

inline sqlite3_stmt* prepareSql(sqlite3* db, const char* statementText) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, statementText, -1, &statement, nullptr) != SQLITE_OK) {
        dieSqlite(db, "prepare");
    }
    return statement;
}

inline void bindTextOrNull(sqlite3_stmt* statement, int index, const std::string& text) {
    if (text.empty()) {
        sqlite3_bind_null(statement, index);
    } else {
        sqlite3_bind_text(statement, index, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
}

/// Steps through every row copying every value out, as a view must; returns the row count.
inline int readAllRows(sqlite3_stmt* statement, PageCursor* last = nullptr) {
    int rows = 0;
    std::size_t bytes = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const int columns = sqlite3_column_count(statement);
        for (int column = 0; column < columns; ++column) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
            const std::string value =
                text != nullptr
                    ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)))
                    : std::string();
            bytes += value.size();
        }
        if (last != nullptr) {
            last->id = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            last->dueAt = reinterpret_cast<const char*>(sqlite3_column_text(statement, 3));
        }
        ++rows;
    }
    sqlite3_reset(statement);
    sink = sink + bytes;
    return rows;
}

/// Inserts the dataset in one write transaction.
inline void insertDataset(sqlite3* db, const Dataset& data) {
    execSql(db, "BEGIN IMMEDIATE");
    sqlite3_stmt* insertPatient = prepareSql(db, sql::InsertPatient);
    for (const GeneratedPatient& patient : data.patients) {
        bindTextOrNull(insertPatient, 1, patient.id);
        bindTextOrNull(insertPatient, 2, patient.idValue);
        bindTextOrNull(insertPatient, 3, patient.name);
        bindTextOrNull(insertPatient, 4, patient.phone);
        if (sqlite3_step(insertPatient) != SQLITE_DONE) {
            dieSqlite(db, "insert patient");
        }
        sqlite3_reset(insertPatient);
    }
    sqlite3_finalize(insertPatient);
    sqlite3_stmt* insertContact = prepareSql(db, sql::InsertContact);
    for (const GeneratedContact& contact : data.contacts) {
        const std::string* fields[] = {&contact.id,        &contact.channel,    &contact.unitId,
                                       &contact.patientId, &contact.externalId, &contact.receivedAt,
                                       &contact.dueAt,     &contact.status,     &contact.reason,
                                       &contact.subject,   &contact.claimedBy};
        for (int i = 0; i < 11; ++i) {
            bindTextOrNull(insertContact, i + 1, *fields[i]);
        }
        sqlite3_bind_int(insertContact, 12, contact.identityVerified);
        if (sqlite3_step(insertContact) != SQLITE_DONE) {
            dieSqlite(db, "insert contact");
        }
        sqlite3_reset(insertContact);
    }
    sqlite3_finalize(insertContact);
    execSql(db, "COMMIT");
    execSql(db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

/// Times the four inbox queries (warm page cache, median of `runs`) and prints one figure each.
/// `compared`: whether these figures have a baseline counterpart (true in the cache program).
inline void timeInboxQueries(sqlite3* db, const Arguments& arguments, const std::string& label,
                             bool compared) {
    const auto baseline = [compared](const char* name) {
        return compared ? baselineOf(name) : std::string();
    };
    sqlite3_stmt* firstPage = prepareSql(db, sql::FirstPage);
    PageCursor cursor;
    readAllRows(firstPage, &cursor);
    printFigure("inbox_first_page", medianMs(arguments.runs, 3, [&] { readAllRows(firstPage); }), "ms", label,
                baseline("inbox_first_page"), arguments.size);

    sqlite3_stmt* nextPage = prepareSql(db, sql::NextPage);
    printFigure("inbox_next_page",
                medianMs(arguments.runs, 3,
                         [&] {
                             bindTextOrNull(nextPage, 1, cursor.dueAt);
                             bindTextOrNull(nextPage, 2, cursor.dueAt);
                             bindTextOrNull(nextPage, 3, cursor.id);
                             readAllRows(nextPage);
                         }),
                "ms", label, baseline("inbox_next_page"), arguments.size);

    sqlite3_stmt* channelStatus = prepareSql(db, sql::ChannelStatus);
    printFigure("inbox_filter_channel_status",
                medianMs(arguments.runs, 3,
                         [&] {
                             bindTextOrNull(channelStatus, 1, "voicemail");
                             bindTextOrNull(channelStatus, 2, "new");
                             readAllRows(channelStatus);
                         }),
                "ms", label, baseline("inbox_filter_channel_status"), arguments.size);

    sqlite3_stmt* countByStatus = prepareSql(db, sql::CountByStatus);
    printFigure("inbox_count_by_status", medianMs(arguments.runs, 3, [&] { readAllRows(countByStatus); }),
                "ms", label, baseline("inbox_count_by_status"), arguments.size);
    for (sqlite3_stmt* statement : {firstPage, nextPage, channelStatus, countByStatus}) {
        sqlite3_finalize(statement);
    }
}

/// The first page on a connection that has read nothing yet.
inline void readFirstPage(sqlite3* db) {
    sqlite3_stmt* statement = prepareSql(db, sql::FirstPage);
    readAllRows(statement);
    sqlite3_finalize(statement);
}

} // namespace vk::bench
