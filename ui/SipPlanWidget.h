#pragma once

#include "domain/Result.h"
#include "sip/SipPlan.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace vk {

class Clock;
class ConflictNoticeWidget;
class DeskActions;
class SipActions;

/// A patient's SIP at the desk: the plan with the legally required elements still missing flagged in words,
/// consent, participants, insatser, åtgärder by others and meetings; the coordination notes with their
/// corrections; and the actions on it (new plan, edit, note, correction, meeting, PDF). Everything reads and
/// writes the cache, so it works offline; the region store's refusals of this plan's changes show as
/// conflicts in words above the plan.
class SipPlanWidget : public QWidget {
    Q_OBJECT
public:
    /// The open cache's connection; an invalid database when the desk is locked.
    using DatabaseSource = std::function<QSqlDatabase()>;
    /// The user's actions; null until the session knows who the user is.
    using ActionsSource = std::function<DeskActions*()>;

    explicit SipPlanWidget(const Clock& clock, QWidget* parent = nullptr);
    ~SipPlanWidget() override;

    /// Where the widget reads and writes: asked at each use, since the cache and the actions come and go
    /// with lock and unlock.
    void setSource(DatabaseSource database, ActionsSource actions);

    /// Shows the patient's newest plan (or an offer to draw one up).
    void showPatient(const QString& patientId);
    /// Shows one of the patient's plans.
    void showPlan(const QString& planId);
    [[nodiscard]] QString patientId() const { return m_patientId; }
    /// The plan on screen, as last read from the cache.
    [[nodiscard]] const std::optional<SipPlan>& plan() const { return m_plan; }

    /// Prints the plan to a PDF at `path` and logs the export as an access to the patient's data.
    Status exportPdf(const QString& path);

public Q_SLOTS:
    /// Reads the plan again (after a sync or an action) and shows new conflicts for it.
    void refresh();
    void createPlan();
    void editPlan();
    void addNote();
    /// Writes a correction of the note chosen in the list.
    void correctNote();
    void addMeeting();
    /// Asks where to save and exports the plan as PDF.
    void exportWithDialog();

private:
    void reloadPlanChoice();
    void showCurrentPlan();
    void fillNotes(const SipPlan& plan);
    void showConflicts();
    void openDialog(QDialog* dialog);
    void showProblem(const QString& message);
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QSqlDatabase database() const;
    /// Runs `action` with the SIP actions of the current session and shows the plan again after it; a refusal
    /// is returned for the dialog to show.
    Status perform(const std::function<Status(SipActions&)>& action);

    const Clock& m_clock;
    DatabaseSource m_database;
    ActionsSource m_actions;
    QString m_patientId;
    QString m_planId;
    std::optional<SipPlan> m_plan;
    qint64 m_lastConflictId = 0;

    ConflictNoticeWidget* m_conflicts = nullptr;
    QComboBox* m_planChoice = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_problem = nullptr;
    QTextBrowser* m_view = nullptr;
    QTreeWidget* m_notes = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_addNote = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_addMeeting = nullptr;
    QPushButton* m_export = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace vk
