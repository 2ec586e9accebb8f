#include "region/RegionAdmin.h"

#include "region/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vk {

RegionAdmin::RegionAdmin(PgConnection& connection)
    : m_connection(connection) {}

Result<QUuid> RegionAdmin::upsertUnit(const Unit& unit) {
    const auto time = [](const QTime& t) {
        return t.isValid() ? PgParam(t.toString(u"HH:mm")) : PgParam::null();
    };
    Result<PgResult> result = m_connection.exec(
        QStringLiteral(
            "SELECT region.admin_upsert_unit($1, $2, $3, $4::time, $5::time, $6::int, $7::int, $8::int, "
            "$9::boolean)"),
        {unit.hsaId, unit.name, unit.kind, time(unit.phoneOpen), time(unit.phoneClose),
         unit.eserviceTargetHours,
         unit.eserviceTargetWorkingDays ? PgParam(*unit.eserviceTargetWorkingDays) : PgParam::null(),
         unit.maxCallbackAttempts, unit.preofferNamedContact});
    if (!result) {
        return result.error();
    }
    return result->uuid(0, 0);
}

Result<QUuid> RegionAdmin::addStaff(const StaffMember& member, const QString& password) {
    PgParam verifier;
    if (!password.isEmpty()) {
        Result<QString> computed = m_connection.scramVerifier(password, member.login);
        if (!computed) {
            return computed.error();
        }
        verifier = PgParam(computed.value());
    }
    Result<PgResult> result = m_connection.exec(
        QStringLiteral("SELECT region.admin_add_staff($1, $2, $3, $4, $5, $6, $7)"),
        {member.hsaId, member.name, member.title, member.login, verifier, member.unitHsaId, member.role});
    if (!result) {
        return result.error();
    }
    return result->uuid(0, 0);
}

Status RegionAdmin::addFeedLogin(const QString& login, const QString& password) {
    PgParam verifier;
    if (!password.isEmpty()) {
        Result<QString> computed = m_connection.scramVerifier(password, login);
        if (!computed) {
            return computed.error();
        }
        verifier = PgParam(computed.value());
    }
    Result<PgResult> result =
        m_connection.exec(QStringLiteral("SELECT region.admin_add_feed_login($1, $2)"), {login, verifier});
    if (!result) {
        return result.error();
    }
    return Done{};
}

Result<RegionAdmin::CodeImport> RegionAdmin::importCodes(const QList<Code>& codes) {
    QJsonArray list;
    for (const Code& code : codes) {
        list.append(QJsonObject{{QStringLiteral("code"), code.code},
                                {QStringLiteral("label_sv"), code.labelSv},
                                {QStringLiteral("label_en"), code.labelEn},
                                {QStringLiteral("sort_order"), code.sortOrder},
                                {QStringLiteral("active"), code.active}});
    }
    Result<PgResult> result =
        m_connection.exec(QStringLiteral("SELECT region.admin_import_codes($1::jsonb)"), {PgParam(list)});
    if (!result) {
        return result.error();
    }
    const QJsonObject counts = result->json(0, 0).toObject();
    return CodeImport{counts.value(QLatin1String("inserted")).toInt(),
                      counts.value(QLatin1String("updated")).toInt(),
                      counts.value(QLatin1String("deactivated")).toInt()};
}

Result<QList<RegionAdmin::Code>> RegionAdmin::codes() {
    Result<PgResult> result = m_connection.exec(QStringLiteral(
        "SELECT code, label_sv, label_en, sort_order, active FROM region.codes ORDER BY sort_order, code"));
    if (!result) {
        return result.error();
    }
    QList<Code> list;
    for (int row = 0; row < result->rows(); ++row) {
        list.append({result->text(row, 0), result->text(row, 1), result->text(row, 2),
                     static_cast<int>(result->integer(row, 3)), result->boolean(row, 4)});
    }
    return list;
}

Result<QUuid> RegionAdmin::bumpEpoch() {
    Result<PgResult> result = m_connection.exec(QStringLiteral("SELECT region.bump_epoch()"));
    if (!result) {
        return result.error();
    }
    return result->uuid(0, 0);
}

} // namespace vk
