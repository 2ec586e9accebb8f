#pragma once

#include "item/ContactDetail.h"

#include <QWidget>

namespace vk {

/// The channel-specific part of the detail pane. Panes show a contact and ask for actions through signals;
/// ContactDetailWidget performs them (one place talks to DeskActions) and shows what came of them.
class ContactPane : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Shows `detail` (a fresh read from the cache) as of `nowMs`.
    virtual void showDetail(const ContactDetail& detail, qint64 nowMs) = 0;
    /// Makes the pane ready for logging calls (a voicemail turns into callback handling); false when this
    /// contact is not handled by phone.
    virtual bool beginCall() { return false; }
    /// Puts the cursor in the reply editor; false when the contact cannot be answered by message.
    virtual bool focusReply() { return false; }
    /// The reply was saved: the editor is emptied.
    virtual void replySent() {}
    /// True while the reply editor holds text that was not sent.
    [[nodiscard]] virtual bool hasUnsentReply() const { return false; }
    /// Stops playing and forgets any media (another contact opens, or the desk locks).
    virtual void stopMedia() {}

Q_SIGNALS:
    void logAttemptRequested();
    void rebookRequested();
    void replyRequested(const QString& body);
};

} // namespace vk
