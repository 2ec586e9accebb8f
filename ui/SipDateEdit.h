#pragma once

#include <QDateEdit>

namespace vk {

/// A date field that may be left empty ("Not set"), as the SIP's optional dates may: the lowest date stands
/// for no date, Qt's usual special-value idiom.
class SipDateEdit : public QDateEdit {
    Q_OBJECT
public:
    /// `optional`: the field can show "Not set"; otherwise it always holds a date.
    explicit SipDateEdit(bool optional, QWidget* parent = nullptr);

    /// The date, or an invalid QDate when not set.
    [[nodiscard]] QDate value() const;
    /// Shows `date`; an invalid date shows "Not set" (or `fallback` for a required field).
    void setValue(const QDate& shown, const QDate& fallback = {});

private:
    bool m_optional;
};

} // namespace vk
