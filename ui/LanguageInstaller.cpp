#include "LanguageInstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace vk {

LanguageInstaller::LanguageInstaller(QObject* parent)
    : QObject(parent) {}

LanguageInstaller::~LanguageInstaller() {
    removeInstalled();
}

QString LanguageInstaller::languageForLocale(const QLocale& locale) {
    return locale.language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

bool LanguageInstaller::install(const QString& languageCode) {
    if (languageCode != QLatin1String("sv") && languageCode != QLatin1String("en")) {
        return false;
    }
    removeInstalled();

    m_appTranslator = new QTranslator(this);
    if (!m_appTranslator->load(QStringLiteral(":/i18n/vardinkorg_%1.qm").arg(languageCode))) {
        return false;
    }
    QCoreApplication::installTranslator(m_appTranslator);

    // Qt's own strings (dialog buttons, context menus) come from Debian's qt6-translations-l10n when present;
    // without them the buttons stay English, which is not worth refusing to start over.
    m_qtTranslator = new QTranslator(this);
    if (m_qtTranslator->load(QLocale(languageCode), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qtTranslator);
    }
    m_language = languageCode;
    QLocale::setDefault(
        QLocale(languageCode == QLatin1String("sv") ? QLocale::Swedish : QLocale::English,
                languageCode == QLatin1String("sv") ? QLocale::Sweden : QLocale::UnitedKingdom));
    return true;
}

void LanguageInstaller::removeInstalled() {
    for (QTranslator* translator : {m_appTranslator, m_qtTranslator}) {
        if (translator != nullptr) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    m_appTranslator = nullptr;
    m_qtTranslator = nullptr;
    m_language.clear();
}

} // namespace vk
