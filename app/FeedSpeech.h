#pragma once

#include "feed/FeedSimulator.h"

namespace vk {

/// Voicemail audio for the simulator: Swedish speech from espeak-ng (`espeak-ng -v sv -w FILE TEXT`) when it
/// is installed, a tone WAV otherwise. Each distinct text is synthesized once.
class FeedSpeech {
public:
    /// The synthesizer to hand to FeedSimulator; `usedSpeech` tells whether espeak-ng was found. Tones last
    /// at most `maxToneSeconds`.
    [[nodiscard]] static FeedSimulator::Synthesizer synthesizer(bool allowSpeech, int maxToneSeconds,
                                                                bool* usedSpeech);
};

} // namespace vk
