// The sync engine against its baselines, measured in the same run on the same region store (issue 5,
// acceptance 6; DESIGN "Performance budget"):
//   initial_pull    a fresh cache pulls N contacts through the engine  vs  psql \copy of the same change-log
//   rows notify_visible  ingest commit → contact in another desk's cache (SyncController, LISTEN/NOTIFY)
//                   vs  a raw LISTEN/NOTIFY round trip between two connections
//   claim           region.apply_mutation('claim') round trip  vs  SELECT 1 round trip
// Needs a running cluster (VK_REGION_* admin variables, as scripts/region writes them); creates and drops its
// own database. One JSON line per figure, with baseline_value and ratio filled in (both sides are measured
// here).
#include "BenchTool.h"
#include "InboxWorkload.h"
#include "ScratchRegion.h"
#include "cache/CacheDatabase.h"
#include "domain/IdentityNumber.h"
#include "domain/SystemClock.h"
#include "region/PgConnection.h"
#include "region/RegionAdmin.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

#include <poll.h>

namespace {

using namespace vk;

using bench::check;
using bench::die;
using bench::figure;
using bench::percentile;
using bench::progress;

struct Arguments {
    int size = 100000;
    int samples = 200;
    int runs = 3;
};

Arguments parse(const QStringList& arguments) {
    Arguments parsed;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& option = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (option == QLatin1String("--size") && hasValue) {
            parsed.size = std::max(1, arguments.at(++i).toInt());
        } else if (option == QLatin1String("--samples") && hasValue) {
            parsed.samples = std::max(10, arguments.at(++i).toInt());
        } else if (option == QLatin1String("--runs") && hasValue) {
            parsed.runs = std::max(1, arguments.at(++i).toInt());
        } else {
            std::fprintf(stderr, "usage: vardinkorg-bench-sync [--size N] [--samples S] [--runs R]\n");
            std::exit(2);
        }
    }
    return parsed;
}

QString personnummer(int n) {
    const QString nine = QDate(1940, 1, 1).addDays(n % 20000).toString(QStringLiteral("yyMMdd")) +
                         QString::number(100 + n / 20000 % 900);
    return QStringLiteral("19") + nine + QString::number(IdentityNumber::luhnCheckDigit(nine));
}

/// A mixed day's intake: callbacks with and without a known patient, and 1177 errands.
QJsonObject event(int n, const QString& unitHsaId, const QString& tag) {
    QJsonObject e{{QStringLiteral("external_id"), QStringLiteral("%1-%2").arg(tag).arg(n)},
                  {QStringLiteral("unit"), unitHsaId},
                  {QStringLiteral("received_at"), QStringLiteral("2026-11-23T08:00:00Z")},
                  {QStringLiteral("due_at"), QStringLiteral("2026-11-23T16:00:00Z")}};
    const QJsonObject patient{{QStringLiteral("id_type"), QStringLiteral("personnummer")},
                              {QStringLiteral("id_value"), personnummer(n)},
                              {QStringLiteral("name"), QStringLiteral("Patient %1").arg(n)}};
    if (n % 7 == 6) {
        e.insert(QStringLiteral("kind"), QStringLiteral("eservice"));
        e.insert(QStringLiteral("errand_type"), QStringLiteral("Rådgivning"));
        e.insert(QStringLiteral("subject"), QStringLiteral("Fråga om recept"));
        e.insert(QStringLiteral("body"), QStringLiteral("Hej, jag undrar över mitt recept."));
        e.insert(QStringLiteral("ombud"), false);
        e.insert(QStringLiteral("patient"), patient);
    } else {
        e.insert(QStringLiteral("kind"), QStringLiteral("callback"));
        e.insert(QStringLiteral("phone"), QStringLiteral("070-1234567"));
        e.insert(QStringLiteral("queue"), QStringLiteral("Rådgivning"));
        if (n % 3 != 0) {
            e.insert(QStringLiteral("patient"), patient);
        }
    }
    return e;
}

class Bench {
public:
    explicit Bench(Arguments arguments)
        : m_args(arguments) {}
    Bench(const Bench&) = delete;
    Bench& operator=(const Bench&) = delete;

    void setUp();
    void initialPull();
    void notifyLatency();
    void claimRoundTrip();

private:
    PgConnectionSettings staff(const QString& login) const {
        PgConnectionSettings settings = m_region->adminSettings();
        settings.user = login;
        settings.password = m_region->password();
        settings.applicationName = QStringLiteral("vardinkorg-bench");
        return settings;
    }
    void ingest(int from, int count, const QString& unitHsaId, const QString& tag);
    QString ingestOne(int n);

    Arguments m_args;
    std::optional<bench::ScratchRegion> m_region;
    QString m_pullUnit;
    const SystemClock m_clock;
};

void Bench::setUp() {
    m_region.emplace('b');

    RegionAdmin admin(m_region->admin());
    for (const char* unit : {"PULL", "LIVE"}) {
        RegionAdmin::Unit u;
        u.hsaId = QStringLiteral("SE-%1-%2").arg(m_region->prefix(), QLatin1String(unit));
        u.name = QStringLiteral("Bench ") + QLatin1String(unit);
        const QUuid id = check(admin.upsertUnit(u), "unit");
        if (QLatin1String(unit) == QLatin1String("PULL")) {
            m_pullUnit = id.toString(QUuid::WithoutBraces);
        }
        RegionAdmin::StaffMember member;
        member.login = QStringLiteral("%1_%2").arg(m_region->prefix(), QString::fromLatin1(unit).toLower());
        member.hsaId = QStringLiteral("SE-%1-S-%2").arg(m_region->prefix(), QLatin1String(unit));
        member.name = QStringLiteral("Bench %1").arg(QLatin1String(unit));
        member.unitHsaId = u.hsaId;
        m_region->addLogin(member.login);
        (void)check(admin.addStaff(member, m_region->password()), "staff");
    }
    progress(QStringLiteral("ingesting %1 contacts").arg(m_args.size));
    ingest(0, m_args.size, QStringLiteral("SE-%1-PULL").arg(m_region->prefix()), QStringLiteral("p"));
    check(m_region->admin().execScript(QStringLiteral("VACUUM ANALYZE")), "vacuum");
}

void Bench::ingest(int from, int count, const QString& unitHsaId, const QString& tag) {
    constexpr int Chunk = 5000;
    for (int start = from; start < from + count; start += Chunk) {
        QJsonArray events;
        for (int n = start; n < std::min(from + count, start + Chunk); ++n) {
            events.append(event(n, unitHsaId, tag));
        }
        const QString json = QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact));
        (void)check(
            m_region->admin().exec(
                QStringLiteral("SELECT count(region.ingest(e)) FROM jsonb_array_elements($1::jsonb) e"),
                {json}),
            "ingest");
    }
}

QString Bench::ingestOne(int n) {
    const QString json = QString::fromUtf8(
        QJsonDocument(event(n, QStringLiteral("SE-%1-LIVE").arg(m_region->prefix()), QStringLiteral("l")))
            .toJson(QJsonDocument::Compact));
    PgResult result = check(
        m_region->admin().exec(QStringLiteral("SELECT region.ingest($1::jsonb) ->> 'id'"), {json}), "ingest");
    return result.text(0, 0);
}

void Bench::initialPull() {
    const qint64 rows =
        check(m_region->admin().exec(QStringLiteral("SELECT count(*) FROM region.change_log WHERE "
                                                    "unit_id IS NULL OR unit_id = $1"),
                                     {m_pullUnit}),
              "count")
            .integer(0, 0);
    const KdfParameters kdf = KdfParameters::fastForTests(); // the key derivation is not what is measured
    std::vector<double> engine, copy;
    for (int run = 0; run < m_args.runs; ++run) {
        QTemporaryDir dir;
        auto cache = check(CacheDatabase::open(dir.path(), m_region->logins().at(0),
                                               SecureBuffer::fromUtf8(m_region->password()), &kdf),
                           "cache");
        SyncEngine sync(*cache, staff(m_region->logins().at(0)), m_region->logins().at(0), m_clock,
                        SyncEngine::Options{});
        check(sync.openCache(), "open cache");
        QElapsedTimer timer;
        timer.start();
        check(sync.syncNow(), "initial pull");
        engine.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        progress(QStringLiteral("engine pull %1: %2 ms").arg(run).arg(engine.back()));
    }
    // The same rows as psql \copy gets them (text, no parsing, nothing stored).
    const QString sql =
        QStringLiteral(
            "\\copy (SELECT txid, seq, entity, op, \"row\" FROM region.change_log WHERE unit_id IS NULL "
            "OR unit_id = '%1' ORDER BY txid, seq) TO '/dev/null'")
            .arg(m_pullUnit);
    for (int run = 0; run < m_args.runs; ++run) {
        QProcess psql;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), m_region->adminSettings().password);
        psql.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                    m_region->adminSettings().host, QStringLiteral("-p"), m_region->adminSettings().port,
                    QStringLiteral("-U"), m_region->adminSettings().user, QStringLiteral("-d"),
                    m_region->adminSettings().database, QStringLiteral("-c"), sql});
        if (!psql.waitForFinished(600000) || psql.exitCode() != 0) {
            die(QStringLiteral("psql: ") + QString::fromUtf8(psql.readAllStandardError()));
        }
        copy.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        progress(QStringLiteral("psql copy %1: %2 ms").arg(run).arg(copy.back()));
    }
    const double engineMs = percentile(engine, 0.5);
    const double copyMs = percentile(copy, 0.5);
    figure("initial_pull_psql_copy", copyMs, "ms", "psql \\copy of the change-log rows to /dev/null", "", 0,
           m_args.size);
    figure("initial_pull", engineMs, "ms", "SyncEngine::syncNow into a fresh SQLCipher cache",
           "initial_pull_psql_copy", copyMs, m_args.size);
    figure("initial_pull_rows_per_s", static_cast<double>(rows) / engineMs * 1000.0, "rows/s",
           "change-log rows applied per second", "psql_copy_rows_per_s",
           static_cast<double>(rows) / copyMs * 1000.0, m_args.size);
}

void Bench::notifyLatency() {
    QTemporaryDir dir;
    const KdfParameters kdf = KdfParameters::fastForTests();
    const QString login = m_region->logins().at(1);
    auto cache = check(
        CacheDatabase::open(dir.path(), login, SecureBuffer::fromUtf8(m_region->password()), &kdf), "cache");
    SyncController controller;
    QSet<QString> visible;
    QString awaited;
    QEventLoop loop;
    QObject::connect(&controller, &SyncController::contactsChanged, &loop,
                     [&](const QStringList& changed, const QStringList&) {
                         for (const QString& id : changed) {
                             visible.insert(id);
                         }
                         if (!awaited.isEmpty() && visible.contains(awaited)) {
                             loop.quit();
                         }
                     });
    QObject::connect(&controller, &SyncController::statusChanged, &loop, [&](const SyncStatus& status) {
        if (awaited.isEmpty() && status.lastSync.isValid()) {
            loop.quit();
        }
    });
    QTimer bound;
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });

    controller.start(*cache, staff(login), login, m_clock);
    bound.start(120000);
    if (loop.exec() != 0) {
        die(QStringLiteral("the listening desk did not finish its first sync"));
    }
    bound.stop();
    std::vector<double> latencies;
    for (int n = 0; n < m_args.samples + 5; ++n) {
        QElapsedTimer timer;
        awaited = ingestOne(n); // returns after the ingest committed
        timer.start();
        if (!visible.contains(awaited)) {
            bound.start(10000);
            if (loop.exec() != 0) {
                die(QStringLiteral("contact %1 did not reach the listening desk within 10 s").arg(n));
            }
            bound.stop();
        }
        if (n >= 5) { // the first few warm up connections and prepared statements
            latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    controller.stop();

    // Baseline: NOTIFY on one connection until the other one has it, polling its socket.
    PgConnection listener = check(PgConnection::open(m_region->adminSettings()), "connect");
    PgConnection notifier = check(PgConnection::open(m_region->adminSettings()), "connect");
    check(listener.listen(QStringLiteral("vk_bench_ping")), "listen");
    std::vector<double> raw;
    for (int n = 0; n < m_args.samples + 5; ++n) {
        QElapsedTimer timer;
        timer.start();
        check(notifier.execScript(QStringLiteral("NOTIFY vk_bench_ping")), "notify");
        bool received = false;
        while (!received) {
            pollfd socket{listener.socket(), POLLIN, 0};
            if (::poll(&socket, 1, 10000) <= 0) {
                die(QStringLiteral("no notification within 10 s"));
            }
            received = !check(listener.notifications(), "notifications").isEmpty();
        }
        if (n >= 5) {
            raw.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    const std::string engine =
        "ingest commit -> row in the other desk's cache (SyncController, NOTIFY, 30 ms debounce)";
    for (const auto& [suffix, p] : {std::pair{"p50", 0.5}, std::pair{"p95", 0.95}, std::pair{"p99", 0.99}}) {
        figure(std::string("notify_raw_") + suffix, percentile(raw, p), "ms",
               "LISTEN/NOTIFY between two connections", "", 0, m_args.samples);
    }
    for (const auto& [suffix, p] : {std::pair{"p50", 0.5}, std::pair{"p95", 0.95}, std::pair{"p99", 0.99}}) {
        figure(std::string("notify_visible_") + suffix, percentile(latencies, p), "ms", engine,
               std::string("notify_raw_") + suffix, percentile(raw, p), m_args.samples);
    }
}

void Bench::claimRoundTrip() {
    // The contacts of the latency run are still open: the listening desk's colleague claims each once.
    const QString login = m_region->logins().at(1);
    PgConnection nurse = check(PgConnection::open(staff(login)), "connect");
    PgResult open = check(
        nurse.exec(QStringLiteral("SELECT id::text FROM region.contacts WHERE status = 'new'")), "contacts");
    std::vector<double> claims, selects;
    for (int row = 0; row < open.rows(); ++row) {
        QElapsedTimer timer;
        timer.start();
        (void)check(nurse.exec(QStringLiteral("SELECT 1")), "select");
        selects.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        const QString payload = QStringLiteral("{\"contact_id\":\"%1\"}").arg(open.text(row, 0));
        timer.restart();
        PgResult answer =
            check(nurse.exec(QStringLiteral(
                                 "SELECT region.apply_mutation($1::uuid, 'claim', $2::jsonb) ->> 'status'"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), payload}),
                  "claim");
        claims.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (answer.text(0, 0) != QLatin1String("applied")) {
            die(QStringLiteral("a claim was refused"));
        }
    }
    if (claims.size() < 10) {
        die(QStringLiteral("too few open contacts to claim"));
    }
    for (const auto& [suffix, p] : {std::pair{"p50", 0.5}, std::pair{"p95", 0.95}, std::pair{"p99", 0.99}}) {
        figure(std::string("select1_round_trip_") + suffix, percentile(selects, p), "ms",
               "SELECT 1 over loopback", "", 0, static_cast<int>(claims.size()));
    }
    for (const auto& [suffix, p] : {std::pair{"p50", 0.5}, std::pair{"p95", 0.95}, std::pair{"p99", 0.99}}) {
        figure(std::string("claim_round_trip_") + suffix, percentile(claims, p), "ms",
               "region.apply_mutation('claim') over loopback (commit included)",
               std::string("select1_round_trip_") + suffix, percentile(selects, p),
               static_cast<int>(claims.size()));
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Bench bench(parse(QCoreApplication::arguments()));
    bench.setUp();
    bench.initialPull();
    bench.notifyLatency();
    bench.claimRoundTrip();
    return 0;
}
