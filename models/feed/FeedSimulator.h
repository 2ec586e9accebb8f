#pragma once

#include "feed/DemoPopulation.h"
#include "feed/FeedEvent.h"

#include <QDateTime>
#include <QList>
#include <QTime>

#include <functional>

namespace vk {

/// Generates realistic feed traffic for demos, load and tests: callbacks from the telephony queues (some
/// tidsbokade), voicemails with audio, 1177 ärenden with fitting texts, follow-up messages and the odd queue
/// rejection. The mix follows the unit's telefontid (phone queues during opening hours, voicemail and 1177
/// around the clock) and the units' weights. The same options and seed give the same events.
class FeedSimulator {
public:
    /// A unit the traffic goes to.
    struct Unit {
        QString hsaId;
        bool specialist = false;
        double weight = 1.0;
        QTime phoneOpen{8, 0};
        QTime phoneClose{16, 30};
    };

    /// What to generate.
    struct Options {
        QList<Unit> units;
        QDateTime start; ///< time of the first possible event
        qint64 durationSeconds = 3600;
        double ratePerMinute = 10.0; ///< arrivals per minute at the busiest hour (a Poisson process)
        bool dailyRhythm = true;     ///< quieter nights, evenings and weekends; false: the same rate all day
        quint64 seed = 1;
        QList<DemoPatient> patients; ///< who calls and writes; generated from the seed when empty
        double bookedShare = 0.2;    ///< share of callbacks in opening hours that get a booked slot
    };

    /// Synthesized voicemail audio.
    struct Audio {
        QByteArray data;
        QString mime;
        qint64 durationMs = 0;
    };
    using Synthesizer = std::function<Audio(const QString& text)>;

    /// A simulator whose voicemails carry tone WAVs.
    explicit FeedSimulator(Options options);
    /// A simulator; `synthesize` turns a voicemail's words into audio.
    FeedSimulator(Options options, Synthesizer synthesize);

    /// Every event of the run, in time order. dueAt is left empty: the feed tool computes it per unit.
    [[nodiscard]] QList<FeedEvent> generate();

    /// A synthesizer that writes a tone WAV whose length fits the text (about 70 ms a character, at most
    /// `maxMs`).
    [[nodiscard]] static Synthesizer toneSynthesizer(int maxMs = 20000);

    /// The share (0..1) of the peak rate at a local time: weekday mornings are busiest, nights quietest,
    /// weekends and holidays a third of a weekday.
    [[nodiscard]] static double dailyRhythm(const QDateTime& localTime);

private:
    FeedEvent callback(const Unit& unit, const QDateTime& at, bool inPhoneHours);
    FeedEvent voicemail(const Unit& unit, const QDateTime& at);
    FeedEvent eservice(const Unit& unit, const QDateTime& at);
    const DemoPatient& anyPatient(bool child);
    QString nextId(const char* prefix);

    Options m_options;
    Synthesizer m_synthesize;
    QRandomGenerator m_rng;
    QString m_runTag;
    int m_counter = 0;
    QList<FeedEvent> m_errands; ///< ärenden of this run, for follow-up messages
};

} // namespace vk
