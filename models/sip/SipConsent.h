#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace vk {

/// The person's consent to a SIP (DOMAIN: a SIP is drawn up only with consent): who gave it, when and how.
struct SipConsent {
    Q_DECLARE_TR_FUNCTIONS(vk::SipConsent)
public:
    QString givenBy; ///< the person, or the one who consented for them
    QDate date;
    QString how; ///< optional: "muntligt vid hembesök", "skriftligt"…

    /// Refuses a consent without a giver or a date, dated after `today`, or with text the store would refuse.
    [[nodiscard]] Status check(const QDate& today) const;
};

} // namespace vk
