#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace vk {

class PgConnection;

/// The command line of vardinkorg-admin: parses arguments, runs one command, reports in plain words on
/// stderr. Exit codes are listed in helpText().
class AdminTool {
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2, NoConnection = 3, SchemaProblem = 4 };

    AdminTool();
    /// Runs the command described by `arguments` (argv[0] first) and returns the process exit code.
    int run(const QStringList& arguments);
    /// The --help text.
    [[nodiscard]] static QString helpText();

private:
    struct Arguments {
        QStringList positional;
        QHash<QString, QString> options; ///< "--name value" / "--name=value"; flags map to "true"
    };
    static bool parse(const QStringList& arguments, Arguments& parsed, QString& error);
    int usage(const QString& message);
    int connectAndRun(const Arguments& arguments);
    int runCommand(const QString& command, const Arguments& arguments, PgConnection& connection);

    int migrate(PgConnection& connection);
    int createUnit(const Arguments& arguments, PgConnection& connection);
    int addStaff(const Arguments& arguments, PgConnection& connection);
    int addFeedLogin(const Arguments& arguments, PgConnection& connection);
    int importCodes(const Arguments& arguments, PgConnection& connection);
    int exportCodes(const Arguments& arguments, PgConnection& connection);
    int bumpEpoch(PgConnection& connection);

    int fail(const Error& error, const PgConnection& connection);
    static QString readPassword(const Arguments& arguments, const char* environmentVariable);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace vk
