#pragma once

#include <QString>

#include <optional>

namespace vk {

/// The three ways a contact reaches the inbox.
enum class Channel : quint8 { Callback, Voicemail, EService };

/// Where a contact is in its life; the strings are the region store's and the cache's spelling.
enum class ContactStatus : quint8 { New, Claimed, NotReached, Completed, Cancelled, Forwarded };

/// How close a contact is to its deadline.
enum class Urgency : quint8 { Ok, AtRisk, Overdue, Closed };

[[nodiscard]] QString toStorage(Channel channel);
[[nodiscard]] QString toStorage(ContactStatus status);
[[nodiscard]] std::optional<Channel> channelFromStorage(QStringView text);
[[nodiscard]] std::optional<ContactStatus> statusFromStorage(QStringView text);
/// Open contacts are still waiting for someone: new, claimed or not reached.
[[nodiscard]] bool isOpen(ContactStatus status);

} // namespace vk
