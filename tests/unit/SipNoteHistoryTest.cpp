// Issue 7: coordination notes are appended; a correction is a new note naming the one it corrects.
#include "sip/SipNoteHistory.h"

#include <gtest/gtest.h>

using vk::SipNoteHistory;
using vk::SipPlan;

namespace {

SipPlan::Note note(const char* id, qint64 writtenMs, const char* body, const char* corrects = "") {
    SipPlan::Note n;
    n.id = QString::fromLatin1(id);
    n.writtenMs = writtenMs;
    n.body = QString::fromUtf8(body);
    n.correctsNoteId = QString::fromLatin1(corrects);
    return n;
}

QStringList ids(const SipNoteHistory& history) {
    QStringList result;
    for (const SipPlan::Note& n : history.notes()) {
        result << n.id;
    }
    return result;
}

} // namespace

TEST(SipNoteHistory, NotesAreInWritingOrderTiesById) {
    const SipNoteHistory history({note("c", 300, "tredje"), note("b", 100, "första b"),
                                  note("a", 100, "första a"), note("d", 200, "andra")});
    EXPECT_EQ(ids(history), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"),
                                         QStringLiteral("c")}));
}

TEST(SipNoteHistory, ACorrectionKeepsTheOriginalAndPointsAtIt) {
    const SipNoteHistory history({note("n1", 100, "Uppföljning med dottern."),
                                  note("n2", 200, "Sömnen bättre."),
                                  note("n3", 300, "Rättelse: med sonen, inte dottern.", "n1"),
                                  note("n4", 400, "Rättelse av rättelsen.", "n3")});
    ASSERT_EQ(history.notes().size(), 4U) << "nothing is replaced or removed";
    ASSERT_NE(history.find(QStringLiteral("n1")), nullptr);
    EXPECT_EQ(history.find(QStringLiteral("n1"))->body, QStringLiteral("Uppföljning med dottern."));
    EXPECT_TRUE(history.isCorrected(QStringLiteral("n1")));
    EXPECT_FALSE(history.isCorrected(QStringLiteral("n2")));
    EXPECT_TRUE(history.isCorrected(QStringLiteral("n3")));
    EXPECT_FALSE(history.isCorrected(QStringLiteral("n4")));
    const auto corrections = history.correctionsOf(QStringLiteral("n1"));
    ASSERT_EQ(corrections.size(), 1U);
    EXPECT_EQ(corrections.front()->id, QStringLiteral("n3"));
    EXPECT_TRUE(history.correctionsOf(QStringLiteral("n2")).empty());
}

TEST(SipNoteHistory, OnlyNotesOfThePlanCanBeCorrected) {
    const SipNoteHistory history({note("n1", 100, "Anteckning")});
    EXPECT_TRUE(history.canCorrect(QStringLiteral("n1")));
    EXPECT_FALSE(history.canCorrect(QStringLiteral("other-plans-note")));
    EXPECT_FALSE(history.canCorrect(QString()));
    EXPECT_EQ(history.find(QStringLiteral("missing")), nullptr);
}
