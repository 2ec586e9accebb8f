#pragma once

namespace vk {

/// Keeps patient data out of the application's log at every verbosity. Qt's own debug categories quote what
/// widgets show and what is typed (qt.accessibility.* prints every label's text — a patient's name —,
/// qt.qpa.input keystrokes, qt.qpa.clipboard the clipboard), so they are held at warning level whatever
/// QT_LOGGING_RULES or a qtlogging.ini asks for; the application's own categories follow the rules as usual.
namespace LogPrivacyFilter {

/// Installs the filter (before the QApplication, so no category is created without it).
void install();

} // namespace LogPrivacyFilter

} // namespace vk
