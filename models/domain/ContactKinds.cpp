#include "ContactKinds.h"

#include <array>
#include <utility>

namespace vk {

namespace {

constexpr std::array<std::pair<Channel, const char*>, 3> ChannelNames{{
    {Channel::Callback, "callback"},
    {Channel::Voicemail, "voicemail"},
    {Channel::EService, "eservice"},
}};

constexpr std::array<std::pair<ContactStatus, const char*>, 6> StatusNames{{
    {ContactStatus::New, "new"},
    {ContactStatus::Claimed, "claimed"},
    {ContactStatus::NotReached, "not_reached"},
    {ContactStatus::Completed, "completed"},
    {ContactStatus::Cancelled, "cancelled"},
    {ContactStatus::Forwarded, "forwarded"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, QStringView text) {
    for (const auto& [candidate, name] : table) {
        if (text == QLatin1String(name)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace

QString toStorage(Channel channel) {
    return nameOf(ChannelNames, channel);
}

QString toStorage(ContactStatus status) {
    return nameOf(StatusNames, status);
}

std::optional<Channel> channelFromStorage(QStringView text) {
    return valueOf(ChannelNames, text);
}

std::optional<ContactStatus> statusFromStorage(QStringView text) {
    return valueOf(StatusNames, text);
}

bool isOpen(ContactStatus status) {
    return status == ContactStatus::New || status == ContactStatus::Claimed ||
           status == ContactStatus::NotReached;
}

} // namespace vk
