#include "ReplyTemplates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vk {

ReplyTemplates ReplyTemplates::fromResource() {
    QFile file(QStringLiteral(":/templates/reply_templates.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return fromJson(file.readAll());
}

ReplyTemplates ReplyTemplates::fromJson(const QByteArray& json) {
    ReplyTemplates templates;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!it.value().isArray()) {
            continue; // comments and anything a newer file adds
        }
        QList<Template> list;
        for (const QJsonValue& entry : it.value().toArray()) {
            const QJsonObject object = entry.toObject();
            const QString title = object.value(QLatin1String("title")).toString();
            const QString body = object.value(QLatin1String("body")).toString();
            if (!title.isEmpty() && !body.isEmpty()) {
                list.append(Template{title, body});
            }
        }
        templates.m_byType.insert(it.key(), list);
    }
    return templates;
}

QList<ReplyTemplates::Template> ReplyTemplates::forType(const QString& errandType) const {
    QList<Template> list = m_byType.value(errandType);
    if (errandType != QLatin1String("*")) {
        list.append(m_byType.value(QStringLiteral("*")));
    }
    return list;
}

QString ReplyTemplates::fill(const QString& body, const QString& firstName) {
    QString filled = body;
    if (firstName.isEmpty()) {
        // "Hej {namn}!" reads as "Hej!" without a name.
        filled.replace(QStringLiteral(" {namn}"), QString());
    }
    return filled.replace(QStringLiteral("{namn}"), firstName);
}

} // namespace vk
