#include "UnitSettingsWidget.h"

#include "item/TeamRepository.h"
#include "region/TeamReviewService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vk {

UnitSettingsWidget::UnitSettingsWidget(TeamReviewService* service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_form(new QFormLayout)
    , m_notice(new QLabel(this)) {
    setObjectName(QStringLiteral("unitSettings"));
    auto* intro = new QLabel(
        tr("When a patient with a named contact (fast vårdkontakt, kontaktsjuksköterska) at the unit gets in "
           "touch, the new contact can be offered to that person first while they are signed in. The offer "
           "lasts at most 30 minutes and ends 30 minutes before the deadline; meanwhile colleagues see whom "
           "it is offered to and cannot claim it. Afterwards anyone may."),
        this);
    intro->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("unitSettingsNotice"));
    m_notice->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_notice);
    layout->addStretch();
    connect(service, &TeamReviewService::preOfferSaved, this, &UnitSettingsWidget::onSaved);
    connect(service, &TeamReviewService::preOfferFailed, this, &UnitSettingsWidget::onFailed);
}

void UnitSettingsWidget::setDatabaseProvider(DatabaseProvider database) {
    m_database = std::move(database);
}

void UnitSettingsWidget::setLedUnits(const QStringList& unitIds) {
    m_unitIds = unitIds;
    reload();
}

void UnitSettingsWidget::reload() {
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_boxes.clear();
    const QSqlDatabase database = m_database ? m_database() : QSqlDatabase();
    if (!database.isValid() || !database.isOpen()) {
        return;
    }
    Result<QList<TeamRepository::UnitSettings>> units = TeamRepository(database).unitSettings(m_unitIds);
    if (!units) {
        m_notice->setText(units.error().message);
        return;
    }
    for (const TeamRepository::UnitSettings& unit : units.value()) {
        const auto saved = m_saved.constFind(unit.unitId);
        if (saved != m_saved.constEnd() && saved.value() == unit.preOfferNamedContact) {
            m_saved.remove(unit.unitId); // the cache has caught up
        }
        auto* box = new QCheckBox(tr("Offer new contacts to the patient's named contact when on duty"), this);
        box->setObjectName(QStringLiteral("preOffer-") + unit.unitId);
        box->setChecked(m_saved.value(unit.unitId, unit.preOfferNamedContact));
        box->setAccessibleName(tr("Pre-offer to the named contact at %1").arg(unit.name));
        const QString unitId = unit.unitId;
        connect(box, &QCheckBox::toggled, this, [this, unitId](bool on) { change(unitId, on); });
        m_form->addRow(unit.name, box);
        m_boxes.insert(unit.unitId, box);
    }
}

void UnitSettingsWidget::change(const QString& unitId, bool on) {
    if (QCheckBox* box = m_boxes.value(unitId)) {
        box->setEnabled(false); // until the store answers
    }
    m_notice->setText(tr("Saving…"));
    m_service->setPreOffer(unitId, on);
}

void UnitSettingsWidget::onSaved(const QString& unitId, bool on) {
    m_saved.insert(unitId, on);
    if (QCheckBox* box = m_boxes.value(unitId)) {
        box->setEnabled(true);
    }
    m_notice->setText(on ? tr("Saved: new contacts are offered to the named contact while on duty.")
                         : tr("Saved: new contacts are no longer offered to the named contact."));
}

void UnitSettingsWidget::onFailed(const QString& unitId, const Error& error) {
    if (QCheckBox* box = m_boxes.value(unitId)) {
        const QSignalBlocker quiet(box);
        box->setChecked(!box->isChecked()); // back to what the store still has
        box->setEnabled(true);
    }
    m_notice->setText(tr("The setting was not changed: %1").arg(error.message));
}

} // namespace vk
