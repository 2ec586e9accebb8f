#include "InboxItemDelegate.h"

#include "item/InboxModel.h"

#include <QApplication>

namespace vk {

namespace {

// Colours chosen to keep at least 4.5:1 contrast on a white row (WCAG AA), so the state is readable without
// relying on hue alone; the text itself also says "kvar" / "försenad".
const QColor OverdueColour(0xb0, 0x00, 0x20);
const QColor AtRiskColour(0x8a, 0x4b, 0x00);
// A light blue tint: dark text keeps well over 4.5:1 on it, and the row also says "your patient" in words.
const QColor MyPatientTint(0xe3, 0xee, 0xfb);
// A contact offered to the user: a warm tint that differs from the patient tint, and "Erbjuden dig" in bold
// in the status column, so the badge does not rely on colour either.
const QColor OfferedToMeTint(0xfd, 0xf0, 0xc8);

} // namespace

InboxItemDelegate::InboxItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_channelIcons{QIcon(QStringLiteral(":/icons/callback.svg")),
                     QIcon(QStringLiteral(":/icons/voicemail.svg")),
                     QIcon(QStringLiteral(":/icons/eservice.svg"))} {}

void InboxItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const bool fromMyPatient = index.data(InboxModel::FromMyPatientRole).toBool();
    const bool isNew = index.data(InboxModel::StatusRole).toInt() == static_cast<int>(ContactStatus::New);
    const auto offer = static_cast<ContactOffer::State>(index.data(InboxModel::OfferRole).toInt());
    if (offer == ContactOffer::State::ToMe) {
        option->backgroundBrush = OfferedToMeTint;
    } else if (fromMyPatient && isNew) {
        option->backgroundBrush = MyPatientTint;
    }
    switch (index.column()) {
    case InboxModel::ChannelColumn: {
        const int channel = index.data(InboxModel::ChannelRole).toInt();
        if (channel >= 0 && channel < 3) {
            option->icon = m_channelIcons[channel];
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        break;
    }
    case InboxModel::PatientColumn:
        if (!index.data(InboxModel::IdentityVerifiedRole).toBool()) {
            option->font.setItalic(true);
            option->text = tr("%1 · identity not verified").arg(option->text);
        }
        if (fromMyPatient) {
            option->font.setBold(true);
            if (isNew) {
                option->text = tr("%1 · your patient").arg(option->text);
            }
        }
        break;
    case InboxModel::DeadlineColumn: {
        const auto urgency = static_cast<Urgency>(index.data(InboxModel::UrgencyRole).toInt());
        if (urgency == Urgency::Overdue || urgency == Urgency::AtRisk) {
            option->palette.setColor(QPalette::Text,
                                     urgency == Urgency::Overdue ? OverdueColour : AtRiskColour);
            option->font.setBold(urgency == Urgency::Overdue);
        }
        break;
    }
    case InboxModel::StatusColumn:
        if (index.data(InboxModel::TentativeRole).toBool()) {
            option->font.setItalic(true);
        }
        if (offer == ContactOffer::State::ToMe) {
            option->font.setBold(true);
        }
        break;
    default:
        break;
    }
}

} // namespace vk
