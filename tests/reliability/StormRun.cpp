#include "StormRun.h"

#include "PrivateCluster.h"
#include "RegionTestDatabase.h"
#include "StormAudit.h"
#include "StormDeskProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>
#include <cstdio>

namespace vk {

namespace {

const QStringList Units{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};

/// The faults of a storm, in the order they come round.
const QStringList FaultKinds{
    QStringLiteral("desk_kill_mid_push"),  QStringLiteral("pg_sigkill"),
    QStringLiteral("desk_kill_mid_pull"),  QStringLiteral("backend_terminated"),
    QStringLiteral("cache_write_failure"), QStringLiteral("pg_fast_restart"),
    QStringLiteral("desk_kill_mid_push"),  QStringLiteral("cache_write_failure"),
};

} // namespace

StormRun::StormRun(StormOptions options)
    : m_options(options) {
    m_dir.setAutoRemove(!m_options.keep);
    m_report.desks = m_options.desks;
    m_report.faultsEnabled = m_options.faults;
}

StormRun::~StormRun() {
    m_desks.clear();
    if (m_feed.state() != QProcess::NotRunning) {
        m_feed.kill();
        m_feed.waitForFinished();
    }
}

void StormRun::log(const QString& line) const {
    std::fprintf(stderr, "vardinkorg-storm: %s\n", qPrintable(line));
    std::fflush(stderr);
}

Status StormRun::setUp() {
    m_cluster = std::make_unique<test::PrivateCluster>(QStringLiteral("storm"));
    log(QStringLiteral("starting the private cluster %1 on port %2")
            .arg(m_cluster->name())
            .arg(m_cluster->port()));
    if (Status started = m_cluster->start(); !started) {
        return started;
    }
    Result<std::unique_ptr<test::RegionTestDatabase>> db =
        test::RegionTestDatabase::create(m_cluster->adminSettings());
    if (!db) {
        return db.error();
    }
    m_db = std::move(db.value());
    for (const QString& unit : Units) {
        m_db->createUnit(unit);
    }
    // Desks spread over the units; every fourth also works in the next unit (and so pulls both).
    QStringList logins;
    for (int i = 0; i < m_options.desks; ++i) {
        const QString login = m_db->addStaff(QStringLiteral("Storm Sköterska %1").arg(i + 1), Units.at(i % 3),
                                             QStringLiteral("nurse"));
        if (i % 4 == 3) {
            m_db->addMembership(login, Units.at((i + 1) % 3), QStringLiteral("nurse"));
        }
        logins << login;
        m_staffIds.push_back(test::uuidText(m_db->staffId(login)));
    }
    m_feedLogin = m_db->addFeedLogin();
    const int contacts = m_options.contactsPerDesk * m_options.desks;
    log(QStringLiteral("ingesting %1 waiting contacts").arg(contacts));
    for (int i = 0; i < contacts; ++i) {
        const QUuid id = i % 3 == 2 ? m_db->ingestEservice(Units.at(i % 3), test::testPersonnummer(i % 9000))
                                    : m_db->ingestCallback(Units.at(i % 3), test::testPersonnummer(i % 9000));
        if (id.isNull()) {
            return Error{QStringLiteral("storm.setup"),
                         QStringLiteral("ingesting the waiting contacts failed")};
        }
    }
    m_initialContacts = contacts;

    const PgConnectionSettings admin = m_db->adminSettings();
    for (int i = 0; i < m_options.desks; ++i) {
        const QString cacheDir = m_dir.path() + QStringLiteral("/desk-%1").arg(i + 1);
        QDir().mkpath(cacheDir);
        StormDeskProcess::Launch launch{QStringLiteral(VK_STORM_DESK),
                                        cacheDir,
                                        logins.at(i),
                                        admin.host,
                                        admin.port,
                                        admin.database,
                                        m_db->loginPassword(),
                                        m_options.seed * 1000 + static_cast<quint64>(i),
                                        m_options.thinkMs};
        m_desks.push_back(std::make_unique<StormDeskProcess>(launch));
    }
    return Done{};
}

void StormRun::startFeed(int seconds) {
    const PgConnectionSettings admin = m_db->adminSettings();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VK_REGION_HOST"), admin.host);
    environment.insert(QStringLiteral("VK_REGION_PORT"), admin.port);
    environment.insert(QStringLiteral("VK_REGION_DB"), admin.database);
    environment.insert(QStringLiteral("VK_REGION_FEED_USER"), m_feedLogin);
    environment.insert(QStringLiteral("VK_REGION_FEED_PASSWORD"), m_db->loginPassword());
    m_feed.setProcessEnvironment(environment);
    m_feed.setProcessChannelMode(QProcess::MergedChannels);
    const double rate = m_options.feedPerDeskPerMinute * m_options.desks;
    m_feed.start(QStringLiteral(VK_FEED_TOOL),
                 {QStringLiteral("--simulate"), QStringLiteral("--flat"), QStringLiteral("--tone"),
                  QStringLiteral("--rate"), QStringLiteral("%1/min").arg(rate), QStringLiteral("--duration"),
                  QString::number(qMax(1, seconds)), QStringLiteral("--seed"),
                  QString::number(m_options.seed * 100 + static_cast<quint64>(m_report.feedRestarts)),
                  QStringLiteral("--patients"), QStringLiteral("500"), QStringLiteral("--rejects"),
                  m_dir.path() + QStringLiteral("/feed-rejects-%1.jsonl").arg(m_report.feedRestarts)});
    m_feed.waitForStarted();
}

void StormRun::pump(int waitMs) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, waitMs);
    QThread::msleep(static_cast<unsigned long>(waitMs));
    for (const std::unique_ptr<StormDeskProcess>& desk : m_desks) {
        desk->poll();
        if (!desk->running()) {
            // Not killed by us (we restart those ourselves): a crash is an error of the run.
            m_report.addError(
                QStringLiteral("desk ended by itself"),
                QStringLiteral("desk %1 ended by itself: %2").arg(desk->launch().login, desk->tail()));
            desk->start();
            desk->send(QStringLiteral("go"));
        }
    }
}

Result<StormReport> StormRun::run() {
    if (Status ready = setUp(); !ready) {
        return ready.error();
    }
    log(QStringLiteral("starting %1 desks").arg(m_options.desks));
    for (const std::unique_ptr<StormDeskProcess>& desk : m_desks) {
        desk->start();
    }
    for (const std::unique_ptr<StormDeskProcess>& desk : m_desks) {
        if (!desk->waitFor(QStringLiteral("ready"), 300000)) {
            return Error{
                QStringLiteral("storm.desk_failed"),
                QStringLiteral("desk %1 did not become ready: %2").arg(desk->launch().login, desk->tail())};
        }
    }
    log(QStringLiteral("storm: %1 s%2")
            .arg(m_options.seconds)
            .arg(m_options.faults ? QStringLiteral(" with faults") : QString()));
    for (const std::unique_ptr<StormDeskProcess>& desk : m_desks) {
        desk->send(QStringLiteral("go"));
    }
    startFeed(m_options.seconds);
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 end = qint64{m_options.seconds} * 1000;
    qint64 nextFault = qint64{m_options.faultEverySeconds} * 1000;
    while (elapsed.elapsed() < end) {
        pump(20);
        if (m_feed.state() == QProcess::NotRunning && m_feed.exitCode() != 0 &&
            elapsed.elapsed() < end - 2000) {
            // The store went away under it (a fault): feeding again is safe, the simulator says so itself.
            ++m_report.feedRestarts;
            startFeed(static_cast<int>((end - elapsed.elapsed()) / 1000));
        }
        if (m_options.faults && elapsed.elapsed() >= nextFault) {
            inject(FaultKinds.at(m_faultCount++ % FaultKinds.size()));
            nextFault = elapsed.elapsed() + qint64{m_options.faultEverySeconds} * 1000;
        }
    }
    m_report.seconds = static_cast<double>(elapsed.elapsed()) / 1000.0;
    drain();
    return m_report;
}

void StormRun::inject(const QString& kind) {
    log(QStringLiteral("fault: ") + kind);
    if (kind == QLatin1String("desk_kill_mid_push")) {
        // Alternately before the mutation goes out and after the store committed it but before the cache
        // recorded the answer.
        killDeskAt(m_faultCount % 2 == 0 ? QStringLiteral("region.apply_mutation")
                                         : QStringLiteral("cache.acknowledge"),
                   kind);
    } else if (kind == QLatin1String("desk_kill_mid_pull")) {
        killDeskAt(QStringLiteral("cache.apply_batch"), kind);
    } else if (kind == QLatin1String("cache_write_failure")) {
        StormDeskProcess& desk = *m_desks.at(static_cast<size_t>(m_faultCount) % m_desks.size());
        desk.send(m_faultCount % 2 == 0 ? QStringLiteral("fail cache.apply_batch")
                                        : QStringLiteral("fail cache.acknowledge"));
        // Counted when the desk says the write failed (StormDeskProcess::cacheFailures).
    } else if (kind == QLatin1String("backend_terminated")) {
        terminateBackends();
    } else if (kind == QLatin1String("pg_fast_restart") || kind == QLatin1String("pg_sigkill")) {
        if (Status restarted = restartPostgres(kind == QLatin1String("pg_sigkill")); !restarted) {
            m_report.violations << QStringLiteral("the store did not come back after %1: %2")
                                       .arg(kind, restarted.error().message);
            return;
        }
        ++m_report.faults[kind];
    }
}

void StormRun::killDeskAt(const QString& where, const QString& kind) {
    StormDeskProcess& desk = *m_desks.at(static_cast<size_t>(m_faultCount) % m_desks.size());
    desk.send(QStringLiteral("stall ") + where);
    // The desk blocks at that step and says so; a desk that does not get there soon is killed wherever it is.
    const bool stalled = desk.waitFor(QStringLiteral("stalled"), 8000);
    desk.kill();
    ++m_report.faults[stalled ? kind : QStringLiteral("desk_kill_elsewhere")];
    desk.start(); // on the same cache: it finishes what the killed one left
    desk.send(QStringLiteral("go"));
}

Status StormRun::restartPostgres(bool sigkill) {
    if (sigkill) {
        // The postmaster's pid is the first line of postmaster.pid; the server runs as the postgres user,
        // which root may signal.
        const QString pidFile = QFileInfo(QStringLiteral(VK_REGION_SCRIPT)).absolutePath() +
                                QStringLiteral("/../.region/%1/data/postmaster.pid").arg(m_cluster->name());
        QFile file(pidFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("storm.fault"), QStringLiteral("cannot read ") + pidFile};
        }
        const pid_t pid = static_cast<pid_t>(file.readLine().trimmed().toLong());
        if (pid <= 1 || ::kill(pid, SIGKILL) != 0) {
            return Error{QStringLiteral("storm.fault"), QStringLiteral("cannot SIGKILL the postmaster")};
        }
    } else if (Status stopped = m_cluster->stop(); !stopped) {
        return stopped;
    }
    // Desks notice, go offline and keep working; the server comes back a moment later. After a SIGKILL the
    // orphaned backends take a moment to go, and until then the new postmaster refuses to start.
    Status started = Error{QStringLiteral("storm.fault"), QString()};
    for (int attempt = 0; attempt < 30 && !started; ++attempt) {
        pump(attempt == 0 ? 1500 : 500);
        started = m_cluster->start();
    }
    return started;
}

void StormRun::terminateBackends() {
    Result<PgConnection> admin = PgConnection::open(m_db->adminSettings());
    if (!admin) {
        return;
    }
    const qint64 ended = test::scalar(
        admin.value(),
        QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND application_name = 'vardinkorg-storm-desk'"));
    if (ended > 0) {
        ++m_report.faults[QStringLiteral("backend_terminated")];
    }
}

void StormRun::drain() {
    log(QStringLiteral("draining: the feed stops, every desk pushes what it has, then pulls to the end"));
    if (!m_feed.waitForFinished(20000)) {
        m_feed.kill();
        m_feed.waitForFinished();
    }
    for (const std::unique_ptr<StormDeskProcess>& desk : m_desks) {
        desk->send(QStringLiteral("quiesce"));
    }
    for (const std::unique_ptr<StormDeskProcess>& desk : m_desks) {
        if (!desk->waitFor(QStringLiteral("quiet"), 300000)) {
            m_report.violations << QStringLiteral("desk %1 could not push everything: %2")
                                       .arg(desk->launch().login, desk->tail());
        }
    }
    // Nothing writes any more: each desk's last pull sees the store's final state.
    for (const std::unique_ptr<StormDeskProcess>& desk : m_desks) {
        desk->send(QStringLiteral("finish"));
    }
    std::vector<StormAudit::Desk> audited;
    for (size_t i = 0; i < m_desks.size(); ++i) {
        StormDeskProcess& desk = *m_desks.at(i);
        if (!desk.waitFor(QStringLiteral("done"), 300000)) {
            m_report.violations
                << QStringLiteral("desk %1 did not finish: %2").arg(desk.launch().login, desk.tail());
        }
        desk.waitForExit(60000);
        for (const auto& [kind, count] : desk.actionsByKind()) {
            m_report.actionsByKind[kind] += count;
        }
        for (const auto& [code, count] : desk.refusalsByCode()) {
            m_report.refusalsByCode[code] += count;
        }
        for (const QString& error : desk.errors()) {
            m_report.addError(error, QStringLiteral("%1: %2").arg(desk.launch().login, error));
        }
        m_report.syncErrors += desk.syncErrors();
        m_report.deskRestarts += desk.restarts();
        if (desk.cacheFailures() > 0) {
            m_report.faults[QStringLiteral("cache_write_failure")] += desk.cacheFailures();
        }
        audited.push_back(
            {desk.launch().login, m_staffIds.at(i), desk.launch().cacheDir, desk.reportedMutations()});
    }
    log(QStringLiteral("auditing"));
    Result<PgConnection> admin = PgConnection::open(m_db->adminSettings());
    if (admin) {
        m_report.contactsIngested =
            test::scalar(
                admin.value(),
                QStringLiteral("SELECT count(*) FROM region.contacts WHERE forwarded_from IS NULL")) -
            m_initialContacts;
    }
    const StormAudit::Findings found =
        StormAudit(m_db->adminSettings(), m_db->adminSettings(), m_db->loginPassword()).run(audited);
    m_report.violations += found.violations;
    m_report.lost = found.lost;
    m_report.duplicated = found.duplicated;
    m_report.generated = found.generated;
    m_report.applied = found.applied;
    m_report.rejected = found.rejected;
    m_report.rejectedByReason = found.rejectedByReason;
    m_report.rowsDelivered = found.rowsDelivered;
    m_report.sipPlansShared = found.sipPlansShared;
}

} // namespace vk
