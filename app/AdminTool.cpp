#include "AdminTool.h"

#include "region/PgConnection.h"
#include "region/RegionMigrator.h"

#include <cstdio>

namespace vk {

AdminTool::AdminTool()
    : m_out(stdout)
    , m_err(stderr) {}

QString AdminTool::helpText() {
    return QStringLiteral(
        "Usage: vardinkorg-admin [connection options] COMMAND [command options]\n"
        "\n"
        "Administers the Vårdinkorg region store (PostgreSQL).\n"
        "\n"
        "Connection (defaults from the environment that scripts/region writes into .region/NAME/env):\n"
        "  --host HOST        VK_REGION_HOST (a name, an address or a unix socket folder)\n"
        "  --port PORT        VK_REGION_PORT\n"
        "  --db NAME          VK_REGION_DB\n"
        "  --user ROLE        VK_REGION_ADMIN_USER (needs superuser or CREATEROLE for add-staff)\n"
        "  --sslmode MODE     VK_REGION_SSLMODE (disable|prefer|require|verify-ca|verify-full)\n"
        "  The password is read from VK_REGION_ADMIN_PASSWORD, never from the command line.\n"
        "\n"
        "Commands:\n"
        "  migrate            apply the embedded schema migrations (running it again changes nothing)\n"
        "  create-unit --hsa-id ID --name NAME [--kind halsocentral|specialist] [--phone-hours HH:MM-HH:MM]\n"
        "              [--eservice-target-hours N] [--eservice-target-working-days N]\n"
        "              [--max-callback-attempts N] [--preoffer-named-contact]\n"
        "                     create a care unit, or update the one with that HSA-id\n"
        "  add-staff --hsa-id ID --name NAME --title TITLE --login LOGIN --unit UNIT-HSA-ID\n"
        "            --role nurse|team_lead [--password-stdin]\n"
        "                     create a staff member with their own login role (SCRAM) and add them to a "
        "unit;\n"
        "                     the password comes from stdin (--password-stdin) or VK_STAFF_PASSWORD; an "
        "existing\n"
        "                     member keeps their password unless one is given\n"
        "  add-feed-login --login LOGIN [--password-stdin]\n"
        "                     create a login for vardinkorg-feed (member of vardinkorg_feed: ingest only)\n"
        "  import-codes FILE  replace the eftermärkning code list from CSV "
        "(code,label_sv,label_en[,sort_order\n"
        "                     [,active]]); codes missing from the file are deactivated, never deleted\n"
        "  export-codes [FILE]\n"
        "                     write the code list as CSV (to stdout without FILE)\n"
        "  bump-epoch         start a new sync epoch and rebuild the change log from the current rows: the "
        "last\n"
        "                     step after restoring a backup (every desk then re-sends and re-pulls)\n"
        "\n"
        "Exit codes:\n"
        "  0  done\n"
        "  1  the command failed (invalid input, refused by the region store)\n"
        "  2  wrong usage (unknown command or option, missing value)\n"
        "  3  could not connect or log in to the region store\n"
        "  4  schema problem (a migration failed, was changed after it ran, or the store is newer)\n");
}

bool AdminTool::parse(const QStringList& arguments, Arguments& parsed, QString& error) {
    static const QStringList flags = {QStringLiteral("preoffer-named-contact"),
                                      QStringLiteral("password-stdin"), QStringLiteral("help")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-h")) {
            parsed.options.insert(QStringLiteral("help"), QStringLiteral("true"));
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            parsed.positional.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        } else if (flags.contains(name)) {
            value = QStringLiteral("true");
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            error = QStringLiteral("option --%1 needs a value").arg(name);
            return false;
        }
        parsed.options.insert(name, value);
    }
    return true;
}

int AdminTool::usage(const QString& message) {
    m_err << "vardinkorg-admin: " << message << "\n(see vardinkorg-admin --help)\n";
    m_err.flush();
    return Usage;
}

int AdminTool::run(const QStringList& arguments) {
    Arguments parsed;
    QString error;
    if (!parse(arguments, parsed, error)) {
        return usage(error);
    }
    if (parsed.options.contains(QStringLiteral("help"))) {
        m_out << helpText();
        m_out.flush();
        return Ok;
    }
    if (parsed.positional.isEmpty()) {
        return usage(QStringLiteral("no command given"));
    }
    static const QStringList commands = {QStringLiteral("migrate"),      QStringLiteral("create-unit"),
                                         QStringLiteral("add-staff"),    QStringLiteral("add-feed-login"),
                                         QStringLiteral("import-codes"), QStringLiteral("export-codes"),
                                         QStringLiteral("bump-epoch")};
    if (!commands.contains(parsed.positional.first())) {
        return usage(QStringLiteral("unknown command \"%1\"").arg(parsed.positional.first()));
    }
    return connectAndRun(parsed);
}

int AdminTool::connectAndRun(const Arguments& arguments) {
    PgConnectionSettings settings = PgConnectionSettings::adminFromEnvironment();
    const auto option = [&arguments](const char* name, QString& target) {
        const auto found = arguments.options.constFind(QLatin1String(name));
        if (found != arguments.options.constEnd()) {
            target = found.value();
        }
    };
    option("host", settings.host);
    option("port", settings.port);
    option("db", settings.database);
    option("user", settings.user);
    option("sslmode", settings.sslMode);
    if (!settings.isComplete()) {
        m_err << "vardinkorg-admin: no region store given: set VK_REGION_HOST, VK_REGION_DB and "
                 "VK_REGION_ADMIN_USER (source .region/NAME/env after scripts/region start) or pass --host, "
                 "--db "
                 "and --user\n";
        m_err.flush();
        return NoConnection;
    }
    Result<PgConnection> connection = PgConnection::open(settings);
    if (!connection) {
        m_err << "vardinkorg-admin: " << connection.error().message << " (" << settings.host << ':'
              << settings.port << ", database " << settings.database << ", user " << settings.user << ")\n";
        m_err.flush();
        return NoConnection;
    }
    return runCommand(arguments.positional.first(), arguments, connection.value());
}

int AdminTool::runCommand(const QString& command, const Arguments& /*arguments*/, PgConnection& connection) {
    if (command == QLatin1String("migrate")) {
        return migrate(connection);
    }
    return usage(QStringLiteral("command \"%1\" is not available yet").arg(command));
}

int AdminTool::migrate(PgConnection& connection) {
    RegionMigrator migrator(connection);
    Result<int> applied = migrator.migrate();
    if (!applied) {
        m_err << "vardinkorg-admin: " << applied.error().message << '\n';
        m_err.flush();
        return applied.error().is("region.connection_lost") ? NoConnection : SchemaProblem;
    }
    Result<int> version = migrator.currentVersion();
    m_out << (applied.value() == 0 ? QStringLiteral("region store schema is up to date (version %1)")
                                   : QStringLiteral("applied %1 migration(s); region store schema version %2")
                                         .arg(applied.value()))
                 .arg(version ? version.value() : 0)
          << '\n';
    m_out.flush();
    return Ok;
}

} // namespace vk
