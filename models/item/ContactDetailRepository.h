#pragma once

#include "ContactDetail.h"
#include "domain/CodeCatalogue.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace vk {

/// Reads what the detail pane and its dialogs need from the cache: one contact with its patient, unit,
/// holder and channel details, the units a contact can be forwarded to, and the region's code list.
/// Error codes: cache.query_failed, contact.not_found.
class ContactDetailRepository {
    Q_DECLARE_TR_FUNCTIONS(vk::ContactDetailRepository)

public:
    /// A care unit as the forward dialog offers it.
    struct Unit {
        QString id;
        QString name;
        friend bool operator==(const Unit&, const Unit&) = default;
    };

    explicit ContactDetailRepository(QSqlDatabase database);

    /// The contact with everything the pane shows, the voicemail audio included.
    [[nodiscard]] Result<ContactDetail> load(const QString& contactId) const;
    /// Every unit in the cache except `exceptUnitId`, by name.
    [[nodiscard]] Result<QList<Unit>> units(const QString& exceptUnitId = {}) const;
    /// The region's eftermärkning codes (active and inactive) as the cache holds them.
    [[nodiscard]] Result<CodeCatalogue> codes() const;

private:
    [[nodiscard]] Status loadCallback(ContactDetail& detail) const;
    [[nodiscard]] Status loadVoicemail(ContactDetail& detail) const;
    [[nodiscard]] Status loadErrand(ContactDetail& detail) const;
    [[nodiscard]] Status loadAttempts(ContactDetail& detail) const;

    QSqlDatabase m_database;
};

} // namespace vk
