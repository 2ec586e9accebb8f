#include "SecureBuffer.h"

#include "Sodium.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace vk {

SecureBuffer::SecureBuffer(std::size_t size) {
    if (size == 0 || !ensureSodium()) {
        return;
    }
    // sodium_malloc: mlock'ed pages with guard pages around them; sodium_free wipes before unlocking.
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data != nullptr) {
        sodium_memzero(m_data, size);
        m_size = size;
    }
}

SecureBuffer::~SecureBuffer() {
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromUtf8(QStringView text) {
    // Two passes over the UTF-16 code units: count the UTF-8 length, then encode into locked memory. Doing it
    // by hand keeps the password out of the temporary QByteArray that QString::toUtf8() would leave behind.
    std::size_t length = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80) {
            length += 1;
        } else if (unit < 0x800) {
            length += 2;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < n &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            length += 4;
            ++i;
        } else {
            length += 3; // BMP character, or a lone surrogate written as U+FFFD
        }
    }
    SecureBuffer buffer(length);
    if (!buffer.isValid() || length == 0) {
        return buffer;
    }
    unsigned char* out = buffer.data();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t code = text[i].unicode();
        if (QChar::isHighSurrogate(code) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            code = QChar::surrogateToUcs4(static_cast<char16_t>(code), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(code)) {
            code = 0xFFFD;
        }
        if (code < 0x80) {
            *out++ = static_cast<unsigned char>(code);
        } else if (code < 0x800) {
            *out++ = static_cast<unsigned char>(0xC0 | (code >> 6));
            *out++ = static_cast<unsigned char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            *out++ = static_cast<unsigned char>(0xE0 | (code >> 12));
            *out++ = static_cast<unsigned char>(0x80 | ((code >> 6) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | (code & 0x3F));
        } else {
            *out++ = static_cast<unsigned char>(0xF0 | (code >> 18));
            *out++ = static_cast<unsigned char>(0x80 | ((code >> 12) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | ((code >> 6) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | (code & 0x3F));
        }
    }
    return buffer;
}

SecureBuffer SecureBuffer::fromBytes(const void* data, std::size_t size) {
    SecureBuffer buffer(size);
    if (buffer.m_data != nullptr) {
        std::memcpy(buffer.m_data, data, size);
    }
    return buffer;
}

SecureBuffer SecureBuffer::clone() const {
    return fromBytes(m_data, m_size);
}

bool SecureBuffer::equals(const SecureBuffer& other) const {
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::clear() {
    if (m_data != nullptr) {
        sodium_memzero(m_data, m_size); // sodium_free wipes too; this keeps the guarantee explicit
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace vk
