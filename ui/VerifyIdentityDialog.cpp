#include "VerifyIdentityDialog.h"

#include "ContactTexts.h"
#include "domain/ReservnummerPattern.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vk {

VerifyIdentityDialog::VerifyIdentityDialog(const QDate& today, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_today(today)
    , m_type(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_name(new QLineEdit(name, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("verifyIdentityDialog"));
    setWindowTitle(tr("Verify identity"));

    auto* intro =
        new QLabel(tr("Ask the caller for their identity number and check it against the name before "
                      "you disclose anything. Voicemails and callbacks can come from anyone."),
                   this);
    intro->setWordWrap(true);
    for (const IdentityNumber::Type type :
         {IdentityNumber::Type::Personnummer, IdentityNumber::Type::Samordningsnummer,
          IdentityNumber::Type::Reservnummer}) {
        const QString typeName = IdentityNumber::typeName(type);
        m_type->addItem(ContactTexts::identityTypeText(typeName), typeName);
    }
    m_type->setObjectName(QStringLiteral("identityType"));
    m_type->setAccessibleName(tr("Type of identity number"));
    m_number->setObjectName(QStringLiteral("identityNumber"));
    m_number->setAccessibleName(tr("Identity number"));
    m_number->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setAccessibleName(tr("Name"));
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Identity verified"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("identityOk"));

    auto* form = new QFormLayout;
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Number"), m_number);
    form->addRow(tr("Name"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &VerifyIdentityDialog::validate);
    connect(m_number, &QLineEdit::textChanged, this, &VerifyIdentityDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_identity.isValid()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_number->setFocus();
}

QString VerifyIdentityDialog::name() const {
    return m_name->text().trimmed();
}

void VerifyIdentityDialog::validate() {
    m_identity = IdentityNumber();
    const QString input = m_number->text().trimmed();
    if (input.isEmpty()) {
        m_problem->clear();
    } else {
        const auto type = IdentityNumber::typeFromName(m_type->currentData().toString());
        const Result<IdentityNumber> parsed = IdentityNumber::parseTyped(
            type.value_or(IdentityNumber::Type::Personnummer), input, m_today, ReservnummerPattern());
        if (parsed.ok()) {
            m_identity = parsed.value();
            m_problem->setText(tr("Valid: %1").arg(m_identity.displayFull()));
        } else {
            m_problem->setText(parsed.error().message);
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_identity.isValid());
}

} // namespace vk
