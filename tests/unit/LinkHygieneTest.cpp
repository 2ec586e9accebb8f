// The models library must run without Widgets or Gui, and the process must never carry plain libsqlite3 next
// to libsqlcipher (both export the same symbols; one would silently answer for the other). This binary links
// only vardinkorg_models, so what is mapped here is what the data layer drags in.
#include "domain/SystemClock.h"

#include <QFile>
#include <QSqlDatabase>

#include <gtest/gtest.h>

namespace {

QString mappedLibraries() {
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLocal8Bit(maps.readAll());
}

} // namespace

TEST(LinkHygiene, ModelsProcessMapsNoGuiOrWidgets) {
    const vk::SystemClock clock; // touch the library so it is really linked in
    ASSERT_TRUE(clock.now().isValid());
    const QString maps = mappedLibraries();
    ASSERT_FALSE(maps.isEmpty());
    EXPECT_TRUE(maps.contains(QStringLiteral("libQt6Core"))) << "sanity: Qt Core must be mapped";
    EXPECT_FALSE(maps.contains(QStringLiteral("libQt6Gui")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libQt6Widgets")));
}

TEST(LinkHygiene, StockSqliteIsNeverLoaded) {
    // Listing drivers reads plugin metadata only; the stock QSQLITE plugin must still never be mapped.
    (void)QSqlDatabase::drivers();
    const QString maps = mappedLibraries();
    EXPECT_FALSE(maps.contains(QStringLiteral("libsqlite3.so")));
    EXPECT_FALSE(maps.contains(QStringLiteral("libqsqlite.so")));
}
