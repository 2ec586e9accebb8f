#include "FeedSpeech.h"

#include "feed/WavAudio.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace vk {

namespace {

constexpr int kSpeechTimeoutMs = 20000;

std::optional<FeedSimulator::Audio> speak(const QString& program, const QString& text,
                                          const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("voicemail.wav"));
    QProcess process;
    process.start(program, {QStringLiteral("-v"), QStringLiteral("sv"), QStringLiteral("-w"), path, text});
    if (!process.waitForFinished(kSpeechTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    // A voicemail comes over a phone line: 8 kHz is what the telephony would store (and a third of the
    // bytes).
    QByteArray wav = file.readAll();
    if (const QByteArray phone = WavAudio::resampled(wav, 8000); !phone.isEmpty()) {
        wav = phone;
    }
    const qint64 ms = WavAudio::durationMs(wav);
    if (ms <= 0) {
        return std::nullopt;
    }
    return FeedSimulator::Audio{wav, QStringLiteral("audio/wav"), ms};
}

} // namespace

FeedSimulator::Synthesizer FeedSpeech::synthesizer(bool allowSpeech, int maxToneMs, bool* usedSpeech) {
    const QString program =
        allowSpeech ? QStandardPaths::findExecutable(QStringLiteral("espeak-ng")) : QString();
    auto dir = std::make_shared<QTemporaryDir>();
    if (usedSpeech) {
        *usedSpeech = !program.isEmpty() && dir->isValid();
    }
    FeedSimulator::Synthesizer tone = FeedSimulator::toneSynthesizer(maxToneMs);
    if (program.isEmpty() || !dir->isValid()) {
        return tone;
    }
    auto cache = std::make_shared<QHash<QString, FeedSimulator::Audio>>();
    return [program, dir, cache, tone](const QString& text) {
        if (const auto it = cache->constFind(text); it != cache->cend()) {
            return it.value();
        }
        // A failed synthesis falls back to the tone for that text rather than failing the simulation.
        const FeedSimulator::Audio audio = speak(program, text, *dir).value_or(tone(text));
        cache->insert(text, audio);
        return audio;
    };
}

} // namespace vk
