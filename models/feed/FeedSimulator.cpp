#include "FeedSimulator.h"

#include "domain/DeadlinePolicy.h"
#include "domain/WorkingDayCalendar.h"
#include "feed/SimulatorTexts.h"
#include "feed/WavAudio.h"

#include <QHash>

#include <array>
#include <cmath>
#include <memory>

namespace vk {

namespace {

// Picks an index with probability proportional to its weight.
int weighted(QRandomGenerator& rng, const QList<double>& weights) {
    double total = 0;
    for (const double w : weights) {
        total += w;
    }
    double r = rng.generateDouble() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (r < weights.at(i)) {
            return int(i);
        }
        r -= weights.at(i);
    }
    return int(weights.size() - 1);
}

QString pickWeighted(QRandomGenerator& rng, const QStringList& names, const QList<double>& weights) {
    return names.at(weighted(rng, weights));
}

} // namespace

FeedSimulator::FeedSimulator(Options options)
    : FeedSimulator(std::move(options), toneSynthesizer()) {}

FeedSimulator::FeedSimulator(Options options, Synthesizer synthesize)
    : m_options(std::move(options))
    , m_synthesize(std::move(synthesize))
    , m_rng(quint32(m_options.seed ^ (m_options.seed >> 32))) {
    // External ids are unique per seed and start minute: rerunning the same simulation adds no duplicates, a
    // later run adds new contacts.
    m_runTag = QString::number(m_options.seed, 36) + u'-' +
               m_options.start.toUTC().toString(QStringLiteral("yyyyMMddHHmm"));
    if (m_options.patients.isEmpty()) {
        const QDate today = m_options.start.toTimeZone(DeadlinePolicy::stockholm()).date();
        m_options.patients = DemoPopulation::generate(500, m_options.seed, today);
    }
}

double FeedSimulator::dailyRhythm(const QDateTime& localTime) {
    // Share of the peak by hour of day, after the typical primary-care phone curve: a morning peak when the
    // queues open, a dip at lunch, 1177 messages into the evening.
    static constexpr std::array<double, 24> kHourly{0.05, 0.04, 0.03, 0.03, 0.04, 0.08, 0.2,  0.5,
                                                    1.0,  1.0,  0.8,  0.75, 0.6,  0.7,  0.7,  0.65,
                                                    0.5,  0.4,  0.35, 0.35, 0.3,  0.25, 0.15, 0.1};
    static const WorkingDayCalendar calendar;
    const double hourly = kHourly.at(std::size_t(localTime.time().hour()));
    return calendar.isWorkingDay(localTime.date()) ? hourly : hourly / 3.0;
}

FeedSimulator::Synthesizer FeedSimulator::toneSynthesizer(int maxMs) {
    // Voicemail texts come from a small set, so each tone is made once (QByteArray shares the bytes).
    auto cache = std::make_shared<QHash<qsizetype, Audio>>();
    const qsizetype longest = qMax(100, maxMs);
    return [cache, longest](const QString& text) {
        const qsizetype ms = qBound(qMin(qsizetype(2000), longest), text.size() * 70, longest);
        auto it = cache->constFind(ms);
        if (it == cache->cend()) {
            const QByteArray wav = WavAudio::tone(int(ms));
            it = cache->insert(ms, Audio{wav, QStringLiteral("audio/wav"), WavAudio::durationMs(wav)});
        }
        return it.value();
    };
}

QString FeedSimulator::nextId(const char* prefix) {
    return QLatin1String(prefix) + u'-' + m_runTag + u'-' + QString::number(++m_counter);
}

const DemoPatient& FeedSimulator::anyPatient(bool child) {
    const QDate today = m_options.start.toTimeZone(DeadlinePolicy::stockholm()).date();
    const QList<DemoPatient>& all = m_options.patients;
    // A few tries for the wanted age group; any patient will do otherwise.
    for (int i = 0; i < 20; ++i) {
        const DemoPatient& p = all.at(qsizetype(m_rng.bounded(quint32(all.size()))));
        if (p.isChild(today) == child) {
            return p;
        }
    }
    return all.at(qsizetype(m_rng.bounded(quint32(all.size()))));
}

QList<FeedEvent> FeedSimulator::generate() {
    QList<FeedEvent> events;
    if (m_options.units.isEmpty() || m_options.ratePerMinute <= 0 || m_options.patients.isEmpty()) {
        return events;
    }
    QList<double> unitWeights;
    for (const Unit& u : m_options.units) {
        unitWeights.append(u.weight);
    }
    const WorkingDayCalendar calendar;
    const QDateTime end = m_options.start.addSecs(m_options.durationSeconds);
    const double meanGapSeconds = 60.0 / m_options.ratePerMinute;
    QDateTime at = m_options.start.toUTC();
    while (true) {
        // Exponential gaps at the peak rate: arrivals of a Poisson process, thinned by the hour's share.
        const double gap = -std::log(1.0 - m_rng.generateDouble()) * meanGapSeconds;
        at = at.addMSecs(qint64(gap * 1000.0));
        if (at >= end) {
            break;
        }
        const QDateTime local = at.toTimeZone(DeadlinePolicy::stockholm());
        if (m_options.dailyRhythm && m_rng.generateDouble() >= dailyRhythm(local)) {
            continue;
        }
        const Unit& unit = m_options.units.at(weighted(m_rng, unitWeights));
        const bool open = calendar.isWorkingDay(local.date()) && local.time() >= unit.phoneOpen &&
                          local.time() < unit.phoneClose;
        const bool morningRush = open && local.time() < QTime(10, 0);
        // callback, voicemail, eservice, eservice_message, queue_rejection
        const QList<double> mix =
            open ? QList<double>{55, 12, 28, 4, morningRush ? 3.0 : 0.5} : QList<double>{8, 38, 48, 6, 0};
        switch (weighted(m_rng, mix)) {
        case 0:
            events.append(callback(unit, at, open));
            break;
        case 1:
            events.append(voicemail(unit, at));
            break;
        case 3:
            if (!m_errands.isEmpty()) {
                const FeedEvent& errand = m_errands.at(qsizetype(m_rng.bounded(quint32(m_errands.size()))));
                FeedEvent e;
                e.kind = FeedEvent::Kind::EserviceMessage;
                e.externalId = nextId("1177msg");
                e.unitHsaId = errand.unitHsaId;
                e.errandExternalId = errand.externalId;
                e.body = simulator::followUpBody(m_rng);
                e.sentAt = at;
                e.receivedAt = at;
                events.append(e);
                break;
            }
            [[fallthrough]];
        case 2:
            events.append(eservice(unit, at));
            m_errands.append(events.back());
            break;
        default: {
            FeedEvent e;
            e.kind = FeedEvent::Kind::QueueRejection;
            e.externalId = nextId("teleq-full");
            e.unitHsaId = unit.hsaId;
            e.queue = unit.specialist ? QStringLiteral("Tidsbokning") : QStringLiteral("Rådgivning");
            e.occurredAt = at;
            e.receivedAt = at;
            e.callerCount = 3 + int(m_rng.bounded(38));
            events.append(e);
            break;
        }
        }
    }
    return events;
}

FeedEvent FeedSimulator::callback(const Unit& unit, const QDateTime& at, bool inPhoneHours) {
    FeedEvent e;
    e.kind = FeedEvent::Kind::Callback;
    e.externalId = nextId("teleq");
    e.unitHsaId = unit.hsaId;
    e.receivedAt = at;
    e.queue = unit.specialist ? pickWeighted(m_rng,
                                             {QStringLiteral("Kontaktsjuksköterska"),
                                              QStringLiteral("Recept"), QStringLiteral("Tidsbokning")},
                                             {50, 20, 30})
                              : pickWeighted(m_rng,
                                             {QStringLiteral("Rådgivning"), QStringLiteral("Recept"),
                                              QStringLiteral("BVC"), QStringLiteral("Fysioterapi")},
                                             {50, 20, 15, 15});
    const bool keyedIn = m_rng.bounded(100) < 75; // most callers key in their personnummer
    const DemoPatient& p = anyPatient(e.queue == u"BVC");
    if (keyedIn) {
        e.patient = FeedEvent::Patient{p.id, m_rng.bounded(2) == 0 ? p.name : QString()};
    }
    e.phone = keyedIn ? p.phone : DemoPopulation::fictionalPhone(m_rng);
    const QDateTime local = at.toTimeZone(DeadlinePolicy::stockholm());
    const int openMinute = unit.phoneOpen.msecsSinceStartOfDay() / 60000;
    const int closeMinute = unit.phoneClose.msecsSinceStartOfDay() / 60000;
    if (inPhoneHours && m_rng.generateDouble() < m_options.bookedShare) {
        // The caller picks a slot later the same day, on the quarter hour, inside telefontid.
        const int earliest = local.time().msecsSinceStartOfDay() / 60000 + 30 + int(m_rng.bounded(150));
        const int slotMinute = (earliest + 14) / 15 * 15;
        if (slotMinute + 15 <= closeMinute) {
            e.bookedSlot =
                QDateTime(local.date(), QTime(slotMinute / 60, slotMinute % 60), DeadlinePolicy::stockholm())
                    .toUTC();
        }
    } else if (!inPhoneHours) {
        // With the queue closed the telephony only takes bookings: a slot when the unit next opens.
        static const WorkingDayCalendar calendar;
        const bool beforeOpeningToday = calendar.isWorkingDay(local.date()) && local.time() < unit.phoneOpen;
        const QDate day = beforeOpeningToday ? local.date() : calendar.nextWorkingDay(local.date());
        const int slots = qMax(1, (closeMinute - openMinute - 15) / 15 + 1);
        const int slotMinute = openMinute + 15 * int(m_rng.bounded(quint32(slots)));
        e.bookedSlot =
            QDateTime(day, QTime(slotMinute / 60, slotMinute % 60), DeadlinePolicy::stockholm()).toUTC();
    }
    return e;
}

FeedEvent FeedSimulator::voicemail(const Unit& unit, const QDateTime& at) {
    FeedEvent e;
    e.kind = FeedEvent::Kind::Voicemail;
    e.externalId = nextId("vm");
    e.unitHsaId = unit.hsaId;
    e.receivedAt = at;
    e.mailbox = unit.specialist ? QStringLiteral("Kontaktsjuksköterska")
                                : (m_rng.bounded(2) == 0 ? QStringLiteral("Av-/ombokning")
                                                         : QStringLiteral("Receptförnyelse"));
    if (m_rng.bounded(10) > 0) { // one in ten calls from a hidden number
        e.callerPhone = anyPatient(false).phone;
    }
    const Audio audio = m_synthesize(simulator::voicemailText(m_rng, e.mailbox));
    e.audio = audio.data;
    e.audioMime = audio.mime;
    e.durationMs = audio.durationMs;
    return e;
}

FeedEvent FeedSimulator::eservice(const Unit& unit, const QDateTime& at) {
    FeedEvent e;
    e.kind = FeedEvent::Kind::Eservice;
    e.externalId = nextId("1177");
    e.unitHsaId = unit.hsaId;
    e.receivedAt = at;
    const QStringList& types = simulator::errandTypes();
    QList<double> weights;
    for (const int w : simulator::errandTypeWeights()) {
        weights.append(w);
    }
    e.errandType = pickWeighted(m_rng, types, weights);
    const bool child = m_rng.bounded(100) < 12 && e.errandType != u"Förnya diabeteshjälpmedel";
    const DemoPatient& p = anyPatient(child);
    const QDate today = at.toTimeZone(DeadlinePolicy::stockholm()).date();
    e.patient = FeedEvent::Patient{p.id, p.name};
    QString writer = p.name.section(u' ', 0, 0);
    if (p.isChild(today)) {
        // A guardian writes for a child under 13, as ombud.
        const bool mother = m_rng.bounded(2) == 0;
        writer = DemoPopulation::firstName(m_rng, mother);
        e.ombud = true;
        e.ombudName = writer + u' ' + p.name.section(u' ', 1);
    }
    e.subject = simulator::eserviceSubject(m_rng, e.errandType);
    e.body = simulator::eserviceBody(m_rng, e.errandType, writer);
    return e;
}

} // namespace vk
