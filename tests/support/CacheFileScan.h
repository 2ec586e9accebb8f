#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace vk::test {

/// Whether `bytes` hold `needle` as UTF-8 or UTF-16 (either byte order).
inline bool containsText(const QByteArray& bytes, const QString& needle) {
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16le(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2) {
        std::swap(utf16be[i], utf16be[i + 1]);
    }
    return bytes.contains(utf8) || bytes.contains(utf16le) || bytes.contains(utf16be);
}

/// Every file of the cache folder (with `recursive`, of the whole tree below it) that contains `needle` as
/// UTF-8 or UTF-16 (either byte order): the raw-byte search behind "nothing with patient data is ever
/// plaintext on disk". Names are relative to `directory`.
inline QStringList filesContaining(const QString& directory, const QString& needle, bool recursive = false) {
    QStringList hits;
    QDirIterator files(directory, QDir::Files | QDir::Hidden,
                       recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString name = QDir(directory).relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << name + QStringLiteral(" (unreadable)");
            continue;
        }
        if (containsText(file.readAll(), needle)) {
            hits << name;
        }
    }
    return hits;
}

/// The names of the files in `directory`.
inline QStringList fileNames(const QString& directory) {
    return QDir(directory).entryList(QDir::Files | QDir::Hidden);
}

} // namespace vk::test
