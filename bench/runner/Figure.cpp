#include "Figure.h"

#include <QJsonDocument>

namespace vk::bench {

std::optional<double> Figure::ratio() const {
    if (!baselineValue || *baselineValue <= 0) {
        return std::nullopt;
    }
    return value / *baselineValue;
}

std::optional<Figure> Figure::fromProgramLine(const QString& part, const QByteArray& line) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (!object.value(u"name").isString() || !object.value(u"value").isDouble()) {
        return std::nullopt;
    }
    Figure figure;
    figure.part = part;
    figure.name = object.value(u"name").toString();
    figure.value = object.value(u"value").toDouble();
    figure.unit = object.value(u"unit").toString();
    figure.engine = object.value(u"engine").toString();
    figure.baseline = object.value(u"baseline").toString();
    if (object.value(u"baseline_value").isDouble()) {
        figure.baselineValue = object.value(u"baseline_value").toDouble();
    }
    figure.sizes = object.value(u"sizes").isObject()
                       ? object.value(u"sizes").toObject()
                       : QJsonObject{{QStringLiteral("contacts"), object.value(u"size").toInt()}};
    figure.machine = object.value(u"machine").toString();
    return figure;
}

QJsonObject Figure::toJson() const {
    QJsonObject object{
        {QStringLiteral("part"), part},
        {QStringLiteral("name"), name},
        {QStringLiteral("value"), value},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("engine"), engine},
        {QStringLiteral("baseline"), baseline.isEmpty() ? QJsonValue() : QJsonValue(baseline)},
        {QStringLiteral("baseline_value"), baselineValue ? QJsonValue(*baselineValue) : QJsonValue()},
        {QStringLiteral("ratio"), ratio() ? QJsonValue(*ratio()) : QJsonValue()},
        {QStringLiteral("sizes"), sizes},
        {QStringLiteral("machine"), machine},
        {QStringLiteral("budget"), budget.isEmpty() ? QJsonValue() : QJsonValue(budget)},
        {QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue()}};
    return object;
}

} // namespace vk::bench
