#pragma once

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class QAudioOutput;
class QBuffer;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;

namespace vk {

/// Plays a voicemail FROM MEMORY: the cached bytes go to QMediaPlayer through a QBuffer, never through a
/// file, so the recording is never on disk unencrypted. Play / pause / seek; the state is always said in
/// words, also when the computer has no sound device or the player fails or does not start within a few
/// seconds.
class VoicemailPlayer : public QWidget {
    Q_OBJECT
public:
    explicit VoicemailPlayer(QWidget* parent = nullptr);
    ~VoicemailPlayer() override;

    /// The recording to play (stops and forgets the previous one); `durationMs` is the stored length.
    void setAudio(const QByteArray& audio, qint64 durationMs);
    /// Stops and forgets the recording.
    void clear();
    /// Plays from the current position, or pauses.
    void togglePlay();

    /// The state in words, as shown ("Playing", "No sound device", the player's error…).
    [[nodiscard]] QString stateText() const;
    /// The media player, once created by the first play (for tests and diagnostics); null before.
    [[nodiscard]] QMediaPlayer* mediaPlayer() const { return m_player; }

    /// How long the player may take to start before the desk says it did not.
    static constexpr int StartTimeoutMs = 8000;

Q_SIGNALS:
    void stateTextChanged(const QString& text);

private:
    void ensurePlayer();
    void setState(const QString& text);
    void updatePosition(qint64 positionMs);
    void onPlaybackStateChanged();
    void onMediaStatusChanged();
    void onStartTimeout();

    QByteArray m_audio;
    qint64 m_durationMs = 0;
    bool m_loaded = false;
    bool m_noDevice = false;
    QBuffer* m_buffer = nullptr;
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
    QPushButton* m_play = nullptr;
    QSlider* m_position = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_state = nullptr;
    QTimer m_startWatchdog;
};

} // namespace vk
