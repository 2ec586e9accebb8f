#pragma once

#include "domain/Result.h"
#include "region/PgConnectionSettings.h"
#include "sync/DeskActions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

#include <memory>
#include <optional>

namespace vk {

class CacheDatabase;
class Clock;

class InboxLoader;
class InboxModel;
class SyncController;
class TeamReviewService;

/// One user's working session at this desk: the unlocked cache, the inbox loaded from it, the actions that
/// write to it and the sync engine that keeps it in step with the region store. lock() takes all of it down
/// again; the models survive empty so the window can stay open behind the unlock dialog.
class DeskSession : public QObject {
    Q_OBJECT
public:
    /// `region` names the store (host, port, database, TLS); the user's login and password are added at
    /// open().
    DeskSession(const Clock& clock, PgConnectionSettings region, QString cacheDirectory,
                QObject* parent = nullptr);
    ~DeskSession() override;

    /// Unlocks (or creates) the user's cache, loads the inbox and starts syncing. Errors are for the login
    /// dialog.
    Status open(const QString& userName, const QString& password);
    /// Stops syncing, clears the models and closes the cache; the key is wiped.
    void lock();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString userName() const { return m_userName; }
    /// The user's staff id once the cache knows it (after the first sync on a new desk).
    [[nodiscard]] QString staffId() const { return m_staffId; }

    [[nodiscard]] InboxModel* inboxModel() const { return m_inbox; }
    [[nodiscard]] DeskActions* actions() const { return m_actions; }
    [[nodiscard]] SyncController* sync() const { return m_sync; }
    [[nodiscard]] CacheDatabase* cache() const { return m_cache.get(); }
    /// The team lead figures from the region store (and their copy in the cache).
    [[nodiscard]] TeamReviewService* teamReview() const { return m_team; }
    /// The units the user leads, as the cache knows them (empty for a nurse).
    [[nodiscard]] QStringList ledUnitIds() const { return m_ledUnits; }
    /// The user's connection to the region store (with the login's password) for the few reads that go to
    /// the network directly (the access-log extract); empty while locked or without a region store.
    [[nodiscard]] std::optional<PgConnectionSettings> regionLogin() const { return m_regionLogin; }

Q_SIGNALS:
    void opened();
    void locked();
    /// The session made a new DeskActions (the user's staff id became known); the old one is gone.
    void actionsChanged(vk::DeskActions* actions);
    /// The units the user leads changed (unlock, first sync, a new role); empty: not a team lead.
    void ledUnitsChanged(const QStringList& unitIds);
    /// Something went wrong in the background (cache read while loading); already translated.
    void problem(const QString& message);

private:
    void identifyStaff();
    void findLedUnits();
    void refreshTeamFigures();

    const Clock& m_clock;
    PgConnectionSettings m_region;
    QString m_cacheDirectory;
    std::unique_ptr<CacheDatabase> m_cache;
    InboxModel* m_inbox = nullptr;
    InboxLoader* m_loader = nullptr;
    SyncController* m_sync = nullptr;
    QPointer<DeskActions> m_actions;
    QString m_userName;
    QString m_staffId;
    TeamReviewService* m_team = nullptr;
    QStringList m_ledUnits;
    QTimer* m_teamTimer = nullptr;
    // Held as long as the sync engine holds its own copy for reconnects; dropped at lock.
    std::optional<PgConnectionSettings> m_regionLogin;
};

} // namespace vk
