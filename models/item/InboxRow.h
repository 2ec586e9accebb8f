#pragma once

#include "domain/ContactKinds.h"
#include "domain/ContactOffer.h"

#include <QString>

namespace vk {

/// One contact as the inbox list shows it: a flat, typed copy of the cached row so that sorting and filtering
/// 100k of them never goes through QVariant or SQL.
struct InboxRow {
    QString id;
    Channel channel = Channel::Callback;
    ContactStatus status = ContactStatus::New;
    QString unitId;
    QString patientId;
    QString patientName;
    QString identityNumber; ///< normalised (12 digits for personnummer/samordningsnummer); empty when unknown
    QString callerPhone;    ///< for unidentified voicemail callers
    QString reason;         ///< queue, mailbox or e-service type
    QString subject;
    qint64 receivedMs = 0; ///< UTC milliseconds since the epoch
    qint64 dueMs = 0;
    QString holderId;
    QString holderName;
    QString code;
    bool claimTentative = false; ///< claimed here, not yet settled by the region store
    bool identityVerified = false;
    bool fromMyPatient = false; ///< the current user is the patient's named contact
    ContactOffer offer;         ///< pre-offered to the patient's named contact (as the cache has it)
    /// What the offer means to the current user now; kept by InboxModel (set on arrival, on every countdown
    /// tick), so sorting sees one stable value instead of asking the clock per comparison.
    ContactOffer::State offerState = ContactOffer::State::None;
    QString searchText; ///< folded name, subject and reason, built by the loader (see InboxSearch)
};

} // namespace vk
