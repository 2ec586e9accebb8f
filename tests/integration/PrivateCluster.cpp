#include "PrivateCluster.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>

namespace vk::test {

namespace {

Error failed(const QString& what) {
    return Error{QStringLiteral("test.process_failed"), what};
}

QHash<QString, QString> readEnvFile(const QString& path) {
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return values;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("export ")) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 7) {
                values.insert(QString::fromUtf8(line.mid(7, equals - 7)),
                              QString::fromUtf8(line.mid(equals + 1)));
            }
        }
    }
    return values;
}

} // namespace

Status runProgram(const QString& program, const QStringList& arguments,
                  const QHash<QString, QString>& environment, int timeoutMs) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return failed(program + QStringLiteral(" did not finish: ") + QString::fromUtf8(process.readAll()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return failed(program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAll()));
    }
    return Done{};
}

PrivateCluster::PrivateCluster(const QString& prefix)
    : m_name(QStringLiteral("%1-%2-%3")
                 .arg(prefix)
                 .arg(QCoreApplication::applicationPid())
                 .arg(QRandomGenerator::system()->bounded(1000))) {
    // A port nobody listens on now; the server takes it a moment later (scripts/region reports a clash).
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0)) {
        m_port = probe.serverPort();
    }
}

PrivateCluster::~PrivateCluster() {
    (void)run({QStringLiteral("destroy")});
    QFile::remove(QFileInfo(QStringLiteral(VK_REGION_SCRIPT)).absolutePath() +
                  QStringLiteral("/../.region/.") + m_name + QStringLiteral(".lock"));
}

Status PrivateCluster::run(const QStringList& arguments) {
    // VK_REGION_CLUSTER names this cluster, so the VK_REGION_PORT given here applies to it whatever the test
    // process's own environment (the shared test cluster's env) says.
    return runProgram(QStringLiteral(VK_REGION_SCRIPT),
                      QStringList{QStringLiteral("--cluster"), m_name} + arguments,
                      {{QStringLiteral("VK_REGION_CLUSTER"), m_name},
                       {QStringLiteral("VK_REGION_PORT"), QString::number(m_port)},
                       {QStringLiteral("VK_ADMIN"), QStringLiteral(VK_ADMIN_TOOL)}});
}

Status PrivateCluster::start() {
    if (m_port == 0) {
        return failed(QStringLiteral("no free port"));
    }
    if (Status started = run({QStringLiteral("start")}); !started) {
        return started;
    }
    m_env = readEnvFile(QFileInfo(QStringLiteral(VK_REGION_SCRIPT)).absolutePath() +
                        QStringLiteral("/../.region/") + m_name + QStringLiteral("/env"));
    if (m_env.value(QStringLiteral("VK_REGION_PORT")) != QString::number(m_port)) {
        return failed(QStringLiteral("the cluster's env file does not name port %1").arg(m_port));
    }
    return Done{};
}

Status PrivateCluster::stop() {
    return run({QStringLiteral("stop")});
}

PgConnectionSettings PrivateCluster::adminSettings() const {
    PgConnectionSettings settings;
    settings.host = m_env.value(QStringLiteral("VK_REGION_HOST"));
    settings.port = m_env.value(QStringLiteral("VK_REGION_PORT"));
    settings.database = QStringLiteral("postgres");
    settings.user = m_env.value(QStringLiteral("VK_REGION_ADMIN_USER"));
    settings.password = m_env.value(QStringLiteral("VK_REGION_ADMIN_PASSWORD"));
    settings.applicationName = QStringLiteral("vardinkorg-tests");
    return settings;
}

} // namespace vk::test
