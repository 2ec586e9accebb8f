#pragma once

#include <QWidget>

class QVBoxLayout;

namespace vk {

/// A calm, non-modal notice area above the detail pane: conflicts the sync engine recorded (someone else took
/// the contact first, it was already closed), each in words with "Show" and "Dismiss". Never takes focus.
class ConflictNoticeWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConflictNoticeWidget(QWidget* parent = nullptr);

    /// Adds a notice (newest on top; the oldest go beyond the limit).
    void addConflict(const QString& contactId, const QString& message);
    /// The notices shown, newest first.
    [[nodiscard]] QStringList messages() const;
    void dismissAll();

    /// How many notices are kept on screen at most.
    static constexpr int MaxNotices = 5;

Q_SIGNALS:
    /// "Show" on a notice: open its contact.
    void contactRequested(const QString& contactId);
    /// The user dismissed the notice of this contact (empty: a conflict without a contact); dismissAll()
    /// (the desk locked) does not count, so the notice comes back after unlock.
    void dismissed(const QString& contactId);

private:
    void dismiss(QWidget* notice, const QString& contactId);

    QVBoxLayout* m_layout = nullptr;
};

} // namespace vk
