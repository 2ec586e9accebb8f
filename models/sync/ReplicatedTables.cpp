#include "ReplicatedTables.h"

#include <array>

namespace vk::ReplicatedTables {

namespace {

QStringList list(std::initializer_list<const char*> names) {
    QStringList result;
    for (const char* name : names) {
        result << QString::fromLatin1(name);
    }
    return result;
}

const std::array<ReplicatedTable, 18>& tables() {
    static const std::array<ReplicatedTable, 18> all{{
        {"units", list({"id"}), {}, {}, nullptr},
        {"staff", list({"id"}), {}, {}, nullptr},
        {"unit_members", list({"unit_id", "staff_id"}), {}, {}, nullptr},
        {"patients", list({"id"}), {}, {}, nullptr},
        {"contacts",
         list({"id"}),
         list({"received_at", "due_at", "lease_until", "first_contact_at", "completed_at", "offered_until"}),
         {},
         "id"},
        {"callback_requests",
         list({"contact_id"}),
         list({"booked_slot", "requested_time"}),
         {},
         "contact_id"},
        {"callback_attempts", list({"id"}), list({"attempted_at"}), {}, "contact_id"},
        {"voicemails", list({"contact_id"}), {}, list({"audio"}), "contact_id"},
        {"eservice_errands", list({"contact_id"}), {}, {}, "contact_id"},
        {"eservice_messages", list({"id"}), list({"sent_at"}), {}, "contact_id"},
        {"codes", list({"code"}), {}, {}, nullptr},
        {"care_contacts", list({"id"}), {}, {}, nullptr},
        {"sip_plans", list({"id"}), {}, {}, nullptr},
        {"sip_participants", list({"id"}), {}, {}, nullptr},
        {"sip_insatser", list({"id"}), {}, {}, nullptr},
        {"sip_other_actions", list({"id"}), {}, {}, nullptr},
        {"sip_meetings", list({"id"}), {}, {}, nullptr},
        {"sip_notes", list({"id"}), list({"written_at"}), {}, nullptr},
    }};
    return all;
}

} // namespace

std::span<const ReplicatedTable> all() {
    return tables();
}

const ReplicatedTable* find(QStringView name) {
    for (const ReplicatedTable& table : tables()) {
        if (name == QLatin1String(table.name)) {
            return &table;
        }
    }
    return nullptr;
}

} // namespace vk::ReplicatedTables
