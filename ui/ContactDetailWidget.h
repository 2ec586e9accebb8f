#pragma once

#include "domain/Result.h"
#include "item/ContactDetail.h"
#include "item/ContactDetailRepository.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace vk {

class ClipboardGuard;
class Clock;
class ContactHeaderWidget;
class ContactPane;
class DeskActions;
class VoicemailPane;

/// The detail pane of the inbox: the header of one contact, its actions (claim / release, verify identity,
/// forward, cancel, complete, complete and open next) and the pane of its channel. Every action goes through
/// DeskActions (local change plus outbox row); errors are shown in words in the pane. Opening a contact with
/// patient data writes one access-log entry per opening (PDL), through the outbox.
///
/// Keyboard: C claims, L logs an attempt, R replies, Ctrl+Enter completes, Ctrl+Shift+Enter completes and
/// opens the next contact (anywhere in the window); Esc inside the pane goes back to the list.
class ContactDetailWidget : public QWidget {
    Q_OBJECT
public:
    /// The open cache's connection; an invalid database when the desk is locked.
    using DatabaseSource = std::function<QSqlDatabase()>;
    /// The user's actions; null until the session knows who the user is.
    using ActionsSource = std::function<DeskActions*()>;
    /// The contact after `contactId` in the list the user works through; empty at the end.
    using NextContactSource = std::function<QString(const QString& contactId)>;

    ContactDetailWidget(const Clock& clock, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~ContactDetailWidget() override;

    /// Where the pane reads and writes. Asked at each use: both change when the desk locks and unlocks.
    void setSource(DatabaseSource database, ActionsSource actions);
    void setNextContactSource(NextContactSource next);

    /// The contact shown; empty when none.
    [[nodiscard]] QString contactId() const { return m_contactId; }
    /// The shown contact as last read from the cache.
    [[nodiscard]] const std::optional<ContactDetail>& detail() const { return m_detail; }
    /// True while an action runs: list changes it causes (a closed contact leaving the list) must not open
    /// another contact.
    [[nodiscard]] bool isActing() const { return m_acting; }
    /// The error shown in the pane, if any.
    [[nodiscard]] QString problemText() const;
    /// The voicemail pane (its player is the one place audio is played).
    [[nodiscard]] VoicemailPane* voicemailPane() const { return m_voicemailPane; }

    /// Opens a contact: reads it, logs the access when it shows patient data, shows it. Opening the contact
    /// already shown only refreshes it (no second access entry).
    void openContact(const QString& contactId);
    /// Sync or another view changed these contacts: re-read the shown one if among them.
    void refreshContacts(const QStringList& changed, const QStringList& removed = {});
    /// Shows nothing and forgets the contact (the desk locked, or the list emptied).
    void clear();
    /// Moves the keyboard focus to the pane's first action.
    void focusActions();

    void claim();
    void release();
    void logAttempt();
    void focusReply();
    void verifyIdentity();
    void forward();
    void cancelContact();
    void rebook();
    void complete();
    void completeAndOpenNext();
    void sendReply(const QString& body);

    /// Opens the shown contact's patient's SIP plans in a window of their own (logged as an access).
    void openSip();

Q_SIGNALS:
    /// The pane now shows this contact (empty: nothing).
    void contactChanged(const QString& contactId);
    /// "Complete and open next" opened this contact; the list should follow.
    void nextContactOpened(const QString& contactId);
    /// Esc: the user wants back to the list.
    void backRequested();
    /// The user asked for the shown contact's patient panel.
    void patientRequested(const QString& patientId, const QString& unitId);

private:
    [[nodiscard]] std::optional<ContactDetailRepository> repository() const;
    [[nodiscard]] DeskActions* actions() const;
    [[nodiscard]] QString me() const;
    [[nodiscard]] bool hasOpenContact() const;
    [[nodiscard]] ContactPane* currentPane() const;
    void reload();
    void display(ContactDetail detail);
    void showUnavailable(const QString& message);
    void updateActions();
    void updateBanners();
    void showProblem(const QString& message);
    void showNotice(const QString& message);
    void clearMessages();
    Status perform(const std::function<Status(DeskActions&)>& action);
    void startCompletion(bool openNext);
    void finishCompletion(const QString& code, const QString& note, bool medicalAssessment, bool openNext);
    void openDialog(QDialog* dialog, const std::function<void()>& onAccepted);
    void closeDialog();
    void createShortcuts();

    const Clock& m_clock;
    DatabaseSource m_database;
    ActionsSource m_actions;
    NextContactSource m_next;
    QString m_contactId;
    std::optional<ContactDetail> m_detail;
    bool m_acting = false;
    QPointer<QDialog> m_dialog;
    QPointer<QDialog> m_sipWindow; ///< the patient's SIP, opened from the header

    QLabel* m_unavailable = nullptr;
    QWidget* m_content = nullptr;
    ContactHeaderWidget* m_header = nullptr;
    QPushButton* m_claim = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_forward = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_completeNext = nullptr;
    QWidget* m_notReached = nullptr;
    QLabel* m_notReachedText = nullptr;
    QPushButton* m_notReachedRebook = nullptr;
    QLabel* m_closed = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_notice = nullptr;
    QStackedWidget* m_panes = nullptr;
    ContactPane* m_callbackPane = nullptr;
    VoicemailPane* m_voicemailPane = nullptr;
    ContactPane* m_eservicePane = nullptr;
};

} // namespace vk
