// The code-list CSV: what vardinkorg-admin import-codes accepts and export-codes writes.
#include "region/RegionAdmin.h"

#include <QFile>

#include <gtest/gtest.h>

using vk::RegionAdmin;

TEST(CodesCsv, ShippedDefaultListHas21UniqueCodes) {
    QFile file(QStringLiteral(":/codes/default_codes.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto codes = RegionAdmin::parseCodesCsv(file.readAll());
    ASSERT_TRUE(codes.ok()) << codes.error().message.toStdString();
    ASSERT_EQ(codes->size(), 21);
    EXPECT_EQ(codes->first().code, QStringLiteral("RAD"));
    EXPECT_EQ(codes->first().labelSv, QStringLiteral("Rådgivning sjuksköterska"));
    EXPECT_EQ(codes->last().code, QStringLiteral("OVR"));
}

TEST(CodesCsv, QuotedFieldsCrLfAndOptionalColumns) {
    auto codes = RegionAdmin::parseCodesCsv("\xef\xbb\xbf"
                                            "code,label_sv,label_en,active\r\n"
                                            "ABC,\"Råd, allmänt\",\"Advice \"\"general\"\"\",false\r\n"
                                            "X_1,Övrigt,Other,\r\n");
    ASSERT_TRUE(codes.ok()) << codes.error().message.toStdString();
    ASSERT_EQ(codes->size(), 2);
    EXPECT_EQ(codes->at(0).labelSv, QStringLiteral("Råd, allmänt"));
    EXPECT_EQ(codes->at(0).labelEn, QStringLiteral("Advice \"general\""));
    EXPECT_FALSE(codes->at(0).active);
    EXPECT_TRUE(codes->at(1).active);
    EXPECT_LT(codes->at(0).sortOrder, codes->at(1).sortOrder);
}

TEST(CodesCsv, RoundTripsThroughExport) {
    const QList<RegionAdmin::Code> codes = {
        {QStringLiteral("A"), QStringLiteral("Ett, två"), QStringLiteral("One \"two\""), 5, true},
        {QStringLiteral("B"), QStringLiteral("Tre"), QStringLiteral("Three"), 7, false}};
    auto parsed = RegionAdmin::parseCodesCsv(RegionAdmin::codesToCsv(codes));
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(parsed->at(i).code, codes.at(i).code);
        EXPECT_EQ(parsed->at(i).labelSv, codes.at(i).labelSv);
        EXPECT_EQ(parsed->at(i).labelEn, codes.at(i).labelEn);
        EXPECT_EQ(parsed->at(i).sortOrder, codes.at(i).sortOrder);
        EXPECT_EQ(parsed->at(i).active, codes.at(i).active);
    }
}

TEST(CodesCsv, RejectsWhatWouldCorruptTheList) {
    const char* bad[] = {
        "",                                                  // empty
        "code,label_sv\nRAD,Råd\n",                          // label_en column missing
        "code,label_sv,label_en\nRAD,Råd,Advice\nRAD,R,A\n", // duplicate code
        "code,label_sv,label_en\nRAD,,Advice\n",             // empty label
        "code,label_sv,label_en\nrad,Råd,Advice\n",          // code not upper case
        "code,label_sv,label_en\nRAD,Råd\n",                 // too few fields
        "code,label_sv,label_en\nRAD,\"Råd,Advice\n",        // unterminated quote
        "code,label_sv,label_en,sort_order\nRAD,Råd,Advice,x\n",
        "code,label_sv,label_en,active\nRAD,Råd,Advice,maybe\n",
        "code,label_sv,label_en\nRAD,R\x07"
        "d,Advice\n",               // control character
        "code,label_sv,label_en\n", // no codes
    };
    for (const char* csv : bad) {
        auto codes = RegionAdmin::parseCodesCsv(QByteArray(csv));
        EXPECT_FALSE(codes.ok()) << csv;
        if (!codes.ok()) {
            EXPECT_EQ(codes.error().code, QStringLiteral("codes.invalid_csv"));
            EXPECT_FALSE(codes.error().message.isEmpty());
        }
    }
}
