#include "ConflictNoticeWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace vk {

namespace {

const char* const MessageProperty = "vkMessage";

} // namespace

ConflictNoticeWidget::ConflictNoticeWidget(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("conflictNotice"));
    setAccessibleName(tr("Conflicts from the region store"));
    m_layout->setContentsMargins(6, 6, 6, 0);
    m_layout->setSpacing(4);
    hide();
}

void ConflictNoticeWidget::addConflict(const QString& contactId, const QString& message) {
    auto* notice = new QWidget(this);
    notice->setObjectName(QStringLiteral("conflictNoticeItem"));
    notice->setProperty(MessageProperty, message);
    notice->setAutoFillBackground(true);
    QPalette palette = notice->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    notice->setPalette(palette);

    auto* text = new QLabel(message, notice);
    text->setObjectName(QStringLiteral("conflictMessage"));
    text->setWordWrap(true);
    text->setAccessibleName(message);
    auto* showButton = new QToolButton(notice);
    showButton->setObjectName(QStringLiteral("conflictShow"));
    showButton->setText(tr("Show"));
    showButton->setAccessibleName(tr("Show the contact"));
    showButton->setFocusPolicy(Qt::TabFocus);
    showButton->setEnabled(!contactId.isEmpty());
    auto* closeButton = new QToolButton(notice);
    closeButton->setObjectName(QStringLiteral("conflictDismiss"));
    closeButton->setText(tr("Dismiss"));
    closeButton->setAccessibleName(tr("Dismiss the notice"));
    closeButton->setFocusPolicy(Qt::TabFocus);

    auto* row = new QHBoxLayout(notice);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(text, 1);
    row->addWidget(showButton);
    row->addWidget(closeButton);

    connect(showButton, &QToolButton::clicked, this,
            [this, contactId] { Q_EMIT contactRequested(contactId); });
    connect(closeButton, &QToolButton::clicked, this,
            [this, notice, contactId] { dismiss(notice, contactId); });

    m_layout->insertWidget(0, notice);
    while (m_layout->count() > MaxNotices) {
        QWidget* oldest = m_layout->itemAt(m_layout->count() - 1)->widget();
        m_layout->removeWidget(oldest);
        delete oldest;
    }
    show();
}

QStringList ConflictNoticeWidget::messages() const {
    QStringList list;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (const QWidget* notice = m_layout->itemAt(i)->widget()) {
            list << notice->property(MessageProperty).toString();
        }
    }
    return list;
}

void ConflictNoticeWidget::dismissAll() {
    while (m_layout->count() > 0) {
        QWidget* notice = m_layout->itemAt(0)->widget();
        m_layout->removeWidget(notice);
        delete notice;
    }
    hide();
}

void ConflictNoticeWidget::dismiss(QWidget* notice, const QString& contactId) {
    m_layout->removeWidget(notice);
    notice->deleteLater(); // the clicked button belongs to it
    if (m_layout->count() == 0) {
        hide();
    }
    Q_EMIT dismissed(contactId);
}

} // namespace vk
