#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace vk {

/// One samordnad individuell plan as the desk's cache holds it, with everything around it (DOMAIN "SIP").
/// Huvudman values are the stored words: "region", "kommun" and, for participants only, "other".
struct SipPlan {
    /// Someone taking part in drawing up the plan, for one huvudman (or närstående and others).
    struct Participant {
        QString id;
        QString huvudman; ///< region, kommun or other
        QString name;
        QString role;
    };
    /// An insats the person needs, and the huvudman responsible for it.
    struct Insats {
        QString id;
        QString description;
        QString huvudman; ///< region or kommun
    };
    /// An åtgärd someone other than the huvudmän takes (närstående, school, Försäkringskassan…).
    struct OtherAction {
        QString id;
        QString actor;
        QString description;
    };
    struct Meeting {
        QString id;
        QDate heldOn;
        QString attendees;
    };
    /// A coordination note. Notes are appended, never edited: a correction is a new note naming the old one.
    struct Note {
        QString id;
        QString authorId;
        QString authorName;
        qint64 writtenMs = 0; ///< UTC milliseconds since the epoch
        QString body;
        QString action; ///< an optional follow-up action…
        QString actionResponsible;
        QDate actionDue;
        QString correctsNoteId; ///< the note this one corrects, if any
    };

    QString id;
    QString patientId;
    QString patientName;
    QString patientIdType;  ///< personnummer, samordningsnummer or reservnummer
    QString patientIdValue; ///< as stored
    QString unitId;
    QString unitName;
    QString consentGivenBy;
    QDate consentDate;
    QString consentHow;
    QString overallResponsible; ///< region, kommun or empty
    QDate startDate;
    QDate nextFollowUp;
    qint64 version = 0;
    std::vector<Participant> participants;
    std::vector<Insats> insatser;
    std::vector<OtherAction> otherActions;
    std::vector<Meeting> meetings; ///< oldest first
    std::vector<Note> notes;       ///< oldest first
};

} // namespace vk
