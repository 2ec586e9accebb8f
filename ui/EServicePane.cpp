#include "EServicePane.h"

#include "CallAttemptsWidget.h"
#include "ContactTexts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vk {

EServicePane::EServicePane(ClipboardGuard& clipboard, ReplyTemplates templates, QWidget* parent)
    : ContactPane(parent)
    , m_templates(std::move(templates))
    , m_type(new QLabel(this))
    , m_patient(new QLabel(this))
    , m_ombud(new QLabel(this))
    , m_thread(new QTextBrowser(this))
    , m_calls(new CallAttemptsWidget(clipboard, this))
    , m_template(new QComboBox(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send reply"), this)) {
    setObjectName(QStringLiteral("eservicePane"));
    m_type->setObjectName(QStringLiteral("errandType"));
    m_patient->setObjectName(QStringLiteral("errandPatient"));
    m_ombud->setObjectName(QStringLiteral("errandOmbud"));
    m_ombud->setWordWrap(true);
    m_thread->setObjectName(QStringLiteral("messageThread"));
    m_thread->setAccessibleName(tr("Messages in the request"));
    m_thread->setOpenLinks(false);
    m_template->setObjectName(QStringLiteral("replyTemplate"));
    m_template->setAccessibleName(tr("Reply template"));
    m_reply->setObjectName(QStringLiteral("replyEditor"));
    m_reply->setAccessibleName(tr("Reply to the patient"));
    m_reply->setPlaceholderText(tr("Write the reply (R), or start from a template"));
    m_reply->setTabChangesFocus(true);
    m_send->setObjectName(QStringLiteral("sendReplyButton"));
    m_send->setAccessibleName(tr("Send the reply"));

    auto* form = new QFormLayout;
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Patient"), m_patient);
    form->addRow(QString(), m_ombud);
    auto* replyRow = new QHBoxLayout;
    replyRow->addWidget(new QLabel(tr("Template"), this));
    replyRow->addWidget(m_template, 1);
    replyRow->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_thread, 2);
    layout->addWidget(m_calls);
    layout->addWidget(m_reply, 1);
    layout->addLayout(replyRow);

    connect(m_template, &QComboBox::activated, this, &EServicePane::applyTemplate);
    connect(m_reply, &QPlainTextEdit::textChanged, this, &EServicePane::updateSend);
    connect(m_send, &QPushButton::clicked, this,
            [this] { Q_EMIT replyRequested(m_reply->toPlainText().trimmed()); });
    connect(m_calls, &CallAttemptsWidget::logAttemptRequested, this, &ContactPane::logAttemptRequested);
}

bool EServicePane::isPhoneErrand(const QString& errandType) {
    return errandType.startsWith(QLatin1String("Kontakta"), Qt::CaseInsensitive);
}

void EServicePane::showDetail(const ContactDetail& detail, qint64 /*nowMs*/) {
    const ContactDetail::Errand errand = detail.errand.value_or(ContactDetail::Errand{});
    const QString type = errand.type.isEmpty() ? detail.reason : errand.type;
    m_type->setText(type);
    if (detail.patient) {
        m_patient->setText(
            tr("%1, %2 (verified with BankID)")
                .arg(detail.patient->name, ContactTexts::identityText(detail.patient->idValue, false)));
        m_firstName = detail.patient->name.section(QLatin1Char(' '), 0, 0);
    } else {
        m_patient->setText(tr("Unknown"));
        m_firstName.clear();
    }
    m_ombud->setText(errand.ombud ? tr("Sent by %1 as ombud (guardian) for the child.")
                                        .arg(errand.ombudName.isEmpty() ? tr("a guardian") : errand.ombudName)
                                  : QString());
    m_ombud->setVisible(errand.ombud);

    QString html;
    for (const ContactDetail::Message& message : errand.messages) {
        const QString who =
            message.outgoing
                ? (message.authorName.isEmpty() ? tr("The unit") : message.authorName)
                : (errand.ombud && !errand.ombudName.isEmpty() ? errand.ombudName : tr("Patient"));
        // Message text is the patient's: escaped, never interpreted as markup.
        html += QStringLiteral("<p><b>%1</b> · %2<br/>%3</p>")
                    .arg(who.toHtmlEscaped(), ContactTexts::dateTimeText(message.sentMs).toHtmlEscaped(),
                         message.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    if (html.isEmpty() && !detail.subject.isEmpty()) {
        html = QStringLiteral("<p>%1</p>").arg(detail.subject.toHtmlEscaped());
    }
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End); // the newest message is the one to answer

    m_calls->setVisible(isPhoneErrand(type) || !detail.attempts.empty());
    m_calls->showDetail(detail);

    if (detail.id != m_contactId) {
        m_contactId = detail.id;
        m_reply->clear();
        m_template->clear();
        m_template->addItem(tr("Choose a template…"));
        for (const ReplyTemplates::Template& entry : m_templates.forType(type)) {
            m_template->addItem(entry.title, entry.body);
        }
    }
    m_open = isOpen(detail.status);
    m_reply->setReadOnly(!m_open);
    m_template->setEnabled(m_open);
    updateSend();
}

bool EServicePane::beginCall() {
    m_calls->setVisible(true);
    return true;
}

bool EServicePane::focusReply() {
    if (!m_open) {
        return false;
    }
    m_reply->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void EServicePane::replySent() {
    m_reply->clear();
    m_template->setCurrentIndex(0);
}

bool EServicePane::hasUnsentReply() const {
    return m_open && !m_reply->toPlainText().trimmed().isEmpty();
}

void EServicePane::applyTemplate(int index) {
    const QString body = m_template->itemData(index).toString();
    if (body.isEmpty()) {
        return;
    }
    m_reply->setPlainText(ReplyTemplates::fill(body, m_firstName));
    m_reply->setFocus(Qt::OtherFocusReason);
}

void EServicePane::updateSend() {
    m_send->setEnabled(m_open && !m_reply->toPlainText().trimmed().isEmpty());
}

} // namespace vk
