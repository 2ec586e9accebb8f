// One desk of the storm (vardinkorg-storm starts N of them): its own encrypted cache, its own region login
// and connection, the real SyncEngine on its own thread (SyncController, as in the application) and a
// StormActor doing a nurse's actions every --think-ms. Talks to the storm over pipes, one line each way:
//
// vardinkorg_storm_desk --cache-dir DIR --login LOGIN --host H --port P --database DB [--seed N] [--think-ms
// N]
//   password (region login and cache): VK_STORM_PASSWORD
//   out: "ready", "action KIND MUTATION_ID", "refused CODE", "error CODE", "syncerror", "stalled WHERE",
//        "failed WHERE", "quiet", "done pending=N"
//   in:  "go" (start acting once the first sync filled the cache), "stall WHERE" (block at that engine step
//   until killed: the storm SIGKILLs the desk there),
//        "fail WHERE" (the next cache write at that step fails, as a full disk would), "quiesce" (stop
//        acting, push everything, stop syncing), "finish" (pull to the end, report, exit)
//
// Every pulled batch is recorded in DIR/deliveries.log before its transaction commits ("batch txid:seq …"), a
// failed one is followed by "rollback", and each start records the committed cursor ("start txid:seq"), so
// the storm knows exactly which change-log rows each desk's cache took in, and how often.
#include "StormActor.h"
#include "cache/CacheDatabase.h"
#include "domain/SystemClock.h"
#include "region/PgConnectionSettings.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

using namespace vk;

namespace {

std::mutex g_outputLock;
int g_deliveries = -1;

void say(const QString& line) {
    const std::lock_guard lock(g_outputLock);
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void quit(const QString& code) {
    say(QStringLiteral("error ") + code);
    std::exit(3);
}

/// One line to the delivery log with a single write(): it is in the kernel before the batch commits, so a
/// SIGKILL right after cannot lose it.
void record(const QByteArray& line) {
    const QByteArray full = line + '\n';
    if (::write(g_deliveries, full.constData(), static_cast<size_t>(full.size())) != full.size()) {
        quit(QStringLiteral("storm.delivery_log"));
    }
}

/// What the storm asked for, read by the engine's thread in its fault hook.
struct FaultRequests {
    std::mutex lock;
    QString stallAt;
    QString failAt;
};

QString cursor(const QSqlDatabase& db) {
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT coalesce((SELECT value FROM sync_state WHERE key = 'cursor_txid'), '0'), "
                       "coalesce((SELECT value FROM sync_state WHERE key = 'cursor_seq'), '0')"));
    return query.next() ? query.value(0).toString() + QLatin1Char(':') + query.value(1).toString()
                        : QStringLiteral("0:0");
}

int pending(const QSqlDatabase& db) {
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_epoch IS NULL"));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::map<QString, QString> options{{QStringLiteral("--seed"), QStringLiteral("1")},
                                       {QStringLiteral("--think-ms"), QStringLiteral("100")}};
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        options[arguments.at(i)] = arguments.at(i + 1);
    }
    const QByteArray password = qgetenv("VK_STORM_PASSWORD");
    const QString dir = options[QStringLiteral("--cache-dir")];
    if (password.isEmpty() || dir.isEmpty()) {
        quit(QStringLiteral("usage"));
    }
    const QString login = options[QStringLiteral("--login")];
    g_deliveries =
        ::open(qPrintable(dir + QStringLiteral("/deliveries.log")), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (g_deliveries < 0) {
        quit(QStringLiteral("storm.delivery_log"));
    }

    const KdfParameters kdf = KdfParameters::fastForTests();
    Result<std::unique_ptr<CacheDatabase>> cache =
        CacheDatabase::open(dir, login, SecureBuffer::fromUtf8(QString::fromUtf8(password)), &kdf);
    if (!cache) {
        quit(cache.error().code);
    }
    const QSqlDatabase db = cache.value()->connection();
    record("start " + cursor(db).toLatin1());

    PgConnectionSettings region;
    region.host = options[QStringLiteral("--host")];
    region.port = options[QStringLiteral("--port")];
    region.database = options[QStringLiteral("--database")];
    region.user = login;
    region.password = QString::fromUtf8(password);
    region.applicationName = QStringLiteral("vardinkorg-storm-desk");

    FaultRequests requests;
    SyncEngine::Options engineOptions;
    engineOptions.observeBatch = [](const QStringList& keys) {
        record("batch " + keys.join(u' ').toLatin1());
    };
    engineOptions.injectFault = [&requests](const char* where) {
        const QString step = QString::fromLatin1(where);
        std::unique_lock lock(requests.lock);
        if (step == requests.stallAt) {
            lock.unlock();
            say(QStringLiteral("stalled ") + step);
            for (;;) { // until the storm's SIGKILL
                QThread::sleep(60);
            }
        }
        if (step != requests.failAt) {
            return false;
        }
        requests.failAt.clear();
        if (step == QLatin1String("cache.apply_batch")) {
            record("rollback");
        }
        say(QStringLiteral("failed ") + step);
        return true;
    };

    const SystemClock clock;
    SyncController controller;
    int syncErrors = 0;
    QObject::connect(&controller, &SyncController::statusChanged, &controller,
                     [&syncErrors](const SyncStatus& s) {
                         static QString last;
                         if (!s.lastError.isEmpty() && s.lastError != last) {
                             ++syncErrors;
                             say(QStringLiteral("syncerror"));
                         }
                         last = s.lastError;
                     });

    const auto staffId = [&db, &login] {
        QSqlQuery who(db);
        who.prepare(QStringLiteral("SELECT id FROM staff WHERE login = ?"));
        who.addBindValue(login);
        return who.exec() && who.next() ? who.value(0).toString() : QString();
    };
    std::unique_ptr<StormActor> actor;
    bool go = false;       // the storm said "go": act as soon as the cache is filled
    bool stopping = false; // asked to quiesce: no new actions, also not from a late first round
    QTimer acting;
    acting.setInterval(options[QStringLiteral("--think-ms")].toInt());
    QObject::connect(&acting, &QTimer::timeout, &acting, [&] {
        const StormActor::Outcome outcome = actor->step();
        if (!outcome.kind.isEmpty()) {
            say(QStringLiteral("action %1 %2").arg(outcome.kind, outcome.mutationId));
            controller.requestSync();
        } else if (!outcome.refusal.isEmpty()) {
            say(QStringLiteral("refused ") + outcome.refusal);
        } else if (!outcome.error.isEmpty()) {
            say(QStringLiteral("error ") + outcome.error);
        }
    });
    // Actions start once the first round has filled the cache (a nurse sees her inbox first).
    QObject::connect(&controller, &SyncController::synced, &acting, [&] {
        if (actor || acting.isActive() || stopping) {
            return;
        }
        const QString me = staffId();
        if (me.isEmpty()) {
            return;
        }
        actor = std::make_unique<StormActor>(db, clock, me, options[QStringLiteral("--seed")].toULongLong());
        if (go) {
            acting.start();
        }
        say(QStringLiteral("ready"));
    });

    QTimer draining;
    draining.setInterval(100);
    QObject::connect(&draining, &QTimer::timeout, &draining, [&] {
        if (pending(db) == 0) {
            draining.stop();
            controller.stop();
            say(QStringLiteral("quiet"));
        }
    });

    const auto finish = [&] {
        acting.stop();
        draining.stop();
        controller.stop();
        // The last rounds on this thread, synchronously: push what is left, pull until nothing waits.
        SyncEngine engine(*cache.value(), region, login, clock, engineOptions);
        Status status = engine.openCache();
        const QDeadlineTimer deadline(120000);
        do {
            if (status.ok()) {
                status = engine.syncNow();
            }
            while (status.ok() && engine.rowsHeldBack() && !deadline.hasExpired()) {
                status = engine.pullNow();
            }
            if (!status.ok()) {
                QThread::msleep(200); // the store is still coming back: try again
                status = Done{};
                continue;
            }
            break;
        } while (!deadline.hasExpired());
        say(QStringLiteral("done pending=%1 syncerrors=%2").arg(pending(db)).arg(syncErrors));
        QCoreApplication::exit(0);
    };

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffered;
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&] {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) { // the storm went away
            std::_Exit(5);
        }
        buffered.append(chunk, n);
        for (qsizetype end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
            const QString line = QString::fromUtf8(buffered.left(end)).trimmed();
            buffered.remove(0, end + 1);
            const QString command = line.section(u' ', 0, 0);
            const QString argument = line.section(u' ', 1);
            if (command == QLatin1String("stall") || command == QLatin1String("fail")) {
                const std::lock_guard lock(requests.lock);
                (command == QLatin1String("stall") ? requests.stallAt : requests.failAt) = argument;
            } else if (command == QLatin1String("go")) {
                go = true;
                if (actor && !stopping) {
                    acting.start();
                }
            } else if (command == QLatin1String("quiesce")) {
                stopping = true;
                acting.stop();
                draining.start();
            } else if (command == QLatin1String("finish")) {
                finish();
            }
        }
    });

    controller.start(*cache.value(), region, login, clock, engineOptions);
    return QCoreApplication::exec();
}
