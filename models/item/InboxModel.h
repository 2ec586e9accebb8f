#pragma once

#include "InboxRow.h"
#include "InboxSortKeys.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <vector>

namespace vk {

class Clock;

/// Every cached contact the user may see, as a flat table. Rows arrive in keyset pages (append), change
/// through sync notifications (upsert / remove) and disappear on lock (clear). Ordering and filtering belong
/// to InboxFilterProxyModel, which reads the typed rows and their key columns (sortKeys()) directly.
class InboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ChannelColumn,
        PatientColumn,
        ReasonColumn,
        ReceivedColumn,
        DeadlineColumn,
        StatusColumn,
        HolderColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChannelRole,
        StatusRole,
        UrgencyRole,
        DueRole,      ///< QDateTime, UTC
        ReceivedRole, ///< QDateTime, UTC
        UnitRole,
        PatientIdRole,
        HolderRole,
        MineRole,
        TentativeRole,
        IdentityVerifiedRole,
        FromMyPatientRole,
        CodeRole,
        OfferRole,         ///< int: ContactOffer::State for the current user, now
        OfferedToNameRole, ///< the colleague a live offer is for
    };
    Q_ENUM(Role)

    explicit InboxModel(const Clock& clock, QObject* parent = nullptr);

    /// The logged-in user's staff id: decides MineRole.
    void setCurrentStaff(const QString& staffId);
    [[nodiscard]] QString currentStaff() const { return m_me; }
    /// Full personnummer instead of the masked form (a user setting; masked by default).
    void setShowFullIdentity(bool show);
    /// Minutes before the deadline from which a contact counts as at risk (default 30).
    void setAtRiskMinutes(int minutes);

    /// Replaces everything: unlock and full resync only.
    void reset(std::vector<InboxRow> rows);
    /// Adds rows that are not here yet (keyset pages); rows already present are updated instead.
    void append(std::vector<InboxRow> rows);
    /// Inserts new rows and updates existing ones in place (sync notifications).
    void upsert(std::vector<InboxRow> rows);
    /// Removes the rows with these ids, if present.
    void remove(const QStringList& ids);
    /// Drops every row (the desk locked).
    void clear();
    /// Re-evaluates every pre-offer against the clock and signals the rows whose state changed (an offer
    /// lapsed): they move in the proxy's order. The countdown timer does this twice a minute.
    void refreshOffers();

    [[nodiscard]] const InboxRow& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The rows' numeric keys as columns, index for index in step with the rows (what sorting and filtering
    /// 100k rows read instead of the rows themselves).
    [[nodiscard]] const InboxSortKeys& sortKeys() const { return m_keys; }
    /// Row of a contact id, or -1.
    [[nodiscard]] int rowOf(const QString& id) const { return m_index.value(id, -1); }
    [[nodiscard]] Urgency urgencyAt(int row) const { return urgencyAt(row, nowMs()); }
    /// Same, against an instant read once by the caller (filtering 100k rows must not ask the clock each
    /// time).
    [[nodiscard]] Urgency urgencyAt(int row, qint64 nowMs) const;
    [[nodiscard]] qint64 nowMs() const;

    /// The words for a channel and a status, shared by the list and the detail pane.
    [[nodiscard]] static QString channelText(Channel channel);
    [[nodiscard]] static QString statusText(ContactStatus status, bool tentative = false);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Contacts that arrived through sync since the user last looked (drives the "new" badge).
    void contactsArrived(int count);

private:
    void rebuildIndex();
    void updateRow(int row, InboxRow&& value);
    /// Sets the row's offer state for the current user at `nowMs`; true when it changed.
    bool settleOffer(InboxRow& row, qint64 nowMs) const;

    void refreshCountdowns();
    [[nodiscard]] QString patientText(const InboxRow& row) const;
    [[nodiscard]] QString deadlineText(const InboxRow& row) const;
    [[nodiscard]] static QString statusText(const InboxRow& row);

    const Clock& m_clock;
    std::vector<InboxRow> m_rows;
    InboxSortKeys m_keys; ///< changes with every change of m_rows, before any signal about it
    QHash<QString, int> m_index;
    QString m_me;
    bool m_showFullIdentity = false;
    qint64 m_atRiskMs = 30 * 60 * 1000;
    QTimer m_countdown;
};

} // namespace vk
