#pragma once

#include <QByteArray>

namespace vk {

/// Minimal PCM WAV support for simulated voicemails: a generated tone when no speech synthesizer is
/// installed, and the duration of a WAV file (what espeak-ng writes).
class WavAudio {
public:
    /// A 16-bit mono PCM WAV of `durationMs` with a few beeps, like an answering machine's prompt.
    [[nodiscard]] static QByteArray tone(int durationMs, int sampleRate = 8000);
    /// The playing time of a PCM WAV in milliseconds; -1 when the data is not a WAV we understand.
    [[nodiscard]] static qint64 durationMs(const QByteArray& wav);
    /// A 16-bit mono PCM WAV converted to `sampleRate` (linear interpolation), e.g. speech synthesis at 22
    /// kHz to the 8 kHz of a telephone line; empty when the input is not 16-bit mono PCM.
    [[nodiscard]] static QByteArray resampled(const QByteArray& wav, int sampleRate);
};

} // namespace vk
