#include "SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace vk {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_lastSync(new QLabel(this)) {
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_lastSync->setObjectName(QStringLiteral("syncLast"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_connection);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);

    m_connection->setText(tr("Not connected to the region store"));
    m_pending->setText(tr("%n change(s) waiting", nullptr, 0));
    m_lastSync->setText(tr("Never synchronised"));
}

void SyncStatusWidget::showState(bool online, int pendingChanges, const QDateTime& lastSync) {
    m_connection->setText(online ? tr("Online") : tr("Offline"));
    m_pending->setText(tr("%n change(s) waiting", nullptr, pendingChanges));
    m_lastSync->setText(
        lastSync.isValid()
            ? tr("Last sync %1").arg(QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synchronised"));
}

} // namespace vk
