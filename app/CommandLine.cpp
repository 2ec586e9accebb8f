#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <string_view>

namespace vk {

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Vårdinkorg: one inbox for callbacks, voicemails and 1177 "
                                                   "requests."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "User interface language: sv or en."),
        QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Render the main window to a PNG file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption login(
        QStringLiteral("login"),
        QCoreApplication::translate("CommandLine",
                                    "Log in as this user without the dialog; the password is read "
                                    "from the environment variable VARDINKORG_PASSWORD."),
        QStringLiteral("user"));
    const QCommandLineOption wait(
        QStringLiteral("screenshot-wait"),
        QCoreApplication::translate("CommandLine",
                                    "Milliseconds a logged-in screenshot waits for the first sync."),
        QStringLiteral("ms"));
    const QCommandLineOption open(
        QStringLiteral("screenshot-open"),
        QCoreApplication::translate("CommandLine",
                                    "Before the screenshot, open the first contact of this channel: "
                                    "callback, voicemail or eservice; or the patient panel of a patient "
                                    "with a SIP: patient, patient-care (its named contacts); or sip: a SIP "
                                    "plan that misses a required element; or a team lead's page: team or "
                                    "stats."),
        QStringLiteral("what"));
    parser.addOption(open);
    parser.addOption(lang);
    parser.addOption(screenshot);
    parser.addOption(login);
    parser.addOption(wait);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.helpText = parser.helpText();
    result.showVersion = parser.isSet(version);
    result.screenshotPath = parser.value(screenshot);
    result.loginUser = parser.value(login);
    result.screenshotOpen = parser.value(open);
    if (parser.isSet(wait)) {
        bool ok = false;
        result.screenshotWaitMs = parser.value(wait).toInt(&ok);
        if (!ok || result.screenshotWaitMs < 0) {
            result.error = QCoreApplication::translate("CommandLine", "--screenshot-wait needs a number of "
                                                                      "milliseconds.");
        }
    }
    if (parser.isSet(lang)) {
        result.language = parser.value(lang).toLower();
        if (result.language != QLatin1String("sv") && result.language != QLatin1String("en")) {
            result.error =
                QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use sv or en.")
                    .arg(parser.value(lang));
        }
    }
    return result;
}

bool CommandLine::runsHeadless(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--screenshot" || argument.starts_with("--screenshot=") || argument == "--version" ||
            argument == "-v" || argument == "--help" || argument == "-h") {
            return true;
        }
    }
    return false;
}

} // namespace vk
