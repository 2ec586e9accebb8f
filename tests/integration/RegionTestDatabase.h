#pragma once

#include "domain/Result.h"
#include "region/PgConnection.h"
#include "region/PgConnectionSettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>

namespace vk::test {

/// A fresh, uniquely named region database in the private test cluster (scripts/region --cluster test start),
/// migrated, with uniquely named staff logins. Dropped again, logins included, when destroyed.
class RegionTestDatabase {
public:
    /// Creates the database; fails with a "start it with scripts/region --cluster test start" message when
    /// the VK_REGION_* variables are missing or the cluster does not answer.
    [[nodiscard]] static Result<std::unique_ptr<RegionTestDatabase>> create();
    /// The same in another cluster (a PrivateCluster), reached with that cluster's admin settings.
    [[nodiscard]] static Result<std::unique_ptr<RegionTestDatabase>> create(PgConnectionSettings server);
    ~RegionTestDatabase();
    RegionTestDatabase(const RegionTestDatabase&) = delete;
    RegionTestDatabase& operator=(const RegionTestDatabase&) = delete;

    /// Admin settings for this database.
    [[nodiscard]] const PgConnectionSettings& adminSettings() const { return m_admin; }
    [[nodiscard]] QString databaseName() const { return m_admin.database; }
    /// The admin connection to this database (opened once, kept).
    [[nodiscard]] PgConnection& admin() { return *m_adminConnection; }
    /// The admin of the cluster, on its maintenance database "postgres" (CREATE/DROP DATABASE).
    [[nodiscard]] const PgConnectionSettings& serverSettings() const { return m_server; }
    /// Closes the kept admin connection (a DROP DATABASE or a template copy needs the database to itself).
    void closeAdmin() { m_adminConnection.reset(); }
    /// Opens the kept admin connection again, to the same database name (after a restore, say).
    [[nodiscard]] Status reopenAdmin();
    /// The password every login of this database got.
    [[nodiscard]] QString loginPassword() const { return m_password; }
    /// Every login addStaff / addFeedLogin created.
    [[nodiscard]] QStringList logins() const { return m_logins; }
    /// Connection settings for `login` (created by addStaff / addFeedLogin), password included.
    [[nodiscard]] PgConnectionSettings settingsFor(const QString& login) const;
    /// A new connection as `login` (created by addStaff / addFeedLogin).
    [[nodiscard]] Result<PgConnection> connectAs(const QString& login) const;

    /// Creates a care unit; returns its id. `hsaId` is made unique per database.
    QUuid createUnit(const QString& hsaSuffix, int maxCallbackAttempts = 3);
    /// The HSA-id createUnit gave the unit.
    [[nodiscard]] QString unitHsaId(const QString& hsaSuffix) const;
    /// Creates a staff member with a unique login in the unit; returns the login.
    [[nodiscard]] QString addStaff(const QString& name, const QString& unitSuffix, const QString& role);
    /// Adds an existing staff login to another unit.
    void addMembership(const QString& login, const QString& unitSuffix, const QString& role);
    /// Creates a unique feed login; returns it.
    [[nodiscard]] QString addFeedLogin();
    /// The staff id of a login.
    [[nodiscard]] QUuid staffId(const QString& login);

    /// Ingests one event as the admin and returns the contact (or message) id; aborts the test on failure.
    QUuid ingest(const QString& eventJson);
    /// A callback contact in the unit, with a test patient when `personnummer` is given.
    QUuid ingestCallback(const QString& unitSuffix, const QString& personnummer = QString());
    /// A 1177 e-service errand in the unit for the (BankID-verified) patient, with its first message.
    QUuid ingestEservice(const QString& unitSuffix, const QString& personnummer);

private:
    RegionTestDatabase() = default;
    PgConnectionSettings m_admin;
    PgConnectionSettings m_server; ///< the admin on the maintenance database "postgres"
    std::unique_ptr<PgConnection> m_adminConnection;
    QString m_prefix;
    QString m_password;
    QStringList m_logins;
    int m_counter = 0;
};

} // namespace vk::test

namespace vk::test {

/// Runs region.apply_mutation as the connection's login; a SQL failure comes back as
/// {"status":"error","code":…}.
QJsonObject applyMutation(PgConnection& connection, const QString& kind, const QJsonObject& payload,
                          const QUuid& mutationId = QUuid::createUuid());

/// A valid personnummer for test patient number `n` (distinct for n below 10 000): born 1960 + n days.
QString testPersonnummer(int n);

/// Runs one query that returns a single integer (a count); -1 on failure.
qint64 scalar(PgConnection& connection, const QString& sql, const QList<PgParam>& params = {});

/// The canonical text form of a uuid, as the server prints it.
inline QString uuidText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

} // namespace vk::test
