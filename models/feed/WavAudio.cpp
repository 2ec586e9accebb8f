#include "WavAudio.h"

#include <QtEndian>

#include <cmath>
#include <numbers>

namespace vk {

namespace {

void appendLe32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void appendLe16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

// The 44-byte header of a 16-bit mono PCM WAV.
QByteArray header(quint32 dataBytes, int sampleRate) {
    QByteArray out;
    out.reserve(int(44 + dataBytes));
    out.append("RIFF", 4);
    appendLe32(out, 36U + dataBytes);
    out.append("WAVEfmt ", 8);
    appendLe32(out, 16U);                      // fmt chunk size
    appendLe16(out, 1U);                       // PCM
    appendLe16(out, 1U);                       // mono
    appendLe32(out, quint32(sampleRate));      // sample rate
    appendLe32(out, quint32(sampleRate) * 2U); // byte rate
    appendLe16(out, 2U);                       // block align
    appendLe16(out, 16U);                      // bits per sample
    out.append("data", 4);
    appendLe32(out, dataBytes);
    return out;
}

} // namespace

QByteArray WavAudio::tone(int durationMs, int sampleRate) {
    const quint32 samples = quint32(qMax(0, durationMs)) * quint32(sampleRate) / 1000U;
    QByteArray out = header(samples * 2U, sampleRate);
    for (quint32 i = 0; i < samples; ++i) {
        const double t = double(i) / sampleRate;
        // 400 ms beeps at 440/660 Hz with 200 ms pauses.
        const double phase = std::fmod(t, 0.6);
        const double frequency = std::fmod(t, 1.2) < 0.6 ? 440.0 : 660.0;
        const double amplitude = phase < 0.4 ? 8000.0 : 0.0;
        appendLe16(out, quint16(qint16(amplitude * std::sin(2.0 * std::numbers::pi * frequency * t))));
    }
    return out;
}

qint64 WavAudio::durationMs(const QByteArray& wav) {
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE") {
        return -1;
    }
    quint32 byteRate = 0;
    qsizetype pos = 12;
    while (pos + 8 <= wav.size()) {
        const QByteArray id = wav.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(wav.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt " && body + 12 <= wav.size()) {
            byteRate = qFromLittleEndian<quint32>(wav.constData() + body + 8);
        } else if (id == "data") {
            if (byteRate == 0) {
                return -1;
            }
            // Streamed WAVs leave the size at its maximum: use what is actually there.
            const quint64 available = quint64(wav.size() - body);
            const quint64 bytes = qMin<quint64>(size, available);
            return qint64(bytes * 1000U / byteRate);
        }
        pos = body + qsizetype(size) + qsizetype(size % 2U);
    }
    return -1;
}

QByteArray WavAudio::resampled(const QByteArray& wav, int sampleRate) {
    if (sampleRate <= 0 || wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE") {
        return {};
    }
    int channels = 0;
    int rate = 0;
    int bits = 0;
    qsizetype pos = 12;
    while (pos + 8 <= wav.size()) {
        const QByteArray id = wav.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(wav.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt " && body + 16 <= wav.size()) {
            const quint16 format = qFromLittleEndian<quint16>(wav.constData() + body);
            channels = qFromLittleEndian<quint16>(wav.constData() + body + 2);
            rate = int(qFromLittleEndian<quint32>(wav.constData() + body + 4));
            bits = qFromLittleEndian<quint16>(wav.constData() + body + 14);
            if (format != 1 || channels != 1 || bits != 16 || rate <= 0) {
                return {};
            }
        } else if (id == "data" && rate > 0) {
            const qsizetype count = qMin<qsizetype>(qsizetype(size), wav.size() - body) / 2;
            const char* in = wav.constData() + body;
            const qsizetype outCount = qsizetype(qint64(count) * sampleRate / rate);
            QByteArray out = header(quint32(outCount) * 2U, sampleRate);
            for (qsizetype i = 0; i < outCount; ++i) {
                const double at = double(i) * rate / sampleRate;
                const qsizetype k = qMin(qsizetype(at), count - 1);
                const qsizetype next = qMin(k + 1, count - 1);
                const double a = qFromLittleEndian<qint16>(in + 2 * k);
                const double b = qFromLittleEndian<qint16>(in + 2 * next);
                appendLe16(out, quint16(qint16(a + (b - a) * (at - double(k)))));
            }
            return out;
        }
        pos = body + qsizetype(size) + qsizetype(size % 2U);
    }
    return {};
}

} // namespace vk
