#include "StormDeskProcess.h"

#include <QDeadlineTimer>

namespace vk {

StormDeskProcess::StormDeskProcess(Launch launch)
    : m_launch(std::move(launch)) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VK_STORM_PASSWORD"), m_launch.password);
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

StormDeskProcess::~StormDeskProcess() {
    kill();
}

void StormDeskProcess::start() {
    m_lines.clear();
    m_buffer.clear();
    m_ready = false;
    m_doomed = false;
    ++m_starts;
    m_process.start(m_launch.program,
                    {QStringLiteral("--cache-dir"), m_launch.cacheDir, QStringLiteral("--login"),
                     m_launch.login, QStringLiteral("--host"), m_launch.host, QStringLiteral("--port"),
                     m_launch.port, QStringLiteral("--database"), m_launch.database, QStringLiteral("--seed"),
                     QString::number(m_launch.seed + static_cast<quint64>(m_starts) * 7919),
                     QStringLiteral("--think-ms"), QString::number(m_launch.thinkMs)});
    m_process.waitForStarted();
}

void StormDeskProcess::kill() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(30000);
    }
    poll(); // what it printed before it died still counts (a reported action is committed)
}

void StormDeskProcess::waitForExit(int timeoutMs) {
    m_process.waitForFinished(timeoutMs);
    kill();
}

void StormDeskProcess::send(const QString& command) {
    if (command.startsWith(QLatin1String("stall"))) {
        m_doomed = true;
    }
    if (m_process.state() == QProcess::Running) {
        m_process.write((command + QLatin1Char('\n')).toUtf8());
        m_process.waitForBytesWritten(1000);
    }
}

void StormDeskProcess::poll() {
    m_buffer += m_process.readAllStandardOutput();
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        take(QString::fromUtf8(m_buffer.left(end)));
        m_buffer.remove(0, end + 1);
    }
}

bool StormDeskProcess::seen(const QString& prefix) const {
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [&prefix](const QString& line) { return line.startsWith(prefix); });
}

bool StormDeskProcess::waitFor(const QString& prefix, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        poll();
        if (seen(prefix)) {
            return true;
        }
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            poll();
            return seen(prefix);
        }
        m_process.waitForReadyRead(
            static_cast<int>(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime()))));
    }
}

void StormDeskProcess::take(const QString& line) {
    m_lines << line;
    m_tail << line;
    if (m_tail.size() > 20) {
        m_tail.removeFirst();
    }
    const QString word = line.section(QLatin1Char(' '), 0, 0);
    if (word == QLatin1String("action")) {
        ++m_byKind[line.section(QLatin1Char(' '), 1, 1)];
        m_reported.insert(line.section(QLatin1Char(' '), 2, 2));
    } else if (word == QLatin1String("ready")) {
        m_ready = true;
    } else if (word == QLatin1String("refused")) {
        ++m_refusals[line.section(QLatin1Char(' '), 1, 1)];
    } else if (word == QLatin1String("syncerror")) {
        ++m_syncErrors;
    } else if (word == QLatin1String("failed")) {
        ++m_cacheFailures;
    } else if (word == QLatin1String("error") && !(m_doomed && line.contains(QLatin1String("cache.busy")))) {
        m_errors << line.section(QLatin1Char(' '), 1);
    }
}

} // namespace vk
