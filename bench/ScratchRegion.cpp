#include "ScratchRegion.h"

#include "BenchTool.h"
#include "region/RegionMigrator.h"

#include <QRandomGenerator>

namespace vk::bench {

namespace {

QString randomWord() {
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

ScratchRegion::ScratchRegion(char kind)
    : m_server(PgConnectionSettings::adminFromEnvironment())
    , m_prefix(QLatin1Char(kind) + randomWord())
    , m_password(randomWord() + randomWord()) {
    if (!m_server.isComplete()) {
        die(QStringLiteral(
            "VK_REGION_* are not set: start a cluster with scripts/region and source its env"));
    }
    m_server.database = QStringLiteral("postgres");
    PgConnection maintenance = check(PgConnection::open(m_server), "connect");
    m_admin = m_server;
    m_admin.database = QStringLiteral("vk_bench_") + m_prefix;
    check(maintenance.execScript(QStringLiteral("CREATE DATABASE ") +
                                 maintenance.quoteIdentifier(m_admin.database)),
          "create database");
    m_connection.emplace(check(PgConnection::open(m_admin), "connect"));
    (void)check(RegionMigrator(*m_connection).migrate(), "migrate");
}

ScratchRegion::~ScratchRegion() {
    m_connection.reset();
    Result<PgConnection> maintenance = PgConnection::open(m_server);
    if (!maintenance) {
        return;
    }
    // FORCE: a bench that died mid-measurement may leave its desks' connections behind.
    (void)maintenance->execScript(QStringLiteral("DROP DATABASE IF EXISTS ") +
                                  maintenance->quoteIdentifier(m_admin.database) +
                                  QStringLiteral(" WITH (FORCE)"));
    for (const QString& login : std::as_const(m_logins)) {
        (void)maintenance->execScript(QStringLiteral("DROP ROLE IF EXISTS ") +
                                      maintenance->quoteIdentifier(login));
    }
}

} // namespace vk::bench
