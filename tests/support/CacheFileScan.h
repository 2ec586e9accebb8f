#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace vk::test {

/// Every file of the cache folder that contains `needle` as UTF-8 or UTF-16 (either byte order): the raw-byte
/// search behind "nothing with patient data is ever plaintext on disk".
inline QStringList filesContaining(const QString& directory, const QString& needle) {
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16le(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2) {
        std::swap(utf16be[i], utf16be[i + 1]);
    }
    QStringList hits;
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        QFile file(entry.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            hits << entry.fileName() + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16le) || bytes.contains(utf16be)) {
            hits << entry.fileName();
        }
    }
    return hits;
}

/// The names of the files in `directory`.
inline QStringList fileNames(const QString& directory) {
    return QDir(directory).entryList(QDir::Files | QDir::Hidden);
}

} // namespace vk::test
