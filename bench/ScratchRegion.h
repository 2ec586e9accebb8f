#pragma once

#include "region/PgConnection.h"
#include "region/PgConnectionSettings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vk::bench {

/// A migrated region database of its own on the cluster the VK_REGION_* variables name, with a random prefix
/// for its units and logins and one password for them; dropped, with every login added, when it goes. The
/// bench programs measure on it so they never touch another database of the cluster.
class ScratchRegion {
public:
    /// Creates and migrates the database (its name and the prefix start with `kind`); dies on any failure.
    explicit ScratchRegion(char kind);
    ~ScratchRegion();
    ScratchRegion(const ScratchRegion&) = delete;
    ScratchRegion& operator=(const ScratchRegion&) = delete;

    [[nodiscard]] const QString& prefix() const { return m_prefix; }
    [[nodiscard]] const QString& password() const { return m_password; }
    /// The admin login on the scratch database (copy it and change user/password for a staff login).
    [[nodiscard]] const PgConnectionSettings& adminSettings() const { return m_admin; }
    [[nodiscard]] PgConnection& admin() { return *m_connection; }
    /// A login created in the cluster for this run: dropped with the database.
    void addLogin(const QString& login) { m_logins << login; }
    [[nodiscard]] const QStringList& logins() const { return m_logins; }

private:
    PgConnectionSettings m_server;
    PgConnectionSettings m_admin;
    std::optional<PgConnection> m_connection;
    QString m_prefix;
    QString m_password;
    QStringList m_logins;
};

} // namespace vk::bench
