#include "AppContext.h"

#include "LanguageInstaller.h"
#include "MainWindow.h"
#include "domain/SystemClock.h"

namespace vk {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_clock(std::make_unique<SystemClock>())
    , m_language(new LanguageInstaller(this)) {}

AppContext::~AppContext() = default;

bool AppContext::installLanguage(const QString& languageCode) {
    return m_language->install(
        languageCode.isEmpty() ? LanguageInstaller::languageForLocale(QLocale::system()) : languageCode);
}

MainWindow& AppContext::mainWindow() {
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>();
    }
    return *m_mainWindow;
}

} // namespace vk
