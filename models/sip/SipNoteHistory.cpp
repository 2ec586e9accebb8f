#include "SipNoteHistory.h"

#include <algorithm>

namespace vk {

SipNoteHistory::SipNoteHistory(std::vector<SipPlan::Note> notes)
    : m_notes(std::move(notes)) {
    std::stable_sort(m_notes.begin(), m_notes.end(), [](const SipPlan::Note& a, const SipPlan::Note& b) {
        return a.writtenMs != b.writtenMs ? a.writtenMs < b.writtenMs : a.id < b.id;
    });
}

const SipPlan::Note* SipNoteHistory::find(const QString& id) const {
    const auto it = std::find_if(m_notes.begin(), m_notes.end(),
                                 [&id](const SipPlan::Note& note) { return note.id == id; });
    return it == m_notes.end() ? nullptr : &*it;
}

bool SipNoteHistory::isCorrected(const QString& id) const {
    return std::any_of(m_notes.begin(), m_notes.end(),
                       [&id](const SipPlan::Note& note) { return note.correctsNoteId == id; });
}

std::vector<const SipPlan::Note*> SipNoteHistory::correctionsOf(const QString& id) const {
    std::vector<const SipPlan::Note*> result;
    for (const SipPlan::Note& note : m_notes) {
        if (note.correctsNoteId == id) {
            result.push_back(&note);
        }
    }
    return result;
}

} // namespace vk
