#include "SipPlanHtml.h"

#include "ContactTexts.h"
#include "SipTexts.h"
#include "sip/SipNoteHistory.h"
#include "sip/SipRequirements.h"

namespace vk {

namespace {

QString esc(const QString& text) {
    return SipTexts::orDash(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), esc(value));
}

QString heading(const QString& text) {
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

QString tableStart(const QStringList& headers) {
    QString html =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString& header : headers) {
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(header.toHtmlEscaped());
    }
    return html + QStringLiteral("</tr>");
}

QString cells(const QStringList& values) {
    QString html = QStringLiteral("<tr>");
    for (const QString& value : values) {
        html += QStringLiteral("<td valign=\"top\">%1</td>").arg(esc(value));
    }
    return html + QStringLiteral("</tr>");
}

QString none(const QString& text) {
    return QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

} // namespace

QString SipPlanHtml::missingElements(const SipPlan& plan) {
    const QList<SipRequirements::Element> missing = SipRequirements::missing(plan);
    if (missing.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<ul>");
    for (const SipRequirements::Element element : missing) {
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(SipRequirements::title(element).toHtmlEscaped(),
                         SipRequirements::explanation(plan, element).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString SipPlanHtml::render(const SipPlan& plan, Part part) {
    const bool whole = part == Part::WholeDocument;
    QString html = QStringLiteral("<html><body>");
    if (whole) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Samordnad individuell plan (SIP)").toHtmlEscaped());
        html += QStringLiteral("<table cellpadding=\"2\">");
        html += row(tr("Patient"), plan.patientName);
        html += row(ContactTexts::identityTypeText(plan.patientIdType),
                    ContactTexts::identityText(plan.patientIdValue, true));
        html += row(tr("Unit"), plan.unitName);
        html += QStringLiteral("</table>");
    }
    // On screen the banner above the view says it; the printout carries it itself.
    if (whole) {
        const QString missing = missingElements(plan);
        html +=
            missing.isEmpty()
                ? QStringLiteral("<p>%1</p>")
                      .arg(tr("The plan states all four elements the law requires.").toHtmlEscaped())
                : QStringLiteral("<p><b>%1</b></p>%2")
                      .arg(tr("Required by law and still missing from the plan:").toHtmlEscaped(), missing);
    }

    html += heading(tr("Consent and dates"));
    html += QStringLiteral("<table cellpadding=\"2\">");
    html += row(tr("Consent given by"), plan.consentGivenBy);
    html += row(tr("Consent date"), SipTexts::dateText(plan.consentDate));
    html += row(tr("How consent was given"), plan.consentHow);
    html += row(tr("Start date"), SipTexts::dateText(plan.startDate));
    html += row(tr("Next follow-up"), SipTexts::dateText(plan.nextFollowUp));
    html +=
        row(tr("Overall responsibility"),
            plan.overallResponsible.isEmpty() ? QString() : SipTexts::huvudmanText(plan.overallResponsible));
    html += QStringLiteral("</table>");

    html += heading(tr("Participants"));
    if (plan.participants.empty()) {
        html += none(tr("No participants recorded."));
    } else {
        html += tableStart({tr("Huvudman"), tr("Name"), tr("Role")});
        for (const SipPlan::Participant& p : plan.participants) {
            html += cells({SipTexts::huvudmanText(p.huvudman), p.name, p.role});
        }
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Insatser and responsible huvudman"));
    if (plan.insatser.empty()) {
        html += none(tr("No insatser recorded."));
    } else {
        html += tableStart({tr("Insats"), tr("Responsible huvudman")});
        for (const SipPlan::Insats& i : plan.insatser) {
            html += cells({i.description, SipTexts::huvudmanText(i.huvudman)});
        }
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Åtgärder by others"));
    if (plan.otherActions.empty()) {
        html += none(tr("No åtgärder by others recorded."));
    } else {
        html += tableStart({tr("Who"), tr("Åtgärd")});
        for (const SipPlan::OtherAction& o : plan.otherActions) {
            html += cells({o.actor, o.description});
        }
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Meetings"));
    if (plan.meetings.empty()) {
        html += none(tr("No meetings recorded."));
    } else {
        html += tableStart({tr("Date"), tr("Attended")});
        for (const SipPlan::Meeting& m : plan.meetings) {
            html += cells({SipTexts::dateText(m.heldOn), m.attendees});
        }
        html += QStringLiteral("</table>");
    }

    if (whole) {
        html += heading(tr("Coordination notes"));
        const SipNoteHistory history(plan.notes);
        if (history.notes().empty()) {
            html += none(tr("No notes written."));
        }
        for (const SipPlan::Note& note : history.notes()) {
            html +=
                QStringLiteral("<p><b>%1, %2</b>")
                    .arg(ContactTexts::dateTimeText(note.writtenMs).toHtmlEscaped(), esc(note.authorName));
            if (const SipPlan::Note* corrected = history.find(note.correctsNoteId)) {
                html += QStringLiteral(" <i>%1</i>")
                            .arg(tr("(corrects the note of %1)")
                                     .arg(ContactTexts::dateTimeText(corrected->writtenMs))
                                     .toHtmlEscaped());
            }
            if (history.isCorrected(note.id)) {
                html += QStringLiteral(" <i>%1</i>").arg(tr("(corrected by a later note)").toHtmlEscaped());
            }
            html += QStringLiteral("<br>%1").arg(esc(note.body));
            if (!note.action.isEmpty()) {
                html += QStringLiteral("<br>%1").arg(
                    tr("Action: %1 — responsible: %2 — due: %3")
                        .arg(note.action, SipTexts::orDash(note.actionResponsible),
                             SipTexts::orDash(SipTexts::dateText(note.actionDue)))
                        .toHtmlEscaped());
            }
            html += QStringLiteral("</p>");
        }
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace vk
