#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace vk {

class Clock;
class LanguageInstaller;
class MainWindow;

/// Composition root: owns the services of one desk session and wires them together. No singletons elsewhere.
class AppContext : public QObject {
    Q_OBJECT
public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    /// Installs the user-interface language; an empty code follows the system locale.
    bool installLanguage(const QString& languageCode);
    /// Creates the main window (once) and returns it.
    MainWindow& mainWindow();
    [[nodiscard]] const Clock& clock() const { return *m_clock; }

private:
    std::unique_ptr<Clock> m_clock;
    LanguageInstaller* m_language = nullptr;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace vk
