#pragma once

#include "SipPlan.h"

#include <vector>

namespace vk {

/// A plan's coordination notes in the order they were written, with their corrections resolved: a
/// correction is a note of its own that names the note it corrects, so nothing is ever edited in place and
/// the original stays readable next to what corrected it.
class SipNoteHistory {
public:
    explicit SipNoteHistory(std::vector<SipPlan::Note> notes);

    /// Every note, oldest first (ties by id, so every desk shows the same order).
    [[nodiscard]] const std::vector<SipPlan::Note>& notes() const { return m_notes; }
    /// The note with `id`, or nullptr.
    [[nodiscard]] const SipPlan::Note* find(const QString& id) const;
    /// Whether a later note corrects the note `id`.
    [[nodiscard]] bool isCorrected(const QString& id) const;
    /// The notes correcting `id`, oldest first.
    [[nodiscard]] std::vector<const SipPlan::Note*> correctionsOf(const QString& id) const;
    /// Whether a correction of `id` may be written: the note must belong to this plan.
    [[nodiscard]] bool canCorrect(const QString& id) const { return find(id) != nullptr; }

private:
    std::vector<SipPlan::Note> m_notes;
};

} // namespace vk
