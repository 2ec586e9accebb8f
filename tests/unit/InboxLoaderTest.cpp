#include "item/InboxLoader.h"
#include "FixedClock.h"
#include "TestCache.h"
#include "domain/UtcTimestamp.h"
#include "item/InboxModel.h"
#include "security/SecureBuffer.h"

#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
constexpr int Contacts = 2500; // the first page and two worker pages, the last one short

/// A cache with `Contacts` open callbacks, c0000 due first.
class InboxLoaderTest : public ::testing::Test {
protected:
    vk::test::TestCache cache;
    vk::test::FixedClock clock{Now};
    vk::InboxModel model{clock};

    void SetUp() override {
        cache.seedReferenceData();
        cache.exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < Contacts; ++i) {
            cache.addContact(id(i), QStringLiteral("callback"),
                             vk::UtcTimestamp::fromMs(Now.toMSecsSinceEpoch() + qint64(i) * 60000));
        }
        cache.exec(QStringLiteral("COMMIT"));
    }

    static QString id(int i) { return QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0')); }

    [[nodiscard]] QStringList modelIds() const {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.rowAt(row).id;
        }
        return ids;
    }
};

} // namespace

TEST_F(InboxLoaderTest, ShowsTheFirstPageAtOnceAndTheRestFromTheWorkerInOrder) {
    vk::InboxLoader loader(model, clock);
    QSignalSpy finished(&loader, &vk::InboxLoader::finished);
    loader.start(cache.cache(), QStringLiteral("s1"));
    EXPECT_EQ(model.rowCount(), vk::InboxLoader::FirstPageSize)
        << "only the first page on the caller's thread";
    ASSERT_TRUE(loader.isLoading());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(loader.isLoading());
    const QStringList ids = modelIds();
    ASSERT_EQ(ids.size(), Contacts);
    for (int i = 0; i < Contacts; ++i) {
        ASSERT_EQ(ids.at(i), id(i)) << "pages arrive in deadline order, none twice, none lost";
    }
}

TEST_F(InboxLoaderTest, AChangeSyncedDuringTheLoadIsNotUndoneByAPageReadBeforeIt) {
    vk::InboxLoader loader(model, clock);
    QSignalSpy finished(&loader, &vk::InboxLoader::finished);
    loader.start(cache.cache(), QStringLiteral("s1"));
    // The worker reads the next page now, but its result waits in this thread's event queue: the changes
    // below land in between, as a sync round can.
    QThread::msleep(1500);
    const QString changed = id(500);
    const QString removed = id(700);
    cache.exec(QStringLiteral("UPDATE contacts SET subject = 'Ändrad under laddningen' WHERE id = ?"),
               {changed});
    cache.exec(QStringLiteral("DELETE FROM callback_requests WHERE contact_id = ?"), {removed});
    cache.exec(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {removed});
    loader.refresh({changed}, {removed});
    ASSERT_TRUE(finished.wait(30000));

    const QStringList ids = modelIds();
    EXPECT_EQ(ids.size(), Contacts - 1);
    EXPECT_FALSE(ids.contains(removed)) << "a removed contact does not come back with an older page";
    EXPECT_EQ(QStringList(ids).removeDuplicates(), 0);
    const int row = model.rowOf(changed);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.rowAt(row).subject, QStringLiteral("Ändrad under laddningen"));
}

TEST_F(InboxLoaderTest, StoppingMidLoadLetsGoOfTheCacheAndARestartLoadsEverythingOnce) {
    vk::InboxLoader loader(model, clock);
    QSignalSpy finished(&loader, &vk::InboxLoader::finished);
    loader.start(cache.cache(), QStringLiteral("s1"));
    QThread::msleep(200); // a page may be on its way: it belongs to the stopped load
    loader.stop();
    EXPECT_FALSE(loader.isLoading());
    // A password change needs every other connection closed: the worker's is.
    ASSERT_TRUE(cache.cache()
                    .changePassword(vk::SecureBuffer::fromUtf8(vk::test::TestCache::Password),
                                    vk::SecureBuffer::fromUtf8(u"nytt-lösenord-1"))
                    .ok());

    model.clear();
    loader.start(cache.cache(), QStringLiteral("s1"));
    ASSERT_TRUE(finished.wait(30000));
    const QStringList ids = modelIds();
    EXPECT_EQ(ids.size(), Contacts);
    EXPECT_EQ(QStringList(ids).removeDuplicates(), 0);
    EXPECT_TRUE(cache.cache()
                    .changePassword(vk::SecureBuffer::fromUtf8(u"nytt-lösenord-1"),
                                    vk::SecureBuffer::fromUtf8(u"nytt-lösenord-2"))
                    .ok())
        << "a finished load keeps no connection open";
}
