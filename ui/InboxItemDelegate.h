#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace vk {

/// Paints what the inbox model leaves to the view: channel icons, deadline colours (ok / at risk / overdue),
/// and markers for unverified identity and not-yet-settled claims. A new contact from a patient whose named
/// contact the user is gets a tinted row and "your patient" by the name, so the named contact sees it first;
/// a contact offered to the user (pre-offer) gets a warm tint and a bold "Offered to you" status.
class InboxItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit InboxItemDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QIcon m_channelIcons[3];
};

} // namespace vk
