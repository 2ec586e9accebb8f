#include "MessageBox.h"

namespace vk {

std::optional<MessageBox::Button> MessageBox::s_nextAnswer;
int MessageBox::s_questions = 0;

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    ++s_questions;
    if (s_nextAnswer) {
        const Button answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setObjectName(QStringLiteral("messageBox"));
    return static_cast<Button>(box.exec());
}

void MessageBox::setNextAnswer(Button answer) {
    s_nextAnswer = answer;
}

int MessageBox::takeQuestionCount() {
    const int count = s_questions;
    s_questions = 0;
    return count;
}

} // namespace vk
