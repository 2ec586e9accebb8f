#pragma once

#include <QWidget>

class QListWidget;

namespace vk {

/// The left-hand section list: Inbox, My contacts, My patients, Patients, Team.
class NavigationWidget : public QWidget {
    Q_OBJECT
public:
    enum class Section { Inbox, MyContacts, MyPatients, Patients, Team };
    Q_ENUM(Section)

    explicit NavigationWidget(QWidget* parent = nullptr);

    [[nodiscard]] Section currentSection() const;
    void setCurrentSection(Section section);
    /// Shows or hides a section (Team is for team leads only); a hidden current section falls back to Inbox.
    void setSectionVisible(Section section, bool visible);

Q_SIGNALS:
    void sectionChanged(vk::NavigationWidget::Section section);

private:
    QListWidget* m_list = nullptr;
};

} // namespace vk
