#pragma once

#include "region/TeamOverview.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace vk {

/// The team lead's live figures: open contacts per unit and channel, today's vårdgaranti figures per unit and
/// each staff member's load. Shows where the figures come from: live from the region store, or the copy kept
/// in the cache with the time it was taken ("Baserat på data från …").
class TeamOverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit TeamOverviewWidget(QWidget* parent = nullptr);

    /// Shows an overview; `live` says it just came from the store (else it is the cached copy).
    void setOverview(const TeamOverview& overview, bool live);
    /// The store could not be asked; the figures shown stay, marked as old. `message` is already translated.
    void setProblem(const QString& message);
    /// Nothing to show (locked desk).
    void clear();

    [[nodiscard]] QTableWidget* queueTable() const { return m_queues; }
    [[nodiscard]] QTableWidget* todayTable() const { return m_today; }
    [[nodiscard]] QTableWidget* staffTable() const { return m_staff; }
    [[nodiscard]] QLabel* sourceLabel() const { return m_source; }

    /// "8 of 10 (80 %)": a share in words, or a dash when nothing was counted.
    [[nodiscard]] static QString share(qint64 met, qint64 total);
    /// "1 h 5 min" / "12 min".
    [[nodiscard]] static QString duration(qint64 seconds);

private:
    void showSource();

    QLabel* m_source = nullptr;
    QTableWidget* m_queues = nullptr;
    QTableWidget* m_today = nullptr;
    QTableWidget* m_staff = nullptr;
    QDateTime m_takenAt;
    bool m_live = false;
    QString m_problem;
};

} // namespace vk
