#pragma once
// The inbox workload shared by vardinkorg-bench-cache (SQLCipher through the Qt driver) and
// vardinkorg-bench-sqlite (plain libsqlite3): the same generated rows, the same SQL text, the same output
// format. Header-only and free of Qt and SQLite on purpose, so the baseline links nothing but libsqlite3.

#include "Machine.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace vk::bench {

/// One generated contact with its patient, in the cache's storage forms (see
/// resources/cache/0001_initial.sql).
struct GeneratedContact {
    std::string id;
    std::string channel;
    std::string unitId;
    std::string patientId; // empty: no patient (anonymous callback)
    std::string externalId;
    std::string receivedAt;
    std::string dueAt;
    std::string status;
    std::string reason;
    std::string subject;
    std::string claimedBy; // empty: NULL
    int identityVerified = 0;
};

struct GeneratedPatient {
    std::string id;
    std::string idValue;
    std::string name;
    std::string phone;
};

/// Deterministic generator (splitmix64): both programs see byte-identical data for the same size.
class Generator {
public:
    explicit Generator(std::uint64_t seed = 0x5eed2026u)
        : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }

    std::string uuid() {
        const std::uint64_t a = next();
        const std::uint64_t b = next();
        char text[37];
        std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                      static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
                      static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                      static_cast<unsigned long long>(b & 0xffffffffffffull));
        return text;
    }

private:
    std::uint64_t m_state;
};

/// "2026-11-23T09:30:00.000Z" for a minute offset from 2026-11-01T00:00Z (30-day month, enough for the
/// spread).
inline std::string timestamp(int minutesFromStart) {
    const int day = 1 + minutesFromStart / (24 * 60);
    const int hour = (minutesFromStart / 60) % 24;
    const int minute = minutesFromStart % 60;
    char text[32];
    std::snprintf(text, sizeof text, "2026-11-%02dT%02d:%02d:00.000Z", std::min(day, 30), hour, minute);
    return text;
}

struct Dataset {
    std::vector<std::string> unitIds;
    std::vector<std::string> staffIds;
    std::vector<GeneratedPatient> patients;
    std::vector<GeneratedContact> contacts;
};

/// `size` contacts over 8 units and size/4 patients; about a quarter open, due times spread over the month.
inline Dataset generate(int size) {
    static const char* const channels[] = {"callback",  "callback", "callback",
                                           "voicemail", "eservice", "eservice"};
    static const char* const statuses[] = {"new",       "claimed",   "not_reached", "completed",
                                           "completed", "completed", "completed",   "completed",
                                           "completed", "cancelled", "forwarded",   "completed"};
    static const char* const reasons[] = {"Rådgivning", "Receptförnyelse", "Provsvar", "Tidsbokning", "Barn"};
    static const char* const firstNames[] = {"Anna",  "Erik",  "Maria", "Lars",
                                             "Karin", "Björn", "Åsa",   "Örjan"};
    static const char* const lastNames[] = {"Lind", "Berg", "Johansson", "Öberg", "Åkesson", "Nilsson"};
    Generator random;
    Dataset data;
    for (int i = 0; i < 8; ++i) {
        data.unitIds.push_back(random.uuid());
    }
    for (int i = 0; i < 40; ++i) {
        data.staffIds.push_back(random.uuid());
    }
    const int patientCount = std::max(1, size / 4);
    data.patients.reserve(static_cast<std::size_t>(patientCount));
    for (int i = 0; i < patientCount; ++i) {
        char idValue[16];
        // Unique by construction (day and serial come from i), as the patients table requires.
        std::snprintf(idValue, sizeof idValue, "19%02d%02d%02d%04d", 30 + random.below(70),
                      1 + random.below(12), 1 + (i / 10000) % 28, i % 10000);
        char phone[16];
        std::snprintf(phone, sizeof phone, "070%07d", random.below(10000000));
        data.patients.push_back({random.uuid(), idValue,
                                 std::string(firstNames[random.below(8)]) + " " + lastNames[random.below(6)],
                                 phone});
    }
    data.contacts.reserve(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        GeneratedContact contact;
        contact.id = random.uuid();
        contact.channel = channels[random.below(6)];
        contact.unitId = data.unitIds[static_cast<std::size_t>(random.below(8))];
        if (contact.channel != std::string("voicemail") || random.below(2) == 0) {
            contact.patientId = data.patients[static_cast<std::size_t>(random.below(patientCount))].id;
        }
        contact.externalId = "ext-" + std::to_string(i);
        const int received = random.below(28 * 24 * 60);
        contact.receivedAt = timestamp(received);
        contact.dueAt = timestamp(received + 60 + random.below(24 * 60));
        contact.status = statuses[random.below(12)];
        contact.reason = reasons[random.below(5)];
        contact.subject = "Ärende " + std::to_string(i) + ": " + contact.reason + " – önskar återkoppling";
        if (contact.status == std::string("claimed") || contact.status == std::string("completed")) {
            contact.claimedBy = data.staffIds[static_cast<std::size_t>(random.below(40))];
        }
        contact.identityVerified = contact.channel == std::string("eservice") ? 1 : random.below(2);
        data.contacts.push_back(std::move(contact));
    }
    return data;
}

/// The statements both programs run, with `?` placeholders. Columns are what the inbox row shows.
namespace sql {
inline constexpr const char* InsertPatient = "INSERT INTO patients (id, id_type, id_value, name, phone, "
                                             "version) VALUES (?, 'personnummer', ?, ?, ?, 1)";
inline constexpr const char* InsertContact =
    "INSERT INTO contacts (id, channel, unit_id, patient_id, external_id, received_at, due_at, status, "
    "reason, "
    "subject, claimed_by, identity_verified, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
/// First page of the inbox: open contacts, earliest deadline first. INDEXED BY: without statistics SQLite
/// prefers three equality lookups on (status, due_at) plus a sort of every open contact over walking the
/// partial index.
inline constexpr const char* FirstPage =
    "SELECT c.id, c.channel, c.status, c.due_at, c.received_at, c.reason, c.subject, c.claimed_by, p.name, "
    "p.id_value FROM contacts c INDEXED BY contacts_open_by_due LEFT JOIN patients p ON p.id = c.patient_id "
    "WHERE c.status IN ('new', 'claimed', 'not_reached') ORDER BY c.due_at, c.id LIMIT 200";
/// Keyset "next page" after (due_at, id) of the last row shown; binds: due_at, due_at, id.
inline constexpr const char* NextPage =
    "SELECT c.id, c.channel, c.status, c.due_at, c.received_at, c.reason, c.subject, c.claimed_by, p.name, "
    "p.id_value FROM contacts c INDEXED BY contacts_open_by_due LEFT JOIN patients p ON p.id = c.patient_id "
    "WHERE c.status IN ('new', 'claimed', 'not_reached') AND c.due_at >= ? AND (c.due_at > ? OR c.id > ?) "
    "ORDER BY c.due_at, c.id LIMIT 200";
/// Filter by channel and status; binds: channel, status.
inline constexpr const char* ChannelStatus =
    "SELECT c.id, c.channel, c.status, c.due_at, c.received_at, c.reason, c.subject, c.claimed_by "
    "FROM contacts c WHERE c.channel = ? AND c.status = ? ORDER BY c.due_at, c.id LIMIT 200";
/// Badge counts.
inline constexpr const char* CountByStatus = "SELECT status, count(*) FROM contacts GROUP BY status";
/// Connection settings both sides use (the cache adds its key and cipher settings on top).
inline constexpr const char* const Pragmas[] = {
    "PRAGMA journal_mode = WAL",  "PRAGMA synchronous = FULL", "PRAGMA cache_size = -16384",
    "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON",
};
} // namespace sql

/// Bytes read are added here so the compiler cannot drop the reading loops.
inline volatile std::size_t sink = 0;

/// Where the keyset page starts: the 200th open contact of the first page (filled in by the programs).
struct PageCursor {
    std::string dueAt;
    std::string id;
};

inline double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// Median of `runs` timings of `work` after `warmup` untimed runs, in milliseconds.
template <typename Work>
double medianMs(int runs, int warmup, Work&& work) {
    for (int i = 0; i < warmup; ++i) {
        work();
    }
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        samples.push_back(millisecondsSince(start));
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

inline std::string jsonEscape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

/// One figure as one JSON line. `baseline` names the figure's counterpart in the baseline program (empty:
/// none); baseline_value and ratio stay null here and are joined in by scripts/bench. `engine` says what was
/// measured.
inline void printFigure(const std::string& name, double value, const std::string& unit,
                        const std::string& engine, const std::string& baseline, int size) {
    const std::string baselineJson = baseline.empty() ? "null" : "\"" + jsonEscape(baseline) + "\"";
    std::printf("{\"name\":\"%s\",\"value\":%.4f,\"unit\":\"%s\",\"baseline\":%s,\"baseline_value\":null,"
                "\"ratio\":null,\"size\":%d,\"machine\":\"%s\",\"engine\":\"%s\"}\n",
                jsonEscape(name).c_str(), value, jsonEscape(unit).c_str(), baselineJson.c_str(), size,
                jsonEscape(machine()).c_str(), jsonEscape(engine).c_str());
    std::fflush(stdout);
}

/// The baseline counterpart of a cache figure: the plain-SQLite figure of the same name (the QSqlQuery
/// variants compare against the same raw baseline query).
inline std::string baselineOf(const std::string& name) {
    const std::string suffix = "_qsql";
    const std::string base =
        name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0
            ? name.substr(0, name.size() - suffix.size())
            : name;
    return "vardinkorg-bench-sqlite:" + base;
}

struct Arguments {
    int size = 100000;
    int runs = 30;
    std::string migrations; // the cache's migration folder (baseline only)
};

inline Arguments parseArguments(int argc, char** argv) {
    Arguments arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        const bool hasValue = i + 1 < argc;
        if (option == "--size" && hasValue) {
            arguments.size = std::max(1, std::atoi(argv[++i]));
        } else if (option == "--runs" && hasValue) {
            arguments.runs = std::max(1, std::atoi(argv[++i]));
        } else if (option == "--migrations" && hasValue) {
            arguments.migrations = argv[++i];
        } else {
            std::fprintf(stderr, "usage: %s [--size N] [--runs R] [--migrations DIR]\n", argv[0]);
            std::exit(2);
        }
    }
    return arguments;
}

} // namespace vk::bench
