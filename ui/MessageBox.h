#pragma once

#include <QMessageBox>

#include <optional>

namespace vk {

/// The project's one way to ask the user a yes/no question (KeePassXC's habit): flows call this instead of
/// QMessageBox directly, so GUI tests can pre-answer the next question instead of chasing a modal box.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    /// Asks `text`; returns the button the user chose (or the pre-set answer without showing anything).
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);

    /// Test hook: the next question() returns `answer` at once, without a window.
    static void setNextAnswer(Button answer);
    /// How many questions were asked since the last call (pre-answered ones included); resets the count.
    static int takeQuestionCount();

private:
    static std::optional<Button> s_nextAnswer;
    static int s_questions;
};

} // namespace vk
