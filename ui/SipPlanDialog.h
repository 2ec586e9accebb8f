#pragma once

#include "domain/Result.h"
#include "sip/SipPlan.h"
#include "sip/SipRepository.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vk {

class SipDateEdit;
class SipListEditor;

/// Draws up a new SIP or edits one: consent (who, when, how), dates, the huvudman with overall
/// responsibility, participants per huvudman, insatser with their responsible huvudman and åtgärder by
/// others. OK hands the plan to `save`; when that refuses it, the dialog stays open with the reason, nothing
/// typed lost.
class SipPlanDialog : public QDialog {
    Q_OBJECT
public:
    using Save = std::function<Status(const SipPlan&)>;

    /// `units`: where a new plan may be drawn up (ignored when editing: a plan keeps its unit).
    /// `today` is the consent date a new plan starts with.
    SipPlanDialog(const SipPlan& plan, bool creating, const std::vector<SipRepository::Unit>& units,
                  const QDate& today, Save save, QWidget* parent = nullptr);

    /// The plan as filled in (id, patient and version as given).
    [[nodiscard]] SipPlan plan() const;

    void accept() override;

private:
    SipPlan m_original;
    bool m_creating;
    Save m_save;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_consentGivenBy = nullptr;
    SipDateEdit* m_consentDate = nullptr;
    QLineEdit* m_consentHow = nullptr;
    QComboBox* m_overall = nullptr;
    SipDateEdit* m_startDate = nullptr;
    SipDateEdit* m_nextFollowUp = nullptr;
    SipListEditor* m_participants = nullptr;
    SipListEditor* m_insatser = nullptr;
    SipListEditor* m_otherActions = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vk
