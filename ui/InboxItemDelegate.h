#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace vk {

/// Paints what the inbox model leaves to the view: channel icons, deadline colours (ok / at risk / overdue),
/// and markers for unverified identity and not-yet-settled claims.
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
