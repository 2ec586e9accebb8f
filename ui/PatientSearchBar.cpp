#include "PatientSearchBar.h"

#include "ContactTexts.h"
#include "domain/ReservnummerPattern.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vk {

namespace {

// A letter can only be part of a reservnummer; digits alone are read as personnummer or samordningsnummer
// (a reservnummer of digits only reads as a personnummer and is refused as one anyway).
bool hasLetter(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

PatientSearchBar::PatientSearchBar(TodaySource today, QWidget* parent)
    : QWidget(parent)
    , m_today(std::move(today))
    , m_input(new QLineEdit(this))
    , m_button(new QPushButton(tr("Open patient"), this))
    , m_feedback(new QLabel(this)) {
    setObjectName(QStringLiteral("patientSearchBar"));
    m_input->setObjectName(QStringLiteral("patientSearch"));
    m_input->setAccessibleName(tr("Identity number of the patient"));
    m_input->setPlaceholderText(tr("Personnummer, samordningsnummer or reservnummer"));
    m_input->setClearButtonEnabled(true);
    m_button->setObjectName(QStringLiteral("patientSearchButton"));
    m_feedback->setObjectName(QStringLiteral("patientSearchFeedback"));
    m_feedback->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_input, 0, 0);
    layout->addWidget(m_button, 0, 1);
    layout->addWidget(m_feedback, 1, 0, 1, 2);

    connect(m_input, &QLineEdit::textChanged, this, &PatientSearchBar::validate);
    connect(m_input, &QLineEdit::returnPressed, this, &PatientSearchBar::search);
    connect(m_button, &QPushButton::clicked, this, &PatientSearchBar::search);
    validate();
}

QString PatientSearchBar::feedbackText() const {
    return m_feedback->text();
}

void PatientSearchBar::showMessage(const QString& message) {
    m_feedback->setText(message);
}

void PatientSearchBar::focusSearch() {
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void PatientSearchBar::validate() {
    m_identity = IdentityNumber();
    const QString input = m_input->text().trimmed();
    if (input.isEmpty()) {
        m_feedback->clear();
    } else {
        const Result<IdentityNumber> parsed =
            hasLetter(input) ? IdentityNumber::parseReservnummer(input, ReservnummerPattern())
                             : IdentityNumber::parse(input, m_today());
        if (parsed.ok()) {
            m_identity = parsed.value();
            m_feedback->setText(tr("%1: %2").arg(ContactTexts::identityTypeText(m_identity.typeName()),
                                                 m_identity.displayFull()));
        } else {
            m_feedback->setText(parsed.error().message);
        }
    }
    m_button->setEnabled(m_identity.isValid());
}

void PatientSearchBar::search() {
    if (!m_identity.isValid()) {
        if (!m_input->text().trimmed().isEmpty()) {
            return; // the reason is already shown under the field
        }
        m_feedback->setText(tr("Enter the patient's personnummer, samordningsnummer or reservnummer."));
        return;
    }
    QStringList forms =
        IdentityNumber::searchForms(m_input->text().trimmed(), m_today(), ReservnummerPattern());
    if (forms.isEmpty()) {
        forms << m_identity.value();
    }
    Q_EMIT searchRequested(forms);
}

} // namespace vk
