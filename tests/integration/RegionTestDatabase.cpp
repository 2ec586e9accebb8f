#include "RegionTestDatabase.h"

#include "domain/IdentityNumber.h"
#include "region/RegionAdmin.h"
#include "region/RegionMigrator.h"

#include <QDate>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace vk::test {

namespace {

Error notRunning(const QString& why) {
    return {QStringLiteral("test.region_missing"),
            QStringLiteral("The private test region cluster is not available (%1): start it with "
                           "scripts/region --cluster test start, then source .region/test/env")
                .arg(why)};
}

QString randomSuffix() {
    return QString::number(QRandomGenerator::system()->generate64(), 36).rightJustified(12, QLatin1Char('0'));
}

} // namespace

Result<std::unique_ptr<RegionTestDatabase>> RegionTestDatabase::create() {
    PgConnectionSettings server = PgConnectionSettings::adminFromEnvironment();
    if (server.host.isEmpty() || server.user.isEmpty() || server.password.isEmpty()) {
        return notRunning(
            QStringLiteral("VK_REGION_HOST, VK_REGION_ADMIN_USER or VK_REGION_ADMIN_PASSWORD unset"));
    }
    return create(std::move(server));
}

Result<std::unique_ptr<RegionTestDatabase>> RegionTestDatabase::create(PgConnectionSettings server) {
    server.database = QStringLiteral("postgres");
    server.applicationName = QStringLiteral("vardinkorg-tests");
    Result<PgConnection> maintenance = PgConnection::open(server);
    if (!maintenance) {
        return notRunning(maintenance.error().message);
    }
    std::unique_ptr<RegionTestDatabase> database(new RegionTestDatabase);
    database->m_server = server;
    database->m_prefix = QStringLiteral("t") + randomSuffix();
    database->m_password = randomSuffix() + randomSuffix();
    database->m_admin = server;
    database->m_admin.database = QStringLiteral("vk_it_") + database->m_prefix;
    // CREATE DATABASE takes no parameters; the name is ours and quoted anyway.
    if (Status created = maintenance->execScript(QStringLiteral("CREATE DATABASE ") +
                                                 maintenance->quoteIdentifier(database->m_admin.database));
        !created) {
        return Error{created.error().code,
                     QStringLiteral("CREATE DATABASE failed: ") + maintenance->lastServerMessage()};
    }
    Result<PgConnection> admin = PgConnection::open(database->m_admin);
    if (!admin) {
        return admin.error();
    }
    database->m_adminConnection = std::make_unique<PgConnection>(std::move(admin.value()));
    RegionMigrator migrator(*database->m_adminConnection);
    Result<int> migrated = migrator.migrate();
    if (!migrated) {
        return migrated.error();
    }
    return database;
}

RegionTestDatabase::~RegionTestDatabase() {
    m_adminConnection.reset();
    Result<PgConnection> maintenance = PgConnection::open(m_server);
    if (!maintenance) {
        return;
    }
    (void)maintenance->execScript(QStringLiteral("DROP DATABASE IF EXISTS ") +
                                  maintenance->quoteIdentifier(m_admin.database) +
                                  QStringLiteral(" WITH (FORCE)"));
    for (const QString& login : std::as_const(m_logins)) {
        (void)maintenance->execScript(QStringLiteral("DROP ROLE IF EXISTS ") +
                                      maintenance->quoteIdentifier(login));
    }
}

Status RegionTestDatabase::reopenAdmin() {
    Result<PgConnection> admin = PgConnection::open(m_admin);
    if (!admin) {
        return admin.error();
    }
    m_adminConnection = std::make_unique<PgConnection>(std::move(admin.value()));
    return Done{};
}

PgConnectionSettings RegionTestDatabase::settingsFor(const QString& login) const {
    PgConnectionSettings settings = m_admin;
    settings.user = login;
    settings.password = m_password;
    settings.applicationName = QStringLiteral("vardinkorg-tests");
    return settings;
}

Result<PgConnection> RegionTestDatabase::connectAs(const QString& login) const {
    return PgConnection::open(settingsFor(login));
}

QString RegionTestDatabase::unitHsaId(const QString& hsaSuffix) const {
    return QStringLiteral("SE-%1-%2").arg(m_prefix, hsaSuffix);
}

QUuid RegionTestDatabase::createUnit(const QString& hsaSuffix, int maxCallbackAttempts) {
    RegionAdmin::Unit unit;
    unit.hsaId = unitHsaId(hsaSuffix);
    unit.name = QStringLiteral("Vårdcentralen ") + hsaSuffix;
    unit.phoneOpen = QTime(8, 0);
    unit.phoneClose = QTime(16, 30);
    unit.maxCallbackAttempts = maxCallbackAttempts;
    Result<QUuid> id = RegionAdmin(admin()).upsertUnit(unit);
    EXPECT_TRUE(id.ok())
        << (id.ok() ? QString() : id.error().message + admin().lastServerMessage()).toStdString();
    return id.ok() ? id.value() : QUuid();
}

QString RegionTestDatabase::addStaff(const QString& name, const QString& unitSuffix, const QString& role) {
    RegionAdmin::StaffMember member;
    member.login = QStringLiteral("%1_%2").arg(m_prefix).arg(++m_counter);
    member.hsaId = QStringLiteral("SE-%1-S%2").arg(m_prefix).arg(m_counter);
    member.name = name;
    member.title =
        role == QLatin1String("team_lead") ? QStringLiteral("Enhetschef") : QStringLiteral("Sjuksköterska");
    member.unitHsaId = unitHsaId(unitSuffix);
    member.role = role;
    m_logins.append(member.login);
    Result<QUuid> id = RegionAdmin(admin()).addStaff(member, m_password);
    EXPECT_TRUE(id.ok())
        << (id.ok() ? QString() : id.error().message + admin().lastServerMessage()).toStdString();
    return member.login;
}

void RegionTestDatabase::addMembership(const QString& login, const QString& unitSuffix, const QString& role) {
    Result<PgResult> staff = admin().exec(
        QStringLiteral("SELECT hsa_id, name, title FROM region.staff WHERE login = $1"), {login});
    ASSERT_TRUE(staff.ok() && staff->rows() == 1);
    RegionAdmin::StaffMember member{
        staff->text(0, 0), staff->text(0, 1), staff->text(0, 2), login, unitHsaId(unitSuffix), role};
    Result<QUuid> id = RegionAdmin(admin()).addStaff(member, QString());
    ASSERT_TRUE(id.ok()) << admin().lastServerMessage().toStdString();
}

QString RegionTestDatabase::addFeedLogin() {
    const QString login = QStringLiteral("%1_feed%2").arg(m_prefix).arg(++m_counter);
    m_logins.append(login);
    Status done = RegionAdmin(admin()).addFeedLogin(login, m_password);
    EXPECT_TRUE(done.ok()) << admin().lastServerMessage().toStdString();
    return login;
}

QUuid RegionTestDatabase::staffId(const QString& login) {
    Result<PgResult> result =
        admin().exec(QStringLiteral("SELECT id FROM region.staff WHERE login = $1"), {login});
    return result.ok() && result->rows() == 1 ? result->uuid(0, 0) : QUuid();
}

QUuid RegionTestDatabase::ingest(const QString& eventJson) {
    Result<PgResult> result =
        admin().exec(QStringLiteral("SELECT region.ingest($1::jsonb) ->> 'id'"), {eventJson});
    EXPECT_TRUE(result.ok()) << admin().lastServerMessage().toStdString();
    return result.ok() ? result->uuid(0, 0) : QUuid();
}

QUuid RegionTestDatabase::ingestCallback(const QString& unitSuffix, const QString& personnummer) {
    const QString patient =
        personnummer.isEmpty()
            ? QString()
            : QStringLiteral(
                  R"(,"patient":{"id_type":"personnummer","id_value":"%1","name":"Test Testsson"})")
                  .arg(personnummer);
    return ingest(QStringLiteral(R"({"kind":"callback","external_id":"cb-%1","unit":"%2",)"
                                 R"("received_at":"2026-11-23T08:00:00Z","due_at":"2026-11-23T16:00:00Z",)"
                                 R"("phone":"070-1234567","queue":"Rådgivning"%3})")
                      .arg(randomSuffix(), unitHsaId(unitSuffix), patient));
}

QUuid RegionTestDatabase::ingestEservice(const QString& unitSuffix, const QString& personnummer) {
    return ingest(QStringLiteral(R"({"kind":"eservice","external_id":"es-%1","unit":"%2",)"
                                 R"("received_at":"2026-11-23T08:00:00Z","due_at":"2026-11-24T08:00:00Z",)"
                                 R"("errand_type":"Rådgivning","subject":"Fråga","body":"Hej",)"
                                 R"("ombud":false,"patient":{"id_type":"personnummer","id_value":"%3"}})")
                      .arg(randomSuffix(), unitHsaId(unitSuffix), personnummer));
}

} // namespace vk::test

namespace vk::test {

QString testPersonnummer(int n) {
    const QString date = QDate(1960, 1, 1).addDays(n % 10000).toString(QStringLiteral("yyMMdd"));
    const QString nine = date + QString::number(100 + n % 800);
    const int check = IdentityNumber::luhnCheckDigit(nine);
    return QStringLiteral("19") + nine + QString::number(check); // born 1960–1987
}

QJsonObject applyMutation(PgConnection& connection, const QString& kind, const QJsonObject& payload,
                          const QUuid& mutationId) {
    Result<PgResult> result = connection.exec(
        QStringLiteral("SELECT region.apply_mutation($1::uuid, $2, $3::jsonb)"), {mutationId, kind, payload});
    if (!result) {
        return {{QStringLiteral("status"), QStringLiteral("error")},
                {QStringLiteral("code"), result.error().code},
                {QStringLiteral("sqlstate"), connection.lastSqlState()}};
    }
    return result->json(0, 0).toObject();
}

qint64 scalar(PgConnection& connection, const QString& sql, const QList<PgParam>& params) {
    Result<PgResult> result = connection.exec(sql, params);
    if (!result || result->rows() != 1) {
        return -1;
    }
    return result->integer(0, 0);
}

} // namespace vk::test
