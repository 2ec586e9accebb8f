#pragma once

#include <QDialog>

namespace vk {

/// Lists the desk's keyboard shortcuts (F1 or ?). Everything in the inbox can be done without a mouse.
class ShortcutHelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutHelpDialog(QWidget* parent = nullptr);

    /// The shortcuts as (keys, what they do), in the order the dialog shows them.
    [[nodiscard]] static QList<QPair<QString, QString>> shortcuts();
};

} // namespace vk
