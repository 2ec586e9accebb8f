#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;

namespace vk {

/// Books the callback to a time the patient asked for. The contact's deadline becomes the new slot, and
/// calling before it counts as a miss just like calling late.
class RebookDialog : public QDialog {
    Q_OBJECT
public:
    /// `now` is the current instant; the slot must lie after it.
    RebookDialog(const QDateTime& now, QWidget* parent = nullptr);

    /// The chosen slot in UTC.
    [[nodiscard]] QDateTime slot() const;

private:
    QDateTime m_now;
    QDateTimeEdit* m_slot = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
