#pragma once

#include "item/ContactDetail.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace vk {

class Clock;

/// The top of the detail pane: who (patient with masked identity number, or the unknown caller), whether the
/// identity is verified, channel and reason, when it came, the deadline as a coloured countdown, and the
/// status with its holder (marked when a claim is not yet confirmed by the region store).
class ContactHeaderWidget : public QWidget {
    Q_OBJECT
public:
    ContactHeaderWidget(const Clock& clock, QWidget* parent = nullptr);

    /// Shows `detail`; `me` is the user's staff id ("you" instead of their own name).
    void showDetail(const ContactDetail& detail, const QString& me);
    void clear();
    /// Minutes before the deadline from which it counts as at risk (default 30).
    void setAtRiskMinutes(int minutes) { m_atRiskMs = qint64(minutes) * 60000; }

Q_SIGNALS:
    /// "Patientöversikt": the user wants the patient's panel.
    void patientPanelRequested();
    /// "SIP…": the user wants the patient's SIP plans.
    void sipRequested();

private:
    void updateCountdown();
    void updateStatus();

    const Clock& m_clock;
    QLabel* m_patient = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_channel = nullptr;
    QLabel* m_received = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_openPatient = nullptr;
    QPushButton* m_sip = nullptr;
    qint64 m_dueMs = 0;
    bool m_open = false;
    // What the status line is made of; the offer part changes with time.
    QString m_baseStatus;
    ContactOffer m_offer;
    QString m_me;
    ContactStatus m_contactStatus = ContactStatus::New;
    QString m_holderId;
    qint64 m_atRiskMs = 30 * 60000;
    QTimer m_countdown;
};

} // namespace vk
