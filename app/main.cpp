#include "AppContext.h"
#include "CommandLine.h"
#include "DeskSession.h"
#include "InboxView.h"
#include "LogPrivacyFilter.h"
#include "MainWindow.h"
#include "PatientPanelWidget.h"
#include "PatientsView.h"
#include "SipPlanWidget.h"
#include "TeamPage.h"
#include "TeamStatisticsWidget.h"
#include "cache/CacheDatabase.h"
#include "item/InboxModel.h"
#include "item/PatientRepository.h"
#include "sip/SipRepository.h"
#include "sip/SipRequirements.h"

#include <QTableView>

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

/// README picture of a SIP (--screenshot-open sip): the first plan of the cache that still misses a required
/// element, in the SIP view. Showing it is an access to the patient's data and is logged like one.
int sipScreenshot(vk::AppContext& context, const QString& path, QTextStream& err) {
    vk::DeskSession& session = context.session();
    const QSqlDatabase db = session.cache()->connection();
    const vk::Result<QStringList> ids = vk::SipRepository(db).allPlanIds();
    std::optional<vk::SipPlan> chosen;
    for (const QString& id : ids ? ids.value() : QStringList()) {
        vk::Result<vk::SipPlan> plan = vk::SipRepository(db).load(id);
        if (plan && !vk::SipRequirements::missing(plan.value()).isEmpty()) {
            chosen = std::move(plan.value());
            break;
        }
    }
    if (!chosen || session.actions() == nullptr) {
        err << QApplication::translate("main", "The cache holds no SIP with a missing element to show.")
            << '\n';
        return 1;
    }
    (void)session.actions()->logAccess(chosen->patientId, QString(), chosen->unitId,
                                       QStringLiteral("sip_open"));
    vk::SipPlanWidget view(context.clock());
    view.setSource([&session] { return session.cache()->connection(); },
                   [&session] { return session.actions(); });
    view.showPatient(chosen->patientId);
    view.showPlan(chosen->id);
    view.resize(1100, 860);
    view.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (!view.grab().save(path, "PNG")) {
        err << QApplication::translate("main", "Could not write the screenshot to %1").arg(path) << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    // A screenshot, --version or --help needs no display; pick the off-screen platform unless one was chosen.
    if (vk::CommandLine::runsHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    vk::LogPrivacyFilter::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vardinkorg"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vårdinkorg"));
    QApplication::setOrganizationName(QStringLiteral("Vardinkorg"));
    QApplication::setApplicationVersion(QStringLiteral(VARDINKORG_VERSION));

    vk::AppContext context;
    const vk::CommandLine options = vk::CommandLine::parse(QApplication::arguments());
    context.installLanguage(options.language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!options.error.isEmpty()) {
        err << options.error << '\n';
        return 2;
    }
    if (options.showHelp) {
        out << options.helpText;
        return 0;
    }
    if (options.showVersion) {
        out << QApplication::applicationName() << ' ' << QApplication::applicationVersion() << '\n';
        return 0;
    }

    // Scripted runs (README screenshots, demos) log in without the dialog; the password never goes on the
    // command line, where other users of the machine could read it.
    if (!options.loginUser.isEmpty()) {
        const QString error =
            context.loginWith(options.loginUser, qEnvironmentVariable("VARDINKORG_PASSWORD"));
        if (!error.isEmpty()) {
            err << error << '\n';
            return 1;
        }
    } else if (options.screenshotPath.isEmpty() && !context.login()) {
        return 0;
    }

    if (options.screenshotOpen == QLatin1String("sip") && !options.screenshotPath.isEmpty() &&
        context.session().isOpen()) {
        // Let the first sync bring the demo region's plans (bounded).
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < options.screenshotWaitMs) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        return sipScreenshot(context, options.screenshotPath, err);
    }

    vk::MainWindow& window = context.mainWindow();
    QObject::connect(&context, &vk::AppContext::quitRequested, &app, &QApplication::quit);
    window.show();
    if (!options.screenshotPath.isEmpty()) {
        // Give the first sync a moment to bring the demo region's contacts (bounded: the shot is taken
        // anyway).
        QElapsedTimer waited;
        waited.start();
        while (!options.loginUser.isEmpty() && waited.elapsed() < options.screenshotWaitMs) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        if ((options.screenshotOpen == QLatin1String("team") ||
             options.screenshotOpen == QLatin1String("stats")) &&
            window.teamPage() != nullptr) {
            // README pictures of the team lead's page: the live overview, or this month's statistics.
            window.navigation()->setCurrentSection(vk::NavigationWidget::Section::Team);
            const bool stats = options.screenshotOpen == QLatin1String("stats");
            bool shown = !stats;
            QObject::connect(window.teamPage()->statistics(), &vk::TeamStatisticsWidget::statisticsShown,
                             &window, [&shown] { shown = true; });
            window.teamPage()->showTab(stats ? vk::TeamPage::Tab::Statistics : vk::TeamPage::Tab::Overview);
            QElapsedTimer settle;
            settle.start();
            while ((!shown || settle.elapsed() < 1500) && settle.elapsed() < 10000) {
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            }
        } else if (options.screenshotOpen.startsWith(QLatin1String("patient")) &&
                   context.session().isOpen()) {
            // README picture of the patient panel: a patient with a SIP plan (opening it is logged).
            const vk::Result<QString> patient =
                vk::PatientRepository(context.session().cache()->connection()).patientWithSip();
            if (patient.ok() && !patient->isEmpty()) {
                window.openPatient(patient.value(), QString());
                if (options.screenshotOpen == QLatin1String("patient-care")) {
                    window.patientsView()->panel()->showTab(vk::PatientPanelWidget::Tab::CareContacts);
                }
            }
        } else if (!options.screenshotOpen.isEmpty() && window.inboxView() != nullptr) {
            // README pictures of each channel's pane: open the first contact of that channel.
            QAbstractItemModel* list = window.inboxView()->table()->model();
            for (int row = 0; row < list->rowCount(); ++row) {
                const QModelIndex index = list->index(row, 0);
                if (vk::toStorage(static_cast<vk::Channel>(
                        index.data(vk::InboxModel::ChannelRole).toInt())) == options.screenshotOpen) {
                    window.inboxView()->table()->setCurrentIndex(index);
                    break;
                }
            }
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 500) {
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            }
        }
        QApplication::processEvents();
        if (!window.grab().save(options.screenshotPath, "PNG")) {
            err << QApplication::translate("main", "Could not write the screenshot to %1")
                       .arg(options.screenshotPath)
                << '\n';
            return 1;
        }
        return 0;
    }
    return QApplication::exec();
}
