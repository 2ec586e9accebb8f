#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace vk {

/// Swedish reply templates for 1177 ärenden, per errand type, kept as data (resources/templates/
/// reply_templates.json) so a region can change the wording without a new build of the code.
class ReplyTemplates {
public:
    /// One ready-made answer.
    struct Template {
        QString title;
        QString body; ///< may contain {namn}: the patient's first name
    };

    /// The templates shipped in the resources (empty when the resource is missing or broken).
    [[nodiscard]] static ReplyTemplates fromResource();
    /// Templates from JSON: an object of errand type to [{title, body}]; "*" applies to every type.
    [[nodiscard]] static ReplyTemplates fromJson(const QByteArray& json);

    /// The templates for `errandType` first, then the general ones.
    [[nodiscard]] QList<Template> forType(const QString& errandType) const;
    /// `body` with {namn} replaced by `firstName`; without a name the greeting reads "Hej!".
    [[nodiscard]] static QString fill(const QString& body, const QString& firstName);

private:
    QHash<QString, QList<Template>> m_byType;
};

} // namespace vk
