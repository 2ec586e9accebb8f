#include "VoicemailPlayer.h"

#include "ContactTexts.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace vk {

VoicemailPlayer::VoicemailPlayer(QWidget* parent)
    : QWidget(parent)
    , m_buffer(new QBuffer(this))
    , m_play(new QPushButton(tr("Play"), this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_state(new QLabel(this)) {
    setObjectName(QStringLiteral("voicemailPlayer"));
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setAccessibleName(tr("Play or pause the voicemail"));
    m_position->setObjectName(QStringLiteral("playPosition"));
    m_position->setAccessibleName(tr("Position in the voicemail"));
    m_position->setSingleStep(1000);
    m_position->setPageStep(5000);
    m_time->setObjectName(QStringLiteral("playTime"));
    m_state->setObjectName(QStringLiteral("playerState"));
    m_state->setAccessibleName(tr("Player state"));
    m_state->setWordWrap(true);
    m_startWatchdog.setSingleShot(true);
    m_startWatchdog.setInterval(StartTimeoutMs);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_state);

    connect(m_play, &QPushButton::clicked, this, &VoicemailPlayer::togglePlay);
    connect(m_position, &QSlider::valueChanged, this, [this](int value) {
        // Seeking: only user moves reach the player; position updates from the player are set with signals
        // blocked.
        if (m_player != nullptr && m_loaded) {
            m_player->setPosition(value);
        }
        updatePosition(value);
    });
    connect(&m_startWatchdog, &QTimer::timeout, this, &VoicemailPlayer::onStartTimeout);
    clear();
}

VoicemailPlayer::~VoicemailPlayer() {
    clear();
}

void VoicemailPlayer::setAudio(const QByteArray& audio, qint64 durationMs) {
    clear();
    m_audio = audio;
    m_durationMs = durationMs;
    m_position->setRange(0, static_cast<int>(qMin<qint64>(durationMs, std::numeric_limits<int>::max())));
    m_play->setEnabled(!audio.isEmpty());
    m_position->setEnabled(!audio.isEmpty());
    setState(audio.isEmpty() ? tr("This voicemail has no recording.") : tr("Ready to play."));
    updatePosition(0);
}

void VoicemailPlayer::clear() {
    m_startWatchdog.stop();
    if (m_player != nullptr) {
        m_player->stop();
        m_player->setSourceDevice(nullptr);
    }
    m_buffer->close();
    m_buffer->setData(QByteArray());
    m_audio.clear();
    m_durationMs = 0;
    m_loaded = false;
    m_noDevice = false;
    m_play->setText(tr("Play"));
    m_play->setEnabled(false);
    m_position->setEnabled(false);
    const QSignalBlocker block(m_position);
    m_position->setValue(0);
    updatePosition(0);
    setState(QString());
}

void VoicemailPlayer::ensurePlayer() {
    if (m_player != nullptr) {
        return;
    }
    // Created at the first play, not per contact: starting the media backend costs time nobody needs to wait
    // for when only reading.
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        const QSignalBlocker block(m_position);
        m_position->setValue(static_cast<int>(position));
        updatePosition(position);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        if (duration > 0) {
            m_durationMs = duration;
            m_position->setMaximum(static_cast<int>(duration));
            updatePosition(m_player->position());
        }
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VoicemailPlayer::onPlaybackStateChanged);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &VoicemailPlayer::onMediaStatusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) {
                m_startWatchdog.stop();
                if (!m_noDevice) {
                    setState(tr("The recording could not be played: %1")
                                 .arg(message.isEmpty() ? tr("unknown error") : message));
                }
            });
}

void VoicemailPlayer::togglePlay() {
    if (m_audio.isEmpty()) {
        return;
    }
    ensurePlayer();
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    if (!m_loaded) {
        m_buffer->setData(m_audio);
        m_buffer->open(QIODevice::ReadOnly);
        // From memory: the player reads the buffer; no URL, no temporary file.
        m_player->setSourceDevice(m_buffer);
        m_loaded = true;
    }
    if (!m_player->isAvailable()) {
        setState(tr("Audio playback is not available on this computer."));
        return;
    }
    if (QMediaDevices::audioOutputs().isEmpty()) {
        m_noDevice = true;
        setState(tr("No sound device"));
        return;
    }
    m_noDevice = false;
    m_output->setDevice(QMediaDevices::defaultAudioOutput());
    setState(tr("Starting…"));
    m_startWatchdog.start();
    m_player->play();
}

QString VoicemailPlayer::stateText() const {
    return m_state->text();
}

void VoicemailPlayer::setState(const QString& text) {
    if (m_state->text() == text) {
        return;
    }
    m_state->setText(text);
    Q_EMIT stateTextChanged(text);
}

void VoicemailPlayer::updatePosition(qint64 positionMs) {
    m_time->setText(
        tr("%1 / %2").arg(ContactTexts::durationText(positionMs), ContactTexts::durationText(m_durationMs)));
}

void VoicemailPlayer::onPlaybackStateChanged() {
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        m_startWatchdog.stop();
        m_play->setText(tr("Pause"));
        setState(tr("Playing"));
        break;
    case QMediaPlayer::PausedState:
        m_play->setText(tr("Play"));
        setState(tr("Paused"));
        break;
    case QMediaPlayer::StoppedState:
        m_play->setText(tr("Play"));
        break;
    }
}

void VoicemailPlayer::onMediaStatusChanged() {
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::EndOfMedia:
        setState(tr("Played to the end."));
        break;
    case QMediaPlayer::InvalidMedia:
        m_startWatchdog.stop();
        if (!m_noDevice) {
            setState(tr("The recording could not be played: the file format is not supported."));
        }
        break;
    default:
        break;
    }
}

void VoicemailPlayer::onStartTimeout() {
    if (m_player != nullptr && m_player->playbackState() != QMediaPlayer::PlayingState) {
        m_player->stop();
        setState(tr("The recording did not start. Check the sound settings and try again."));
    }
}

} // namespace vk
