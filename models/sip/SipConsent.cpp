#include "SipConsent.h"

#include "sync/DeskActions.h"

namespace vk {

namespace {

constexpr qsizetype MaxGiverLength = 200;
constexpr qsizetype MaxHowLength = 500;

} // namespace

Status SipConsent::check(const QDate& today) const {
    if (givenBy.trimmed().isEmpty()) {
        return Error{
            QStringLiteral("sip.consent_giver"),
            tr("Write who gave consent to the SIP. A SIP is drawn up only with the person's consent.")};
    }
    if (!date.isValid()) {
        return Error{QStringLiteral("sip.consent_date"), tr("Enter the date consent was given.")};
    }
    if (date > today) {
        return Error{QStringLiteral("sip.consent_future"), tr("The consent date lies in the future.")};
    }
    if (givenBy.size() > MaxGiverLength || how.size() > MaxHowLength) {
        return Error{QStringLiteral("sip.consent_too_long"),
                     tr("Who gave consent may be at most 200 characters and how at most 500.")};
    }
    if (Status text = DeskActions::checkText(givenBy, true); !text) {
        return text;
    }
    return DeskActions::checkText(how, false);
}

} // namespace vk
