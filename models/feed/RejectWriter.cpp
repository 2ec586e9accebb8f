#include "RejectWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace vk {

namespace {
Error fileError(const QString& path) {
    return Error{QStringLiteral("feed.reject_file"),
                 QStringLiteral("cannot write the reject file %1").arg(path)};
}
} // namespace

RejectWriter::RejectWriter(QString path)
    : m_path(std::move(path)) {}

RejectWriter::~RejectWriter() = default;

Status RejectWriter::start() {
    m_count = 0;
    m_file.reset();
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        return fileError(m_path);
    }
    return Done{};
}

Status RejectWriter::write(const QString& source, qint64 lineNumber, const QString& code,
                           const QString& reason, const QByteArray& original) {
    if (!m_file) {
        m_file = std::make_unique<QFile>(m_path);
        // Refused lines may carry patient data: readable by the feed's own user only.
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append) ||
            !m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_file.reset();
            return fileError(m_path);
        }
    }
    QJsonObject o{{QStringLiteral("file"), source},
                  {QStringLiteral("line"), double(lineNumber)},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("reason"), reason}};
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(original);
    if (utf8.hasError()) {
        o.insert(QStringLiteral("original_base64"), QString::fromLatin1(original.toBase64()));
    } else {
        o.insert(QStringLiteral("original"), text);
    }
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (m_file->write(line) != line.size()) {
        return fileError(m_path);
    }
    ++m_count;
    return Done{};
}

Status RejectWriter::finish() {
    if (m_file) {
        const bool ok = m_file->flush();
        m_file->close();
        m_file.reset();
        if (!ok) {
            return fileError(m_path);
        }
    }
    return Done{};
}

} // namespace vk
