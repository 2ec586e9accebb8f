// Issue 7: what a pre-offer means to the user looking at it (vk::ContactOffer).
#include "domain/ContactOffer.h"

#include <gtest/gtest.h>

using vk::ContactOffer;
using vk::ContactStatus;

namespace {

constexpr qint64 Now = 1'800'000'000'000;

ContactOffer offerTo(const QString& staffId, qint64 untilMs) {
    return ContactOffer{staffId, untilMs, QStringLiteral("Bo Ek")};
}

} // namespace

TEST(ContactOffer, ToMeOrToOtherWhileItHolds) {
    const ContactOffer offer = offerTo(QStringLiteral("bo"), Now + 60'000);
    EXPECT_EQ(offer.stateFor(QStringLiteral("bo"), ContactStatus::New, {}, Now), ContactOffer::State::ToMe);
    EXPECT_EQ(offer.stateFor(QStringLiteral("cilla"), ContactStatus::New, {}, Now),
              ContactOffer::State::ToOther);
    EXPECT_EQ(offer.stateFor({}, ContactStatus::New, {}, Now), ContactOffer::State::ToOther)
        << "a desk that does not know its user yet is nobody's named contact";
}

TEST(ContactOffer, EndsWhenItLapses) {
    const ContactOffer offer = offerTo(QStringLiteral("bo"), Now);
    EXPECT_TRUE(offer.holds(ContactStatus::New, {}, Now - 1));
    EXPECT_FALSE(offer.holds(ContactStatus::New, {}, Now))
        << "offered_until itself is already past the offer";
    EXPECT_EQ(offer.stateFor(QStringLiteral("cilla"), ContactStatus::New, {}, Now + 1),
              ContactOffer::State::None);
}

TEST(ContactOffer, EndsWithAClaimOrWhenTheContactIsNoLongerNew) {
    const ContactOffer offer = offerTo(QStringLiteral("bo"), Now + 60'000);
    EXPECT_FALSE(offer.holds(ContactStatus::Claimed, QStringLiteral("bo"), Now));
    EXPECT_FALSE(offer.holds(ContactStatus::New, QStringLiteral("cilla"), Now)) << "a tentative local claim";
    for (const ContactStatus closed : {ContactStatus::NotReached, ContactStatus::Completed,
                                       ContactStatus::Cancelled, ContactStatus::Forwarded}) {
        EXPECT_EQ(offer.stateFor(QStringLiteral("bo"), closed, {}, Now), ContactOffer::State::None);
    }
}

TEST(ContactOffer, NoOfferIsNone) {
    EXPECT_EQ(ContactOffer{}.stateFor(QStringLiteral("bo"), ContactStatus::New, {}, Now),
              ContactOffer::State::None);
    EXPECT_EQ(offerTo({}, Now + 60'000).stateFor(QStringLiteral("bo"), ContactStatus::New, {}, Now),
              ContactOffer::State::None);
}
