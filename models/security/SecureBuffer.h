#pragma once

#include <QStringView>

#include <cstddef>

namespace vk {

/// Bytes of a secret (password, key) kept in locked memory that is wiped when the buffer dies. Move-only:
/// a copy is always an explicit clone() so secrets do not multiply by accident.
class SecureBuffer {
public:
    SecureBuffer() = default;
    /// A zero-filled buffer of `size` bytes in guarded, locked memory (sodium_malloc).
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    /// The UTF-8 bytes of `text`, encoded straight into locked memory (no intermediate QByteArray).
    static SecureBuffer fromUtf8(QStringView text);
    /// A copy of `size` bytes starting at `data`.
    static SecureBuffer fromBytes(const void* data, std::size_t size);

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    /// Whether the allocation succeeded (false only when locked memory ran out).
    [[nodiscard]] bool isValid() const { return m_size == 0 || m_data != nullptr; }
    /// An independent copy in its own locked memory.
    [[nodiscard]] SecureBuffer clone() const;
    /// Constant-time comparison of contents.
    [[nodiscard]] bool equals(const SecureBuffer& other) const;
    /// Wipes and frees the bytes now; the buffer is empty afterwards.
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace vk
