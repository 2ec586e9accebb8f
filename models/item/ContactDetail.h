#pragma once

#include "domain/ContactKinds.h"
#include "domain/ContactOffer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace vk {

/// Everything the detail pane shows for one contact, read from the cache in one go. Times are UTC
/// milliseconds since the epoch (0 when absent).
struct ContactDetail {
    /// The patient the contact belongs to (absent for an unidentified caller).
    struct Patient {
        QString id;
        QString name;
        QString idType;  ///< personnummer, samordningsnummer or reservnummer
        QString idValue; ///< normalised: 12 digits for personnummer and samordningsnummer
        QString phone;
    };
    /// One call to the patient and how it went.
    struct Attempt {
        QString id;
        qint64 atMs = 0;
        QString outcome; ///< answered, no_answer, busy, wrong_number, voicemail
        QString note;
        QString staffId;
        QString staffName;
    };
    /// A callback request from the telephony queue.
    struct Callback {
        QString phone;
        qint64 bookedSlotMs = 0; ///< the slot of a tidsbokad callback
        QString requestedTime;   ///< what the caller asked for, as stored
    };
    /// A message left in a mailbox. The audio stays in memory; it is never written to a file.
    struct Voicemail {
        QString mailbox;
        QString callerPhone;
        qint64 durationMs = 0;
        QByteArray audio;
        QString audioMime;
    };
    /// One message of a 1177 ärende's thread.
    struct Message {
        QString id;
        bool outgoing = false;
        QString authorStaffId;
        QString authorName;
        QString body;
        qint64 sentMs = 0;
    };
    /// A 1177 e-service ärende.
    struct Errand {
        QString type;
        bool ombud = false;
        QString ombudName;
        std::vector<Message> messages;
    };

    QString id;
    Channel channel = Channel::Callback;
    ContactStatus status = ContactStatus::New;
    QString unitId;
    QString unitName;
    int maxCallbackAttempts = 3;
    QString reason;
    QString subject;
    qint64 receivedMs = 0;
    qint64 dueMs = 0;
    QString holderId;
    QString holderName;
    bool tentative = false;
    bool identityVerified = false;
    QString code;
    QString outcome; ///< the closing note
    bool medicalAssessment = false;
    QString cancelReason;
    QString forwardedToName;
    qint64 firstContactMs = 0;
    qint64 completedMs = 0;
    ContactOffer offer; ///< pre-offered to the patient's named contact

    std::optional<Patient> patient;
    std::optional<Callback> callback;
    std::optional<Voicemail> voicemail;
    std::optional<Errand> errand;
    /// Calls logged for the contact, oldest first (callbacks, voicemails called back, "Kontakta mig").
    std::vector<Attempt> attempts;

    /// The number to call: the callback request's, else the voicemail caller's, else the patient's.
    [[nodiscard]] QString phoneToCall() const {
        if (callback && !callback->phone.isEmpty()) {
            return callback->phone;
        }
        if (voicemail && !voicemail->callerPhone.isEmpty()) {
            return voicemail->callerPhone;
        }
        return patient ? patient->phone : QString();
    }
    /// Attempts that did not reach the patient.
    [[nodiscard]] int failedAttempts() const {
        int failed = 0;
        for (const Attempt& attempt : attempts) {
            failed += attempt.outcome != QLatin1String("answered") ? 1 : 0;
        }
        return failed;
    }
};

} // namespace vk
