// Argon2id key derivation and the locked, wiped buffers that carry passwords and keys.
#include "security/KeyDerivation.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"

#include <gtest/gtest.h>

#include <type_traits>

using vk::KdfParameters;
using vk::KeyDerivation;
using vk::SecureBuffer;

static_assert(!std::is_copy_constructible_v<SecureBuffer>, "secrets are never copied implicitly");
static_assert(!std::is_copy_assignable_v<SecureBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);

namespace {

SecureBuffer derive(const QString& password, const KdfParameters& parameters) {
    vk::Result<SecureBuffer> key = KeyDerivation::derive(SecureBuffer::fromUtf8(password), parameters);
    EXPECT_TRUE(key.ok());
    return key.ok() ? std::move(key).value() : SecureBuffer();
}

} // namespace

TEST(KeyDerivation, SamePasswordAndSaltGiveTheSameKey) {
    const KdfParameters parameters = KdfParameters::fastForTests();
    const SecureBuffer first = derive(QStringLiteral("Sommar2026!"), parameters);
    const SecureBuffer second = derive(QStringLiteral("Sommar2026!"), parameters);
    ASSERT_EQ(first.size(), KeyDerivation::KeySize);
    EXPECT_TRUE(first.equals(second));
}

TEST(KeyDerivation, DifferentSaltOrPasswordGiveDifferentKeys) {
    const KdfParameters parameters = KdfParameters::fastForTests();
    KdfParameters otherSalt = parameters;
    otherSalt.salt[0] = static_cast<char>(otherSalt.salt[0] ^ 0x01);
    const SecureBuffer key = derive(QStringLiteral("Sommar2026!"), parameters);
    EXPECT_FALSE(key.equals(derive(QStringLiteral("Sommar2026!"), otherSalt)));
    EXPECT_FALSE(key.equals(derive(QStringLiteral("sommar2026!"), parameters)));
    KdfParameters moreWork = parameters;
    moreWork.opsLimit += 1;
    EXPECT_FALSE(key.equals(derive(QStringLiteral("Sommar2026!"), moreWork)));
}

TEST(KeyDerivation, KnownAnswerPinsTheAlgorithm) {
    // Changing algorithm, parameters or encoding would lock every user out of their cache: pin one answer.
    KdfParameters parameters;
    parameters.opsLimit = 1;
    parameters.memLimit = 8192;
    parameters.salt = QByteArray(16, '\x5a');
    const SecureBuffer key = derive(QStringLiteral(u"lösenord"), parameters);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(key.data()), int(key.size())).toHex();
    const SecureBuffer again = derive(QStringLiteral(u"lösenord"), parameters);
    EXPECT_TRUE(key.equals(again));
    EXPECT_EQ(hex.size(), 64);
    EXPECT_EQ(hex, QByteArray("5cd41d02b0d7959755379d55821e515cad2aba7d2a0435a1fe9fa5c5191da8ca"));
}

TEST(KeyDerivation, RejectsInvalidParameters) {
    KdfParameters parameters = KdfParameters::fastForTests();
    parameters.salt.chop(1);
    const vk::Result<SecureBuffer> key = KeyDerivation::derive(SecureBuffer::fromUtf8(u"x"), parameters);
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().code, QStringLiteral("kdf.invalid_parameters"));
    EXPECT_FALSE(key.error().message.isEmpty());
}

TEST(KeyDerivation, DefaultsAreMeaningfulWork) {
    const KdfParameters defaults = KdfParameters::withRandomSalt();
    EXPECT_TRUE(defaults.isValid());
    EXPECT_GE(defaults.opsLimit, 3u);
    EXPECT_GE(defaults.memLimit, std::size_t{64} * 1024 * 1024);
    EXPECT_NE(defaults.salt, KdfParameters::withRandomSalt().salt) << "every cache gets its own salt";
}

TEST(SecureBuffer, EncodesUtf8WithoutAQByteArray) {
    const QString text = QStringLiteral(u"Åsa-Öberg 😀 ∑");
    const SecureBuffer buffer = SecureBuffer::fromUtf8(text);
    const QByteArray expected = text.toUtf8();
    ASSERT_EQ(buffer.size(), static_cast<std::size_t>(expected.size()));
    EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(buffer.data()), expected.size()), expected);
    EXPECT_TRUE(SecureBuffer::fromUtf8(QString()).isEmpty());
}

TEST(SecureBuffer, MoveTransfersAndEmptiesTheSource) {
    SecureBuffer source = SecureBuffer::fromUtf8(u"hemligt");
    const unsigned char* bytes = source.data();
    SecureBuffer target(std::move(source));
    EXPECT_EQ(target.data(), bytes) << "a move hands over the same locked memory, no copy is left behind";
    EXPECT_TRUE(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    EXPECT_EQ(source.data(), nullptr);
    SecureBuffer assigned;
    assigned = std::move(target);
    EXPECT_EQ(assigned.data(), bytes);
    EXPECT_TRUE(target.isEmpty()); // NOLINT(bugprone-use-after-move)
}

TEST(SecureBuffer, CloneIsIndependentAndClearWipes) {
    SecureBuffer original = SecureBuffer::fromUtf8(u"nyckel");
    SecureBuffer copy = original.clone();
    EXPECT_NE(copy.data(), original.data());
    EXPECT_TRUE(copy.equals(original));
    copy.data()[0] = 'N';
    EXPECT_FALSE(copy.equals(original));
    original.clear();
    EXPECT_TRUE(original.isEmpty());
    EXPECT_EQ(original.data(), nullptr);
    EXPECT_EQ(copy.size(), 6u);
}
