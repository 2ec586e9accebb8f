// A desk that dies mid-write must come back with every committed change and none of the uncommitted ones.
#include "CacheFileScan.h"
#include "cache/CacheDatabase.h"
#include "security/KdfParameters.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using vk::CacheDatabase;

namespace {

QVariant scalar(const QSqlDatabase& database, const QString& sql) {
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString();
        return {};
    }
    return query.value(0);
}

} // namespace

TEST(CacheCrash, KilledWriterLosesOnlyItsUncommittedTransaction) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString user = QStringLiteral("crash.test");
    const vk::KdfParameters parameters = vk::KdfParameters::fastForTests();
    {
        auto cache = CacheDatabase::open(dir.path(), user, vk::SecureBuffer::fromUtf8(u"pw"), &parameters);
        ASSERT_TRUE(cache.ok()) << cache.error().code.toStdString();
        QSqlQuery query(cache.value()->connection());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO contacts (id, channel, unit_id, received_at, due_at, status, version) VALUES "
            "('c1', 'callback', 'u1', '2026-11-23T08:00:00.000Z', '2026-11-23T16:00:00.000Z', 'new', 1)")));
    }

    QProcess child;
    child.setProgram(QStringLiteral(VK_CRASH_CHILD));
    child.setArguments({dir.path(), user});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    ASSERT_TRUE(child.waitForStarted(10000));
    child.write("pw\n");
    QByteArray output;
    QDeadlineTimer deadline(60000);
    while (!output.contains("ready") && !deadline.hasExpired() && child.state() == QProcess::Running) {
        child.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        output += child.readAllStandardOutput();
    }
    ASSERT_TRUE(output.contains("ready")) << "child exit code " << child.exitCode();
    child.kill(); // SIGKILL: no destructors, no checkpoint, no rollback
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    const QStringList wal = vk::test::fileNames(dir.path()).filter(QStringLiteral("-wal"));
    ASSERT_EQ(wal.size(), 1) << "the killed writer leaves its WAL behind";
    EXPECT_GT(QFileInfo(dir.filePath(wal.first())).size(), 64 * 4096)
        << "uncommitted pages were spilled into the WAL, so recovery really has frames to ignore";
    EXPECT_TRUE(vk::test::filesContaining(dir.path(), QStringLiteral("191212121212")).isEmpty())
        << "uncommitted frames in the WAL are encrypted too";

    auto reopened = CacheDatabase::open(dir.path(), user, vk::SecureBuffer::fromUtf8(u"pw"));
    ASSERT_TRUE(reopened.ok()) << reopened.error().code.toStdString();
    const QSqlDatabase db = reopened.value()->connection();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE mutation_id LIKE 'committed-%'"))
                  .toInt(),
              50);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE mutation_id LIKE 'uncommitted-%'"))
                  .toInt(),
              0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT max(seq) - min(seq) + 1 FROM outbox")).toInt(), 50)
        << "the committed outbox is gap-free";
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT status || '/' || version FROM contacts WHERE id = 'c1'"))
                  .toString(),
              QStringLiteral("claimed/2"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}
