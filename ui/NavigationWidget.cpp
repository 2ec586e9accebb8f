#include "NavigationWidget.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace vk {

NavigationWidget::NavigationWidget(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this)) {
    m_list->setObjectName(QStringLiteral("navigationList"));
    m_list->setAccessibleName(tr("Sections"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);

    const struct {
        Section section;
        QString text;
        QString icon;
    } entries[] = {
        {Section::Inbox, tr("Inbox"), QStringLiteral(":/icons/vardinkorg.svg")},
        {Section::MyContacts, tr("My contacts"), QStringLiteral(":/icons/my-contacts.svg")},
        {Section::MyPatients, tr("My patients"), QStringLiteral(":/icons/my-patients.svg")},
        {Section::Patients, tr("Patients"), QStringLiteral(":/icons/patients.svg")},
        {Section::Team, tr("Team"), QStringLiteral(":/icons/team.svg")},
    };
    for (const auto& entry : entries) {
        auto* item = new QListWidgetItem(QIcon(entry.icon), entry.text, m_list);
        item->setData(Qt::UserRole, static_cast<int>(entry.section));
        item->setSizeHint(QSize(0, 36));
    }
    m_list->setCurrentRow(0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setMinimumWidth(170);
    setMaximumWidth(240);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            Q_EMIT sectionChanged(static_cast<Section>(m_list->item(row)->data(Qt::UserRole).toInt()));
        }
    });
}

NavigationWidget::Section NavigationWidget::currentSection() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item != nullptr ? static_cast<Section>(item->data(Qt::UserRole).toInt()) : Section::Inbox;
}

void NavigationWidget::setCurrentSection(Section section) {
    m_list->setCurrentRow(static_cast<int>(section));
}

} // namespace vk

namespace vk {

void NavigationWidget::setSectionVisible(Section section, bool visible) {
    QListWidgetItem* item = m_list->item(static_cast<int>(section));
    if (item == nullptr) {
        return;
    }
    if (!visible && currentSection() == section) {
        setCurrentSection(Section::Inbox);
    }
    item->setHidden(!visible);
}

} // namespace vk
