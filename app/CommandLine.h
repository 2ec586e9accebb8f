#pragma once

#include <QString>
#include <QStringList>

namespace vk {

/// The desk's command line: --version, --lang sv|en, --screenshot FILE.
struct CommandLine {
    bool showVersion = false;
    bool showHelp = false;
    QString language;            ///< empty: follow the system locale
    QString screenshotPath;      ///< non-empty: render the main window to this PNG and exit
    int screenshotWaitMs = 4000; ///< how long a logged-in screenshot waits for the first sync
    QString
        screenshotOpen; ///< callback, voicemail, eservice: open such a contact; team, stats: the team page
    QString loginUser;  ///< non-empty: log in as this user, password from VARDINKORG_PASSWORD (scripts only)
    QString error;      ///< non-empty when the arguments could not be understood
    QString helpText;

    /// Parses the full argument list (argv[0] first).
    [[nodiscard]] static CommandLine parse(const QStringList& arguments);
    /// True when argv asks for something that needs no display (a screenshot, --version, --help); checked
    /// before QApplication exists so the off-screen platform can be chosen.
    [[nodiscard]] static bool runsHeadless(int argc, char** argv);
};

} // namespace vk
