#pragma once

#include "ContactPane.h"
#include "ReplyTemplates.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace vk {

class CallAttemptsWidget;
class ClipboardGuard;

/// A 1177 ärende: type, the BankID-verified patient (or the guardian acting as ombud for a child), the
/// message thread and a reply editor with the type's Swedish templates. A "Kontakta mig" ärende can also be
/// handled by phone: attempts are logged as for a callback.
class EServicePane : public ContactPane {
    Q_OBJECT
public:
    EServicePane(ClipboardGuard& clipboard, ReplyTemplates templates, QWidget* parent = nullptr);

    void showDetail(const ContactDetail& detail, qint64 nowMs) override;
    bool beginCall() override;
    bool focusReply() override;
    void replySent() override;
    [[nodiscard]] bool hasUnsentReply() const override;

    /// Errand types that ask the unit to phone the patient.
    [[nodiscard]] static bool isPhoneErrand(const QString& errandType);

private:
    void applyTemplate(int index);
    void updateSend();

    ReplyTemplates m_templates;
    QString m_contactId;
    QString m_firstName;
    QLabel* m_type = nullptr;
    QLabel* m_patient = nullptr;
    QLabel* m_ombud = nullptr;
    QTextBrowser* m_thread = nullptr;
    CallAttemptsWidget* m_calls = nullptr;
    QComboBox* m_template = nullptr;
    QPlainTextEdit* m_reply = nullptr;
    QPushButton* m_send = nullptr;
    bool m_open = false;
};

} // namespace vk
