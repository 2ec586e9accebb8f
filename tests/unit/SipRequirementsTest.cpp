// Issue 7: the four elements a SIP must state, and the consent a SIP needs.
#include "sip/SipRequirements.h"
#include "sip/SipConsent.h"

#include <gtest/gtest.h>

using vk::SipPlan;
using vk::SipRequirements;
using Element = vk::SipRequirements::Element;

namespace {

SipPlan completePlan() {
    SipPlan plan;
    plan.insatser = {
        {QStringLiteral("i1"), QStringLiteral("Läkemedelsgenomgång"), QStringLiteral("region")},
        {QStringLiteral("i2"), QStringLiteral("Hemtjänst morgon och kväll"), QStringLiteral("kommun")}};
    plan.otherActions = {
        {QStringLiteral("o1"), QStringLiteral("Dottern"), QStringLiteral("Följer med till läkaren")}};
    plan.overallResponsible = QStringLiteral("kommun");
    return plan;
}

} // namespace

TEST(SipRequirements, ACompletePlanMissesNothing) {
    EXPECT_TRUE(SipRequirements::missing(completePlan()).isEmpty());
}

TEST(SipRequirements, AnEmptyPlanMissesAllFourInTheLawsOrder) {
    const QList<Element> missing = SipRequirements::missing(SipPlan{});
    EXPECT_EQ(missing, (QList<Element>{Element::Insatser, Element::HuvudmanInsatser, Element::OtherActions,
                                       Element::OverallResponsible}));
    for (const Element element : missing) {
        EXPECT_FALSE(SipRequirements::title(element).isEmpty());
        EXPECT_FALSE(SipRequirements::explanation(SipPlan{}, element).isEmpty());
    }
}

TEST(SipRequirements, EachHuvudmanMustHaveAnInsatsOfItsOwn) {
    SipPlan plan = completePlan();
    plan.insatser.pop_back(); // only the region's insats is left
    EXPECT_EQ(SipRequirements::missing(plan), QList<Element>{Element::HuvudmanInsatser});
    EXPECT_TRUE(
        SipRequirements::explanation(plan, Element::HuvudmanInsatser).contains(QStringLiteral("kommun")));

    plan = completePlan();
    plan.insatser.erase(plan.insatser.begin()); // only the kommun's
    EXPECT_EQ(SipRequirements::missing(plan), QList<Element>{Element::HuvudmanInsatser});
    EXPECT_TRUE(
        SipRequirements::explanation(plan, Element::HuvudmanInsatser).contains(QStringLiteral("region")));
}

TEST(SipRequirements, BlankRowsDoNotCount) {
    SipPlan plan = completePlan();
    plan.insatser[1].description = QStringLiteral("   ");
    plan.otherActions[0].actor.clear();
    EXPECT_EQ(SipRequirements::missing(plan),
              (QList<Element>{Element::HuvudmanInsatser, Element::OtherActions}));
}

TEST(SipRequirements, OverallResponsibilityIsTheRegionOrTheKommun) {
    SipPlan plan = completePlan();
    plan.overallResponsible.clear();
    EXPECT_EQ(SipRequirements::missing(plan), QList<Element>{Element::OverallResponsible});
    plan.overallResponsible = QStringLiteral("other");
    EXPECT_EQ(SipRequirements::missing(plan), QList<Element>{Element::OverallResponsible});
    plan.overallResponsible = QStringLiteral("region");
    EXPECT_TRUE(SipRequirements::missing(plan).isEmpty());
}

TEST(SipConsent, NeedsWhoGaveItAndAPastOrPresentDate) {
    const QDate today(2026, 11, 23);
    EXPECT_TRUE((vk::SipConsent{QStringLiteral("Åsa Lindqvist"), today, QString()}.check(today).ok()));
    EXPECT_TRUE((vk::SipConsent{QStringLiteral("Åsa Lindqvist"), today.addDays(-30),
                                QStringLiteral("Muntligt vid hembesök")}
                     .check(today)
                     .ok()));

    const vk::Status noGiver = vk::SipConsent{QStringLiteral("  "), today, QString()}.check(today);
    ASSERT_FALSE(noGiver.ok());
    EXPECT_EQ(noGiver.error().code, QStringLiteral("sip.consent_giver"));
    const vk::Status noDate = vk::SipConsent{QStringLiteral("Åsa"), QDate(), QString()}.check(today);
    ASSERT_FALSE(noDate.ok());
    EXPECT_EQ(noDate.error().code, QStringLiteral("sip.consent_date"));
    const vk::Status future = vk::SipConsent{QStringLiteral("Åsa"), today.addDays(1), QString()}.check(today);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().code, QStringLiteral("sip.consent_future"));
    const vk::Status control =
        vk::SipConsent{QStringLiteral("Åsa"), today, QStringLiteral("muntligt\x01")}.check(today);
    ASSERT_FALSE(control.ok());
    EXPECT_EQ(control.error().code, QStringLiteral("action.text_control"));
    const vk::Status tooLong = vk::SipConsent{QString(201, QLatin1Char('a')), today, QString()}.check(today);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, QStringLiteral("sip.consent_too_long"));
}
