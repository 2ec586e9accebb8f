#include "item/AccessLogCsv.h"
#include "item/AccessLogModel.h"
#include "item/CareContactsModel.h"
#include "item/PatientContactsModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace {

vk::PatientOverview::CareContact care(const QString& id, bool current, bool declined, const QDate& to) {
    vk::PatientOverview::CareContact c;
    c.id = id;
    c.staffName = QStringLiteral("Erik Holm");
    c.unitName = QStringLiteral("Norrmalm");
    c.role = QStringLiteral("fast_vardkontakt");
    c.validFrom = QDate(2026, 1, 1);
    c.validTo = to;
    c.declined = declined;
    c.current = current;
    return c;
}

} // namespace

TEST(PatientContactsModel, ShowsContactsInTheGivenOrderUnderTheModelTester) {
    vk::PatientContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    vk::PatientOverview::Contact first;
    first.id = QStringLiteral("e1");
    first.channel = vk::Channel::EService;
    first.unitName = QStringLiteral("Onkologimottagningen");
    first.reason = QStringLiteral("Förnya recept");
    first.subject = QStringLiteral("Förnya recept");
    vk::PatientOverview::Contact second;
    second.id = QStringLiteral("c1");
    second.reason = QStringLiteral("Rådgivning");
    second.subject = QStringLiteral("Hosta");
    second.status = vk::ContactStatus::Completed;
    second.code = QStringLiteral("RAD");
    model.setContacts({first, second});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data(vk::PatientContactsModel::IdRole).toString(), QStringLiteral("e1"));
    EXPECT_EQ(model.index(0, vk::PatientContactsModel::ReasonColumn).data().toString(),
              QStringLiteral("Förnya recept"));
    EXPECT_EQ(model.index(1, vk::PatientContactsModel::ReasonColumn).data().toString(),
              QStringLiteral("Rådgivning: Hosta"));
    EXPECT_TRUE(model.index(1, vk::PatientContactsModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("RAD")));
    model.setContacts({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CareContactsModel, SaysWhichAssignmentsAreCurrentEndedOrDeclined) {
    vk::CareContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate today(2026, 11, 23);
    model.setCareContacts({care(QStringLiteral("a"), true, false, QDate()),
                           care(QStringLiteral("b"), false, true, QDate(2026, 11, 30)),
                           care(QStringLiteral("c"), false, false, QDate(2026, 6, 30))},
                          today);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(model.index(0, 0).data(vk::CareContactsModel::CurrentRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(vk::CareContactsModel::EndedRole).toBool());
    EXPECT_TRUE(model.index(1, 0).data(vk::CareContactsModel::DeclinedRole).toBool());
    EXPECT_TRUE(model.index(2, 0).data(vk::CareContactsModel::EndedRole).toBool());
    const auto state = [&model](int row) {
        return model.index(row, vk::CareContactsModel::StateColumn).data().toString();
    };
    EXPECT_NE(state(0), state(1));
    EXPECT_NE(state(1), state(2));
    EXPECT_EQ(model.index(0, vk::CareContactsModel::RoleColumn).data().toString(),
              vk::CareContactsModel::roleText(QStringLiteral("fast_vardkontakt")));
    EXPECT_EQ(vk::CareContactsModel::roles().size(), 3);
}

TEST(AccessLogModel, ListsAccessesAndNamesKnownActionsInWords) {
    vk::AccessLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries({{QDateTime(QDate(2026, 11, 23), QTime(8, 5), Qt::UTC), QStringLiteral("Anna Lind"),
                       QStringLiteral("SE1-anna"), QStringLiteral("Norrmalm"), QStringLiteral("SE1-u1"),
                       QStringLiteral("open_patient")},
                      {QDateTime(QDate(2026, 11, 22), QTime(8, 5), Qt::UTC), QStringLiteral("Erik Holm"),
                       QStringLiteral("SE1-erik"), QStringLiteral("Norrmalm"), QStringLiteral("SE1-u1"),
                       QStringLiteral("something_new")}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, vk::AccessLogModel::UserColumn).data().toString(), QStringLiteral("Anna Lind"));
    EXPECT_NE(model.index(0, vk::AccessLogModel::ActionColumn).data().toString(),
              QStringLiteral("open_patient"));
    EXPECT_EQ(model.index(1, vk::AccessLogModel::ActionColumn).data().toString(),
              QStringLiteral("something_new"));
}

TEST(AccessLogCsv, QuotesEveryFieldKeepsFormulasAsTextAndStartsWithABom) {
    const QByteArray csv = vk::AccessLogCsv::format(
        {{QDateTime(QDate(2026, 11, 23), QTime(8, 5), Qt::UTC), QStringLiteral("Åsa \"Lotta\" Berg"),
          QStringLiteral("SE1-asa"), QStringLiteral("=HYPERLINK(1)"), QStringLiteral("SE1-u1"),
          QStringLiteral("export_access_log")}});
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("\"2026-11-23T09:05:00+01:00\",")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("\"Åsa \"\"Lotta\"\" Berg\"")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("\"'=HYPERLINK(1)\"")));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("\"") +
                                  vk::AccessLogModel::actionText(QStringLiteral("export_access_log")) +
                                  QStringLiteral("\"")));
}
