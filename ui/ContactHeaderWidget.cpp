#include "ContactHeaderWidget.h"

#include "ContactTexts.h"
#include "domain/Clock.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace vk {

namespace {

// The list's colours (InboxItemDelegate): at least 4.5:1 on white, and the text says the state too.
const QColor OverdueColour(0xb0, 0x00, 0x20);
const QColor AtRiskColour(0x8a, 0x4b, 0x00);
const QColor WarningBackground(0xff, 0xf4, 0xce);

constexpr int CountdownRefreshMs = 30 * 1000;

} // namespace

ContactHeaderWidget::ContactHeaderWidget(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_patient(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_channel(new QLabel(this))
    , m_received(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_openPatient(new QPushButton(tr("Patient overview"), this)) {
    setObjectName(QStringLiteral("contactHeader"));
    m_patient->setObjectName(QStringLiteral("headerPatient"));
    QFont title = m_patient->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_patient->setFont(title);
    m_patient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setObjectName(QStringLiteral("headerIdentityWarning"));
    m_identity->setWordWrap(true);
    m_identity->setAutoFillBackground(true);
    QPalette warning = m_identity->palette();
    warning.setColor(QPalette::Window, WarningBackground);
    warning.setColor(QPalette::WindowText, AtRiskColour);
    m_identity->setPalette(warning);
    m_identity->setMargin(6);
    m_channel->setObjectName(QStringLiteral("headerChannel"));
    m_received->setObjectName(QStringLiteral("headerReceived"));
    m_deadline->setObjectName(QStringLiteral("headerDeadline"));
    m_status->setObjectName(QStringLiteral("headerStatus"));

    m_openPatient->setObjectName(QStringLiteral("headerOpenPatient"));
    m_openPatient->setToolTip(tr("Every contact, named contacts and SIP plans of this patient"));
    m_openPatient->setVisible(false);
    connect(m_openPatient, &QPushButton::clicked, this, &ContactHeaderWidget::patientPanelRequested);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_patient, 0, 0);
    layout->addWidget(m_openPatient, 0, 1, Qt::AlignRight);
    // The way to a patient's SIP straight from the contact (the patient panel carries it too).
    m_sip = new QPushButton(tr("SIP…"), this);
    m_sip->setObjectName(QStringLiteral("headerSip"));
    m_sip->setAccessibleName(tr("The patient's SIP plans"));
    m_sip->setToolTip(tr("Samordnad individuell plan: the plan, notes and meetings"));
    m_sip->hide();
    connect(m_sip, &QPushButton::clicked, this, &ContactHeaderWidget::sipRequested);
    layout->addWidget(m_sip, 0, 2, Qt::AlignRight);
    layout->addWidget(m_identity, 1, 0, 1, 2);
    layout->addWidget(m_channel, 2, 0);
    layout->addWidget(m_status, 2, 1);
    layout->addWidget(m_received, 3, 0);
    layout->addWidget(m_deadline, 3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    m_countdown.setInterval(CountdownRefreshMs);
    // A child by name, so a test can tick it without waiting half a minute.
    m_countdown.setParent(this);
    m_countdown.setObjectName(QStringLiteral("headerCountdown"));
    connect(&m_countdown, &QTimer::timeout, this, &ContactHeaderWidget::updateCountdown);
}

void ContactHeaderWidget::showDetail(const ContactDetail& detail, const QString& me) {
    if (detail.patient) {
        const QString identity = ContactTexts::identityText(detail.patient->idValue, false);
        m_patient->setText(detail.patient->name.isEmpty() ? identity
                                                          : tr("%1, %2").arg(detail.patient->name, identity));
    } else {
        const QString phone = detail.phoneToCall();
        m_patient->setText(phone.isEmpty() ? tr("Unknown caller") : tr("Unknown caller, %1").arg(phone));
    }
    m_openPatient->setVisible(detail.patient.has_value());
    m_sip->setVisible(detail.patient.has_value());
    m_identity->setText(
        tr("Identity not verified: check the caller's identity before you disclose anything."));
    m_identity->setVisible(!detail.identityVerified && isOpen(detail.status));

    const QString channel = ContactTexts::channelText(detail.channel);
    m_channel->setText(detail.reason.isEmpty() ? channel : tr("%1 · %2").arg(channel, detail.reason));
    m_received->setText(tr("Received %1").arg(ContactTexts::dateTimeText(detail.receivedMs)));

    QString status = ContactTexts::statusText(detail.status);
    if (!detail.holderId.isEmpty() && isOpen(detail.status)) {
        const QString holder = detail.holderId == me         ? tr("you")
                               : detail.holderName.isEmpty() ? tr("someone else")
                                                             : detail.holderName;
        status = detail.tentative ? tr("%1 by %2 (not yet confirmed)").arg(status, holder)
                                  : tr("%1 by %2").arg(status, holder);
    }
    m_baseStatus = status;
    m_offer = detail.offer;
    m_me = me;
    m_contactStatus = detail.status;
    m_holderId = detail.holderId;
    m_status->setToolTip(detail.tentative ? tr("The claim is saved here and waits for the region store to "
                                               "confirm it.")
                                          : QString());

    m_dueMs = detail.dueMs;
    m_open = isOpen(detail.status);
    updateCountdown();
    if (m_open) {
        m_countdown.start();
    } else {
        m_countdown.stop();
    }
}

void ContactHeaderWidget::clear() {
    m_countdown.stop();
    m_openPatient->setVisible(false);
    m_sip->hide();
    for (QLabel* label : {m_patient, m_identity, m_channel, m_received, m_deadline, m_status}) {
        label->clear();
    }
    m_dueMs = 0;
    m_open = false;
    m_baseStatus.clear();
    m_offer = {};
}

void ContactHeaderWidget::updateStatus() {
    // Re-evaluated on every countdown tick: an offer that lapses while the contact is on screen stops saying
    // so at once, as the inbox row does, instead of at the next refresh.
    QString status = m_baseStatus;
    const QString until = ContactTexts::timeText(m_offer.untilMs);
    switch (m_offer.stateFor(m_me, m_contactStatus, m_holderId, m_clock.now().toMSecsSinceEpoch())) {
    case ContactOffer::State::ToMe:
        status = tr("%1 · offered to you until %2: you are the patient's named contact").arg(status, until);
        break;
    case ContactOffer::State::ToOther:
        status = tr("%1 · offered to %2, the patient's named contact, until %3")
                     .arg(status, m_offer.staffName.isEmpty() ? tr("the named contact") : m_offer.staffName,
                          until);
        break;
    case ContactOffer::State::None:
        break;
    }
    m_status->setText(status);
}

void ContactHeaderWidget::updateCountdown() {
    updateStatus();
    QPalette palette = m_deadline->palette();
    palette.setColor(QPalette::WindowText, QWidget::palette().color(QPalette::WindowText));
    QFont font = m_deadline->font();
    font.setBold(false);
    if (!m_open) {
        m_deadline->setText(tr("Deadline %1").arg(ContactTexts::dateTimeText(m_dueMs)));
    } else {
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        m_deadline->setText(ContactTexts::countdownText(m_dueMs, now));
        if (now > m_dueMs) {
            palette.setColor(QPalette::WindowText, OverdueColour);
            font.setBold(true);
            m_deadline->setProperty("urgency", QStringLiteral("overdue"));
        } else if (m_dueMs - now <= m_atRiskMs) {
            palette.setColor(QPalette::WindowText, AtRiskColour);
            m_deadline->setProperty("urgency", QStringLiteral("at_risk"));
        } else {
            m_deadline->setProperty("urgency", QStringLiteral("ok"));
        }
    }
    m_deadline->setPalette(palette);
    m_deadline->setFont(font);
}

} // namespace vk
