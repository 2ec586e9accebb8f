#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace vk {

/// Writes refused feed lines to a JSON Lines reject file: {"file", "line", "code", "reason", "original"} per
/// line, the original line kept whole ("original_base64" when it is not valid UTF-8). The file is created on
/// the first reject, so a clean run leaves none; a stale file from an earlier run is removed by start().
class RejectWriter {
public:
    /// A writer for `path`.
    explicit RejectWriter(QString path);
    ~RejectWriter();
    RejectWriter(const RejectWriter&) = delete;
    RejectWriter& operator=(const RejectWriter&) = delete;

    /// Removes a reject file left by an earlier run of the same input.
    [[nodiscard]] Status start();
    /// Appends one reject.
    [[nodiscard]] Status write(const QString& source, qint64 lineNumber, const QString& code,
                               const QString& reason, const QByteArray& original);
    /// Flushes and closes the file.
    [[nodiscard]] Status finish();

    /// Where the rejects go.
    [[nodiscard]] const QString& path() const { return m_path; }
    /// How many rejects were written.
    [[nodiscard]] qint64 count() const { return m_count; }

private:
    QString m_path;
    std::unique_ptr<QFile> m_file;
    qint64 m_count = 0;
};

} // namespace vk
