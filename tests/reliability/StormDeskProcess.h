#pragma once

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>

namespace vk {

/// The storm's side of one desk (vardinkorg_storm_desk): starts it, restarts it on the same cache after a
/// kill, sends commands, and keeps what the desk reported — the mutation ids it queued (its committed
/// actions), counts by kind, refusals and errors. The reported ids outlive every restart: they are what the
/// audit looks for in the outbox and the store.
class StormDeskProcess {
public:
    struct Launch {
        QString program;
        QString cacheDir;
        QString login;
        QString host;
        QString port;
        QString database;
        QString password;
        quint64 seed = 1;
        int thinkMs = 100;
    };

    explicit StormDeskProcess(Launch launch);
    ~StormDeskProcess();
    StormDeskProcess(const StormDeskProcess&) = delete;
    StormDeskProcess& operator=(const StormDeskProcess&) = delete;

    void start();
    /// SIGKILL: no destructor, no rollback, no flush runs in the desk.
    void kill();
    /// Waits for a desk that was told to finish to end by itself; kills it after `timeoutMs`.
    void waitForExit(int timeoutMs);
    void send(const QString& command);
    /// Reads what the desk printed so far (call often: the event loop does not do it for us).
    void poll();
    /// Polls until the desk printed a line starting with `prefix`, ended, or `timeoutMs` passed.
    bool waitFor(const QString& prefix, int timeoutMs);

    [[nodiscard]] bool running() const { return m_process.state() != QProcess::NotRunning; }
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] bool seen(const QString& prefix) const;
    [[nodiscard]] const Launch& launch() const { return m_launch; }
    [[nodiscard]] const QSet<QString>& reportedMutations() const { return m_reported; }
    [[nodiscard]] const std::map<QString, int>& actionsByKind() const { return m_byKind; }
    /// Actions the desk refused because another desk was quicker, by refusal code.
    [[nodiscard]] const std::map<QString, int>& refusalsByCode() const { return m_refusals; }
    [[nodiscard]] int syncErrors() const { return m_syncErrors; }
    [[nodiscard]] int restarts() const { return m_starts - 1; }
    [[nodiscard]] int cacheFailures() const { return m_cacheFailures; }
    /// Errors the desk reported outside a fault the storm caused on purpose.
    [[nodiscard]] const QStringList& errors() const { return m_errors; }
    /// The desk's last lines (for a failure message).
    [[nodiscard]] QString tail() const { return m_tail.join(QLatin1Char('\n')); }

private:
    void take(const QString& line);

    Launch m_launch;
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines; ///< since the last start, for waitFor
    QStringList m_tail;
    QSet<QString> m_reported;
    std::map<QString, int> m_byKind;
    QStringList m_errors;
    std::map<QString, int> m_refusals;
    int m_syncErrors = 0;
    int m_starts = 0;
    int m_cacheFailures = 0;
    bool m_ready = false;
    bool m_doomed = false; ///< told to stall for a kill: its cache is held open on purpose
};

} // namespace vk
