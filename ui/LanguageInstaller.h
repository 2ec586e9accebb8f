#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace vk {

/// Installs the application's and Qt's own translations for one language into the running application.
class LanguageInstaller : public QObject {
    Q_OBJECT
public:
    explicit LanguageInstaller(QObject* parent = nullptr);
    ~LanguageInstaller() override;

    /// Installs Swedish for "sv" and English for "en"; returns false for any other code.
    bool install(const QString& languageCode);
    /// The language to use when none was asked for: Swedish for sv_* locales, otherwise English.
    [[nodiscard]] static QString languageForLocale(const QLocale& locale);
    [[nodiscard]] QString installedLanguage() const { return m_language; }

private:
    void removeInstalled();

    QTranslator* m_appTranslator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
    QString m_language;
};

} // namespace vk
