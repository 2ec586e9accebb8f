#pragma once

#include "domain/IdentityNumber.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vk {

/// Finds a patient by identity number: personnummer, samordningsnummer or reservnummer. The number is
/// validated as it is typed and its type shown; an invalid one gets the reason in words and is not searched.
class PatientSearchBar : public QWidget {
    Q_OBJECT
public:
    /// Swedish local date: resolves the century of 10-digit numbers.
    using TodaySource = std::function<QDate()>;

    explicit PatientSearchBar(TodaySource today, QWidget* parent = nullptr);

    /// The number as last validated (invalid while the input is not a valid number).
    [[nodiscard]] const IdentityNumber& identity() const { return m_identity; }
    /// The problem or the recognised type, as shown under the field.
    [[nodiscard]] QString feedbackText() const;
    /// Shows a message under the field (no patient found, …).
    void showMessage(const QString& message);
    void focusSearch();

Q_SIGNALS:
    /// Enter or the button with a valid number: the stored forms to look up, best first.
    void searchRequested(const QStringList& forms);

private:
    void validate();
    void search();

    TodaySource m_today;
    IdentityNumber m_identity;
    QLineEdit* m_input = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_feedback = nullptr;
};

} // namespace vk
