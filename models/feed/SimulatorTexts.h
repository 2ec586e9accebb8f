#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace vk::simulator {

// Realistic Swedish wording for simulated traffic: only FeedSimulator uses these.

/// A 1177 e-service message body fitting `errandType`, signed with `firstName`.
[[nodiscard]] QString eserviceBody(QRandomGenerator& rng, const QString& errandType,
                                   const QString& firstName);
/// A short subject line for an ärende of `errandType`.
[[nodiscard]] QString eserviceSubject(QRandomGenerator& rng, const QString& errandType);
/// A follow-up message in an existing ärende.
[[nodiscard]] QString followUpBody(QRandomGenerator& rng);
/// What a caller says on the voicemail of `mailbox` (a small set, so synthesized audio can be reused).
[[nodiscard]] QString voicemailText(QRandomGenerator& rng, const QString& mailbox);
/// The e-service types a hälsocentral offers, with relative weights (same order).
[[nodiscard]] const QStringList& errandTypes();
[[nodiscard]] const QList<int>& errandTypeWeights();

} // namespace vk::simulator
