#include "AdminTool.h"

#include "domain/CodeCatalogue.h"
#include "region/PgConnection.h"
#include "region/RegionAdmin.h"
#include "region/RegionMigrator.h"

#include <QFile>
#include <QRegularExpression>

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

int AdminTool::runCommand(const QString& command, const Arguments& arguments, PgConnection& connection) {
    if (command == QLatin1String("migrate")) {
        return migrate(connection);
    }
    if (command == QLatin1String("create-unit")) {
        return createUnit(arguments, connection);
    }
    if (command == QLatin1String("add-staff")) {
        return addStaff(arguments, connection);
    }
    if (command == QLatin1String("add-feed-login")) {
        return addFeedLogin(arguments, connection);
    }
    if (command == QLatin1String("import-codes")) {
        return importCodes(arguments, connection);
    }
    if (command == QLatin1String("export-codes")) {
        return exportCodes(arguments, connection);
    }
    return bumpEpoch(connection);
}

int AdminTool::fail(const Error& error, const PgConnection& connection) {
    m_err << "vardinkorg-admin: " << error.message;
    // The server's own words help an administrator (they quote the admin's input, never patient data).
    const QString detail = connection.lastServerMessage().trimmed();
    if (!detail.isEmpty() && !connection.lastSqlState().isEmpty()) {
        m_err << " (" << detail << ')';
    }
    m_err << '\n';
    m_err.flush();
    if (error.is("region.connection_lost")) {
        return NoConnection;
    }
    return Failed;
}

int AdminTool::createUnit(const Arguments& arguments, PgConnection& connection) {
    RegionAdmin::Unit unit;
    unit.hsaId = arguments.options.value(QStringLiteral("hsa-id"));
    unit.name = arguments.options.value(QStringLiteral("name"));
    if (unit.hsaId.isEmpty() || unit.name.isEmpty()) {
        return usage(QStringLiteral("create-unit needs --hsa-id and --name"));
    }
    unit.kind = arguments.options.value(QStringLiteral("kind"), unit.kind);
    if (unit.kind != QLatin1String("halsocentral") && unit.kind != QLatin1String("specialist")) {
        return usage(QStringLiteral("--kind must be halsocentral or specialist"));
    }
    const QString hours = arguments.options.value(QStringLiteral("phone-hours"));
    if (!hours.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})$"));
        const QRegularExpressionMatch match = pattern.match(hours);
        unit.phoneOpen = QTime::fromString(match.captured(1), QStringLiteral("H:mm"));
        unit.phoneClose = QTime::fromString(match.captured(2), QStringLiteral("H:mm"));
        if (!match.hasMatch() || !unit.phoneOpen.isValid() || !unit.phoneClose.isValid() ||
            unit.phoneOpen >= unit.phoneClose) {
            return usage(QStringLiteral("--phone-hours must look like 08:00-16:30"));
        }
    }
    const auto number = [&arguments](const char* name, int fallback, bool& ok) {
        const QString text = arguments.options.value(QLatin1String(name));
        if (text.isEmpty()) {
            return fallback;
        }
        const int value = text.toInt(&ok);
        return value;
    };
    bool ok = true;
    unit.eserviceTargetHours = number("eservice-target-hours", unit.eserviceTargetHours, ok);
    unit.maxCallbackAttempts = number("max-callback-attempts", unit.maxCallbackAttempts, ok);
    if (arguments.options.contains(QStringLiteral("eservice-target-working-days"))) {
        unit.eserviceTargetWorkingDays = number("eservice-target-working-days", 0, ok);
    }
    if (!ok) {
        return usage(QStringLiteral("the targets and --max-callback-attempts take whole numbers"));
    }
    unit.preofferNamedContact = arguments.options.contains(QStringLiteral("preoffer-named-contact"));
    Result<QUuid> id = RegionAdmin(connection).upsertUnit(unit);
    if (!id) {
        return fail(id.error(), connection);
    }
    m_out << "unit " << unit.hsaId << ' ' << id->toString(QUuid::WithoutBraces) << '\n';
    m_out.flush();
    return Ok;
}

QString AdminTool::readPassword(const Arguments& arguments, const char* environmentVariable) {
    if (arguments.options.contains(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        return in.readLine();
    }
    return qEnvironmentVariable(environmentVariable);
}

int AdminTool::addStaff(const Arguments& arguments, PgConnection& connection) {
    RegionAdmin::StaffMember member;
    member.hsaId = arguments.options.value(QStringLiteral("hsa-id"));
    member.name = arguments.options.value(QStringLiteral("name"));
    member.title = arguments.options.value(QStringLiteral("title"));
    member.login = arguments.options.value(QStringLiteral("login"));
    member.unitHsaId = arguments.options.value(QStringLiteral("unit"));
    member.role = arguments.options.value(QStringLiteral("role"), member.role);
    if (member.hsaId.isEmpty() || member.name.isEmpty() || member.login.isEmpty() ||
        member.unitHsaId.isEmpty()) {
        return usage(QStringLiteral("add-staff needs --hsa-id, --name, --login and --unit"));
    }
    if (member.role != QLatin1String("nurse") && member.role != QLatin1String("team_lead")) {
        return usage(QStringLiteral("--role must be nurse or team_lead"));
    }
    const QString password = readPassword(arguments, "VK_STAFF_PASSWORD");
    Result<QUuid> id = RegionAdmin(connection).addStaff(member, password);
    if (!id) {
        return fail(id.error(), connection);
    }
    m_out << "staff " << member.login << ' ' << id->toString(QUuid::WithoutBraces) << '\n';
    m_out.flush();
    return Ok;
}

int AdminTool::addFeedLogin(const Arguments& arguments, PgConnection& connection) {
    const QString login = arguments.options.value(QStringLiteral("login"));
    if (login.isEmpty()) {
        return usage(QStringLiteral("add-feed-login needs --login"));
    }
    const QString password = readPassword(arguments, "VK_FEED_PASSWORD");
    Status done = RegionAdmin(connection).addFeedLogin(login, password);
    if (!done) {
        return fail(done.error(), connection);
    }
    m_out << "feed login " << login << '\n';
    m_out.flush();
    return Ok;
}

int AdminTool::importCodes(const Arguments& arguments, PgConnection& connection) {
    if (arguments.positional.size() != 2) {
        return usage(QStringLiteral("import-codes needs exactly one CSV file"));
    }
    QFile file(arguments.positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "vardinkorg-admin: cannot read " << file.fileName() << ": " << file.errorString() << '\n';
        m_err.flush();
        return Failed;
    }
    // The same rules as the desk's own catalogue: one CSV format for the code list everywhere.
    Result<CodeCatalogue> codes = CodeCatalogue::fromCsv(QString::fromUtf8(file.readAll()));
    if (!codes) {
        m_err << "vardinkorg-admin: " << file.fileName() << ": " << codes.error().message << '\n';
        m_err.flush();
        return Failed;
    }
    Result<RegionAdmin::CodeImport> imported = RegionAdmin(connection).importCodes(codes->entries());
    if (!imported) {
        return fail(imported.error(), connection);
    }
    m_out << "codes: " << imported->inserted << " added, " << imported->updated << " updated, "
          << imported->deactivated << " deactivated\n";
    m_out.flush();
    return Ok;
}

int AdminTool::exportCodes(const Arguments& arguments, PgConnection& connection) {
    if (arguments.positional.size() > 2) {
        return usage(QStringLiteral("export-codes takes at most one file"));
    }
    Result<QList<RegionAdmin::Code>> codes = RegionAdmin(connection).codes();
    if (!codes) {
        return fail(codes.error(), connection);
    }
    const QByteArray csv = CodeCatalogue(codes.value()).toCsv().toUtf8();
    if (arguments.positional.size() == 1) {
        m_out.flush();
        std::fwrite(csv.constData(), 1, static_cast<std::size_t>(csv.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    QFile file(arguments.positional.at(1));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()) {
        m_err << "vardinkorg-admin: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
        m_err.flush();
        return Failed;
    }
    return Ok;
}

int AdminTool::bumpEpoch(PgConnection& connection) {
    Result<QUuid> epoch = RegionAdmin(connection).bumpEpoch();
    if (!epoch) {
        return fail(epoch.error(), connection);
    }
    m_out << "new epoch " << epoch->toString(QUuid::WithoutBraces)
          << "; every desk will re-send its unacknowledged changes and pull everything again\n";
    m_out.flush();
    return Ok;
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
