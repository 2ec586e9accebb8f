#include "SipDateEdit.h"

namespace vk {

namespace {

const QDate NotSet(2000, 1, 1);

} // namespace

SipDateEdit::SipDateEdit(bool optional, QWidget* parent)
    : QDateEdit(parent)
    , m_optional(optional) {
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(NotSet);
    if (m_optional) {
        setSpecialValueText(tr("Not set"));
    }
    setDate(NotSet);
}

QDate SipDateEdit::value() const {
    return date() == NotSet ? QDate() : date();
}

void SipDateEdit::setValue(const QDate& shown, const QDate& fallback) {
    setDate(shown.isValid() ? shown : (m_optional || !fallback.isValid() ? NotSet : fallback));
}

} // namespace vk
