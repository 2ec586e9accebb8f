// FeedTool::simulate: the --simulate mode of vardinkorg-feed (kept apart from the feeding of files).
#include "FeedTool.h"

#include "FeedSpeech.h"
#include "domain/SystemClock.h"
#include "feed/DemoPopulation.h"
#include "feed/FeedSimulator.h"
#include "feed/RejectWriter.h"
#include "region/PgConnection.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

namespace vk {

namespace {

const QDate kPopulationAnchor(2026, 1, 1);

std::optional<double> ratePerMinute(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(?:/(s|min|h))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    return unit == u"s" ? n * 60.0 : unit == u"h" ? n / 60.0 : n;
}

std::optional<qint64> seconds(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^([0-9]+)(s|m|h)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    return unit == u"m" ? n * 60 : unit == u"h" ? n * 3600 : n;
}

} // namespace

int FeedTool::simulate() {
    const std::optional<double> rate = ratePerMinute(m_args.value(QStringLiteral("rate")));
    const std::optional<qint64> duration = seconds(m_args.value(QStringLiteral("duration")));
    bool countOk = false;
    const int patientCount = m_args.value(QStringLiteral("patients")).toInt(&countOk);
    if (!rate || *rate <= 0 || *rate > 100000) {
        return fail(QStringLiteral("--rate must be a positive number per minute, e.g. 30/min"), kUsage);
    }
    if (!duration || *duration <= 0) {
        return fail(QStringLiteral("--duration must be a positive number of seconds (or Nm, Nh)"), kUsage);
    }
    if (!countOk || patientCount < 1 || patientCount > 1000000) {
        return fail(QStringLiteral("--patients must be a number from 1 to 1000000"), kUsage);
    }
    const SystemClock clock;
    FeedSimulator::Options options;
    options.durationSeconds = *duration;
    options.ratePerMinute = *rate;
    options.dailyRhythm = !m_args.isSet(QStringLiteral("flat"));
    options.seed = m_args.isSet(QStringLiteral("seed")) ? m_args.value(QStringLiteral("seed")).toULongLong()
                                                        : QRandomGenerator::global()->generate64();
    options.start = clock.now();
    if (m_args.isSet(QStringLiteral("start"))) {
        options.start = QDateTime::fromString(m_args.value(QStringLiteral("start")), Qt::ISODateWithMs);
        if (!options.start.isValid() || options.start.timeSpec() == Qt::LocalTime) {
            return fail(QStringLiteral("--start must be an ISO-8601 time with an offset"), kUsage);
        }
    }
    // The population is the same for every run with the same size: simulated contacts find the demo's
    // patients.
    options.patients = DemoPopulation::generate(patientCount, 1, kPopulationAnchor);

    const bool emit = m_args.isSet(QStringLiteral("emit"));
    if (emit && m_args.isSet(QStringLiteral("units"))) {
        for (const QString& entry : m_args.value(QStringLiteral("units")).split(u',', Qt::SkipEmptyParts)) {
            const bool specialist = entry.endsWith(QLatin1String(":specialist"));
            options.units.append({entry.section(u':', 0, 0).trimmed(), specialist, specialist ? 1.0 : 3.0,
                                  QTime(8, 0), QTime(16, 30)});
        }
    } else {
        if (const Status s = connect(); !s) {
            return fail(s.error().message);
        }
        for (const RegionFeedClient::Unit& u : m_units) {
            const DeadlinePolicy::Settings& s = u.policy.settings();
            options.units.append(
                {u.hsaId, u.specialist, u.specialist ? 1.0 : 3.0, s.phoneOpen, s.phoneClose});
        }
    }
    if (options.units.isEmpty()) {
        return fail(QStringLiteral("no units to simulate traffic for (create units first, or pass --units)"));
    }

    if (m_args.isSet(QStringLiteral("emit-patients"))) {
        QSaveFile csv(m_args.value(QStringLiteral("emit-patients")));
        if (!csv.open(QIODevice::WriteOnly) ||
            csv.write(DemoPopulation::toCsv(options.patients).toUtf8()) < 0 || !csv.commit()) {
            return fail(QStringLiteral("cannot write %1").arg(m_args.value(QStringLiteral("emit-patients"))));
        }
    }

    bool speech = false;
    const int maxTone =
        int(qBound(0.1, m_args.value(QStringLiteral("max-tone-seconds")).toDouble(), 600.0) * 1000);
    FeedSimulator simulator(options,
                            FeedSpeech::synthesizer(!m_args.isSet(QStringLiteral("tone")), maxTone, &speech));
    const QList<FeedEvent> events = simulator.generate();

    if (emit) {
        const QString target = m_args.value(QStringLiteral("emit"));
        QFile out;
        QSaveFile file(target);
        QIODevice* device = &file;
        if (target == u"-") {
            device = &out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                return fail(QStringLiteral("cannot write to standard output"));
            }
        } else if (!file.open(QIODevice::WriteOnly)) {
            return fail(QStringLiteral("cannot write %1").arg(target));
        }
        for (const FeedEvent& e : events) {
            device->write(QJsonDocument(e.toFeedJson()).toJson(QJsonDocument::Compact) + '\n');
        }
        if (target != u"-" && !file.commit()) {
            return fail(QStringLiteral("cannot write %1").arg(target));
        }
        m_err << "vardinkorg-feed: wrote " << events.size() << " simulated lines (seed " << options.seed
              << ", " << (speech ? "espeak-ng speech" : "tone audio") << ')' << Qt::endl;
        return kOk;
    }

    QHash<QString, DeadlinePolicy> policies;
    QSet<QString> unitIds;
    for (const RegionFeedClient::Unit& u : m_units) {
        policies.insert(u.hsaId, u.policy);
        unitIds.insert(u.hsaId);
    }
    const FeedLineParser parser(unitIds, clock, m_reservnummer);
    FeedRunner runner(parser, policies, *m_client);
    RejectWriter rejects(m_args.isSet(QStringLiteral("rejects")) ? m_args.value(QStringLiteral("rejects"))
                                                                 : QStringLiteral("simulate.rejects.jsonl"));
    if (const Status s = rejects.start(); !s) {
        return fail(s.error().message);
    }
    const bool wait = !m_args.isSet(QStringLiteral("no-wait"));
    qint64 inserted = 0;
    qint64 number = 0;
    for (FeedEvent e : events) {
        ++number;
        // Live traffic: each event arrives at its own time. A past start is fed at once.
        if (wait && e.receivedAt > clock.now()) {
            // Everything so far becomes visible before the pause.
            if (const Status s = m_client->flush(); !s) {
                return fail(s.error().message);
            }
        }
        while (wait && e.receivedAt > clock.now()) {
            QThread::msleep(ulong(qBound(qint64{1}, clock.now().msecsTo(e.receivedAt), qint64{1000})));
        }
        const QByteArray line = QJsonDocument(e.toFeedJson()).toJson(QJsonDocument::Compact);
        if (const Status due = runner.computeDue(e); !due) {
            if (const Status s = rejects.write(QStringLiteral("simulation"), number, due.error().code,
                                               due.error().message, line);
                !s) {
                return fail(s.error().message);
            }
            continue;
        }
        const Result<IngestSink::Outcome> outcome = m_client->ingest(e.toIngestJson());
        if (!outcome) {
            if (!outcome.error().is("feed.server_rejected")) {
                return fail(outcome.error().message);
            }
            if (const Status s = rejects.write(QStringLiteral("simulation"), number, outcome.error().code,
                                               outcome.error().message, line);
                !s) {
                return fail(s.error().message);
            }
            continue;
        }
        inserted += outcome.value() == IngestSink::Outcome::Inserted ? 1 : 0;
    }
    if (const Status s = m_client->flush(); !s) {
        return fail(s.error().message);
    }
    if (const Status s = rejects.finish(); !s) {
        return fail(s.error().message);
    }
    m_err << "vardinkorg-feed: simulated " << events.size() << " events, " << inserted << " inserted, "
          << rejects.count() << " rejected (seed " << options.seed << ')' << Qt::endl;
    return rejects.count() > 0 ? kRejected : kOk;
}

} // namespace vk
