#include "LogPrivacyFilter.h"

#include <QLoggingCategory>

#include <cstring>

namespace vk::LogPrivacyFilter {

namespace {

QLoggingCategory::CategoryFilter g_previous = nullptr;

void filter(QLoggingCategory* category) {
    if (g_previous != nullptr) {
        g_previous(category); // the rules from the environment and the configuration files
    }
    if (std::strncmp(category->categoryName(), "qt.", 3) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void install() {
    g_previous = QLoggingCategory::installFilter(filter);
}

} // namespace vk::LogPrivacyFilter
