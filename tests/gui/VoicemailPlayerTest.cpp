// A voicemail is played from memory: the cached bytes reach the media player through a buffer, never a file,
// and on a machine without a sound device the player says so instead of hanging.
#include "VoicemailPlayer.h"
#include "DeskFixture.h"
#include "LanguageInstaller.h"
#include "VoicemailPane.h"
#include "feed/WavAudio.h"

#include <QAudioDevice>
#include <QBuffer>
#include <QDirIterator>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QRandomGenerator>

namespace {

/// Files under `root` (a few levels deep) changed since `since` whose bytes contain `needle`.
QStringList changedFilesContaining(const QString& root, const QDateTime& since, const QByteArray& needle,
                                   int depth) {
    QStringList hits;
    const QFileInfoList entries = QDir(root).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden |
                                                           QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        if (entry.isDir()) {
            if (depth > 0 && entry.isReadable()) {
                hits << changedFilesContaining(entry.filePath(), since, needle, depth - 1);
            }
            continue;
        }
        if (entry.lastModified() < since || entry.size() > 256LL * 1024 * 1024) {
            continue;
        }
        QFile file(entry.filePath());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            hits << entry.filePath();
        }
    }
    return hits;
}

} // namespace

TEST(VoicemailPlayer, PlaysFromMemoryWithoutAFileAndReportsAClearState) {
    vk::LanguageInstaller language;
    ASSERT_TRUE(language.install(QStringLiteral("sv")));
    const QDateTime started = QDateTime::currentDateTime().addSecs(-2);
    vk::test::DeskFixture f;
    QByteArray audio = vk::WavAudio::tone(1500);
    QByteArray marker(64, '\0');
    for (char& byte : marker) {
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    audio.replace(200, marker.size(), marker); // still a valid WAV: 32 samples of noise
    f.cache.exec(QStringLiteral("UPDATE voicemails SET audio = ? WHERE contact_id = 'v1'"), {audio});
    f.start();
    f.select(QStringLiteral("v1"));

    vk::VoicemailPlayer* player = f.detail->voicemailPane()->player();
    const auto text = [](const char* source) {
        return QCoreApplication::translate("vk::VoicemailPlayer", source);
    };
    EXPECT_EQ(player->stateText(), text("Ready to play."));
    EXPECT_EQ(player->stateText(), QStringLiteral("Klar att spela upp."));
    EXPECT_EQ(player->mediaPlayer(), nullptr) << "reading a voicemail does not start the media backend";

    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("playButton")), Qt::LeftButton);
    QMediaPlayer* media = player->mediaPlayer();
    ASSERT_NE(media, nullptr);
    EXPECT_TRUE(media->source().isEmpty()) << "no file and no URL: the player reads memory";
    const auto* buffer = qobject_cast<const QBuffer*>(media->sourceDevice());
    ASSERT_NE(buffer, nullptr) << "the recording is handed over as an in-memory device";
    EXPECT_EQ(buffer->data(), audio);

    // Bounded: whatever the machine has, the state settles into words within the player's start timeout.
    const bool settled = QTest::qWaitFor(
        [&] {
            const QString state = player->stateText();
            return !state.isEmpty() && state != text("Starting…") && state != text("Ready to play.");
        },
        vk::VoicemailPlayer::StartTimeoutMs + 4000);
    EXPECT_TRUE(settled) << player->stateText().toStdString();
    if (QMediaDevices::audioOutputs().isEmpty()) {
        EXPECT_EQ(player->stateText(), QStringLiteral("Ingen ljudenhet"));
    }

    const QStringList written = changedFilesContaining(QDir::tempPath(), started, marker, 4) +
                                changedFilesContaining(QDir::homePath(), started, marker, 4) +
                                changedFilesContaining(QDir::currentPath(), started, marker, 0);
    EXPECT_TRUE(written.isEmpty()) << "audio found on disk: "
                                   << written.join(QStringLiteral(", ")).toStdString();

    f.select(QStringLiteral("c1"));
    EXPECT_EQ(buffer->data().size(), 0) << "opening another contact lets go of the recording";
}
