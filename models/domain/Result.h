#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vk {

/// Why an operation of the data layer failed. `code` is stable and machine-readable ("cache.wrong_password");
/// `message` is already translated for the user and never contains patient data.
struct Error {
    QString code;
    QString message;

    [[nodiscard]] bool is(const char* otherCode) const { return code == QLatin1String(otherCode); }
};

/// A value or an Error: the data layer reports failures as values and never shows them itself.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, `return value;` reads best
        : m_state(std::move(value)) {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_state); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value.
struct Done {};

using Status = Result<Done>;

} // namespace vk
