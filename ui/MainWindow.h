#pragma once

#include "NavigationWidget.h"

#include <QMainWindow>

class QStackedWidget;

namespace vk {

class SyncStatusWidget;

/// The desk's one window: section navigation, a list area, a detail area and the sync status bar.
/// It only assembles widgets and forwards between them; behaviour lives in the widgets and models.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    [[nodiscard]] NavigationWidget* navigation() const { return m_navigation; }
    [[nodiscard]] SyncStatusWidget* syncStatus() const { return m_syncStatus; }

private:
    void showSection(NavigationWidget::Section section);

    NavigationWidget* m_navigation = nullptr;
    QStackedWidget* m_lists = nullptr;
    QStackedWidget* m_details = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
};

} // namespace vk
