// Baseline for the cache benchmark: the same inbox workload on plain SQLite (libsqlite3 only: no SQLCipher,
// no Qt), with the cache's own schema files and connection settings. Prints one JSON line per figure.
#include <sqlite3.h>

#include "InboxSqliteApi.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace vk::bench;
namespace fs = std::filesystem;

sqlite3* openDatabase(const std::string& path) {
    sqlite3* db = nullptr;
    // The same open flags as the QSQLCIPHER driver (one connection per thread, so no per-call mutex).
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        dieSqlite(db, "open");
    }
    sqlite3_busy_timeout(db, 5000);
    execSql(db, "PRAGMA page_size = 4096");
    for (const char* pragma : sql::Pragmas) {
        execSql(db, pragma);
    }
    return db;
}

void applyMigrations(sqlite3* db, const std::string& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() == ".sql") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        std::ifstream in(file);
        std::stringstream script;
        script << in.rdbuf();
        execSql(db, "BEGIN IMMEDIATE");
        execSql(db, script.str());
        execSql(db, "COMMIT");
    }
}

} // namespace

int main(int argc, char** argv) {
    const Arguments arguments = parseArguments(argc, argv);
    char pattern[] = "/tmp/vardinkorg-bench-sqlite-XXXXXX";
    const char* folder = mkdtemp(pattern);
    if (folder == nullptr) {
        return 1;
    }
    const std::string path = std::string(folder) + "/baseline.db";
    const std::string label = std::string("sqlite ") + sqlite3_libversion();
    const Dataset data = generate(arguments.size);

    sqlite3* db = openDatabase(path);
    applyMigrations(db, arguments.migrations.empty() ? VK_CACHE_MIGRATIONS : arguments.migrations);
    const auto insertStart = std::chrono::steady_clock::now();
    insertDataset(db, data);
    printFigure("generate_contacts", millisecondsSince(insertStart), "ms", label, std::string(),
                arguments.size);
    timeInboxQueries(db, arguments, label, false);
    sqlite3_close(db);

    // Cold: a fresh connection (empty page cache) up to the first page read.
    printFigure("open_first_page_cold",
                medianMs(std::max(3, arguments.runs / 3), 1,
                         [&] {
                             sqlite3* cold = openDatabase(path);
                             readFirstPage(cold);
                             sqlite3_close(cold);
                         }),
                "ms", label, std::string(), arguments.size);
    fs::remove_all(folder);
    return 0;
}
