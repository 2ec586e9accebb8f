// A desk without a window, for the crash tests (SyncCrashTest): opens one login's cache and sync engine,
// performs some actions and syncs, printing one line per step so the test can SIGKILL it at a known point.
//
// vardinkorg_sync_desk_child --cache-dir DIR --login LOGIN --host H --port P --database DB
//     [--actions N] [--no-initial-sync] [--pull-first] [--pull-batch K] [--stall-at
//     sending|answered|applying:N]
// The password (region login and cache) comes from VK_CHILD_PASSWORD. Lines: "synced", "action N",
// "step sending|answered|applying N", "stalled", "done pending=N"; "error CODE" with exit code 3.
// --stall-at makes the child stop at the N-th such step (after printing it) until stdin closes or it is
// killed: "applying" stops inside the pulled batch's open cache transaction, "answered" after the store
// committed a mutation but before the cache recorded the answer.
#include "cache/CacheDatabase.h"
#include "domain/SystemClock.h"
#include "region/PgConnectionSettings.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"
#include "sync/DeskActions.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

using namespace vk;

namespace {

[[noreturn]] void quit(const QString& code) {
    std::printf("error %s\n", qPrintable(code));
    std::fflush(stdout);
    std::exit(3);
}

void say(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

const char* stepName(SyncEngine::Step step) {
    switch (step) {
    case SyncEngine::Step::Sending:
        return "sending";
    case SyncEngine::Step::Answered:
        return "answered";
    case SyncEngine::Step::ApplyingBatch:
        return "applying";
    }
    return "?";
}

/// Open contacts nobody else holds, oldest id first: the same choice in every run.
QStringList openContacts(const QSqlDatabase& db, const QString& me) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, channel FROM contacts WHERE status = 'new' AND "
                                 "(claimed_by IS NULL OR claimed_by = ?) ORDER BY id"));
    query.addBindValue(me);
    QStringList ids;
    if (query.exec()) {
        while (query.next()) {
            ids << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
        }
    }
    return ids;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::map<QString, QString> options;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString key = arguments.at(i);
        const bool flag = key == QLatin1String("--no-initial-sync") || key == QLatin1String("--pull-first");
        options[key] = flag || i + 1 >= arguments.size() ? QStringLiteral("1") : arguments.at(++i);
    }
    const QByteArray password = qgetenv("VK_CHILD_PASSWORD");
    if (password.isEmpty() || options[QStringLiteral("--cache-dir")].isEmpty()) {
        quit(QStringLiteral("usage"));
    }
    const QString login = options[QStringLiteral("--login")];

    const KdfParameters kdf = KdfParameters::fastForTests();
    Result<std::unique_ptr<CacheDatabase>> cache =
        CacheDatabase::open(options[QStringLiteral("--cache-dir")], login,
                            SecureBuffer::fromUtf8(QString::fromUtf8(password)), &kdf);
    if (!cache) {
        quit(cache.error().code);
    }

    PgConnectionSettings region;
    region.host = options[QStringLiteral("--host")];
    region.port = options[QStringLiteral("--port")];
    region.database = options[QStringLiteral("--database")];
    region.user = login;
    region.password = QString::fromUtf8(password);
    region.applicationName = QStringLiteral("vardinkorg-sync-child");

    SyncEngine::Options engineOptions;
    if (options.count(QStringLiteral("--pull-batch")) != 0) {
        engineOptions.pullBatch = options[QStringLiteral("--pull-batch")].toInt();
        engineOptions.catchUpBatch =
            engineOptions.pullBatch; // every batch small: many points to be killed at
    }
    const SystemClock clock;
    SyncEngine engine(*cache.value(), region, login, clock, engineOptions);
    if (Status opened = engine.openCache(); !opened) {
        quit(opened.error().code);
    }

    const QStringList stall = options[QStringLiteral("--stall-at")].split(QLatin1Char(':'));
    std::map<SyncEngine::Step, int> counts;
    QObject::connect(&engine, &SyncEngine::stepReached, &engine, [&](SyncEngine::Step step) {
        const int n = ++counts[step];
        say(QStringLiteral("step %1 %2").arg(QLatin1String(stepName(step))).arg(n));
        if (stall.size() == 2 && stall.at(0) == QLatin1String(stepName(step)) && stall.at(1).toInt() == n) {
            say(QStringLiteral("stalled"));
            // Wait for the kill; a test that went away closes stdin, and the child ends as abruptly.
            while (std::getchar() != EOF) {
            }
            std::_Exit(4);
        }
    });

    // A sync that also waits out rows held back at the horizon by another open transaction in the cluster.
    const auto syncFully = [&engine] {
        Status status = engine.syncNow();
        const QDeadlineTimer deadline(30000);
        while (status.ok() && engine.rowsHeldBack() && !deadline.hasExpired()) {
            status = engine.pullNow();
        }
        return status;
    };
    if (options.count(QStringLiteral("--no-initial-sync")) == 0) {
        if (Status synced = syncFully(); !synced) {
            quit(synced.error().code);
        }
        say(QStringLiteral("synced"));
    }

    const QSqlDatabase db = cache.value()->connection();
    QSqlQuery who(db);
    who.prepare(QStringLiteral("SELECT id FROM staff WHERE login = ?"));
    who.addBindValue(login);
    const QString me = who.exec() && who.next() ? who.value(0).toString() : QString();
    DeskActions actions(db, clock, me);
    const int wanted = options[QStringLiteral("--actions")].toInt();
    int performed = 0;
    for (const QString& entry : openContacts(db, me)) {
        if (performed >= wanted) {
            break;
        }
        const QString id = entry.section(QLatin1Char(' '), 0, 0);
        const bool errand = entry.section(QLatin1Char(' '), 1) == QLatin1String("eservice");
        const Status steps[] = {
            actions.claim(id),
            performed + 1 < wanted ? (errand ? actions.reply(id, QStringLiteral("Svar från barnprocessen"))
                                             : actions.logAttempt(id, QStringLiteral("answered")))
                                   : Status(Done{}),
            performed + 2 < wanted ? actions.complete(id, QStringLiteral("RAD"), QString(), false)
                                   : Status(Done{}),
        };
        for (const Status& step : steps) {
            if (!step) {
                quit(step.error().code);
            }
        }
        performed = std::min(wanted, performed + 3);
        say(QStringLiteral("action %1").arg(performed));
    }

    if (options.count(QStringLiteral("--pull-first")) != 0) {
        if (Status pulled = engine.pullNow(); !pulled) {
            quit(pulled.error().code);
        }
    }
    if (Status synced = syncFully(); !synced) {
        quit(synced.error().code);
    }
    QSqlQuery pending(db);
    pending.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_epoch IS NULL"));
    say(QStringLiteral("done pending=%1").arg(pending.next() ? pending.value(0).toInt() : -1));
    return 0;
}
