#include "domain/CodeCatalogue.h"

#include <QSet>

#include <gtest/gtest.h>

using vk::CodeCatalogue;
using vk::CodeEntry;

namespace {

QStringList codesOf(const QList<CodeEntry>& entries) {
    QStringList out;
    for (const CodeEntry& e : entries) {
        out.append(e.code);
    }
    return out;
}

const QString kHeader = QStringLiteral("code,label_sv,label_en,sort_order,active\n");

} // namespace

TEST(CodeCatalogue, ShipsTheTwentyOneDefaultCodes) {
    const auto catalogue = CodeCatalogue::defaultCatalogue();
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().message.toStdString();
    const QList<CodeEntry>& entries = catalogue->entries();
    ASSERT_EQ(entries.size(), 21);
    EXPECT_EQ(catalogue->activeCodes().size(), 21);
    EXPECT_EQ(codesOf(entries),
              QStringList({u"RAD"_qs, u"OMB"_qs, u"BLB"_qs, u"BSB"_qs, u"BTV"_qs, u"VAC"_qs, u"REC"_qs,
                           u"LMF"_qs, u"PRV"_qs, u"REM"_qs, u"INT"_qs, u"SJK"_qs, u"HJM"_qs, u"JRN"_qs,
                           u"BVC"_qs, u"REH"_qs, u"PSY"_qs, u"SAM"_qs, u"HAN"_qs, u"ADM"_qs, u"OVR"_qs}));
    const CodeEntry* ovr = catalogue->find(u"ovr"_qs);
    ASSERT_NE(ovr, nullptr);
    EXPECT_EQ(ovr->labelSv, QString::fromUtf8("Övrigt"));
    EXPECT_EQ(ovr->label(true), u"Other"_qs);
    EXPECT_EQ(catalogue->find(u"HAN"_qs)->labelSv, QString::fromUtf8("Hänvisning till annan vårdnivå"));
    EXPECT_EQ(catalogue->find(u"BLB"_qs)->labelEn, u"Book doctor's appointment"_qs);
    EXPECT_EQ(catalogue->find(u"XYZ"_qs), nullptr);
}

TEST(CodeCatalogue, AcceptsAnyNumberOfCodesInAnyColumnOrder) {
    const auto c = CodeCatalogue::fromCsv(QStringLiteral("active,sort_order,code,label_en,label_sv\r\n"
                                                         "true,2,B2,\"Second, with comma\",Andra\r\n"
                                                         "false,1,A1,\"Quote \"\"here\"\"\",Första\r\n"));
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    ASSERT_EQ(c->entries().size(), 2);
    EXPECT_EQ(c->entries().at(0).code, u"A1"_qs) << "sorted by sort_order";
    EXPECT_EQ(c->entries().at(0).labelEn, u"Quote \"here\""_qs);
    EXPECT_FALSE(c->entries().at(0).active);
    EXPECT_EQ(c->entries().at(1).labelEn, u"Second, with comma"_qs);
    EXPECT_EQ(codesOf(c->activeCodes()), QStringList({u"B2"_qs}));
    EXPECT_FALSE(c->isActive(u"A1"_qs));
    EXPECT_NE(c->find(u"A1"_qs), nullptr) << "inactive codes stay findable: history keeps its meaning";
    EXPECT_TRUE(c->isActive(u"b2"_qs));
}

TEST(CodeCatalogue, RoundTripsThroughCsv) {
    const auto original = CodeCatalogue::defaultCatalogue();
    ASSERT_TRUE(original.ok());
    QList<CodeEntry> entries = original->entries();
    entries[3].active = false;
    entries[4].labelEn = u"Has, comma and \"quotes\""_qs;
    const CodeCatalogue modified(entries);
    const auto again = CodeCatalogue::fromCsv(modified.toCsv());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->entries(), modified.entries());
}

TEST(CodeCatalogue, ReportsEveryProblemWithItsLine) {
    QList<CodeCatalogue::LineError> errors;
    const auto c = CodeCatalogue::fromCsv(kHeader + QStringLiteral("RAD,Rådgivning,Advice,1,true\n"  // line 2
                                                                   "RAD,Dubblett,Duplicate,2,true\n" // 3
                                                                   "X1,,Empty Swedish,3,true\n"      // 4
                                                                   "X2,Svensk,,4,true\n"             // 5
                                                                   "X3,Sv,En,fem,true\n"             // 6
                                                                   "X4,Sv,En,5,maybe\n"              // 7
                                                                   "X5,Sv,En,6\n"                    // 8
                                                                   "lower,Sv,En,7,true\n"            // 9
                                                                   ",Sv,En,8,true\n"                 // 10
                                                                   "X6,\"unterminated,En,9,true\n"),
                                          &errors);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, u"codes.invalid_csv"_qs);
    QList<std::pair<int, QString>> got;
    for (const auto& e : errors) {
        got.append({e.line, e.code});
    }
    const QList<std::pair<int, QString>> expected{
        {11, u"csv.unterminated_quote"_qs}, {3, u"codes.duplicate_code"_qs}, {4, u"codes.missing_label"_qs},
        {5, u"codes.missing_label"_qs},     {6, u"codes.bad_sort_order"_qs}, {7, u"codes.bad_active"_qs},
        {8, u"codes.field_count"_qs},       {9, u"codes.bad_code"_qs},       {10, u"codes.missing_code"_qs},
    };
    EXPECT_EQ(got, expected);
    EXPECT_TRUE(c.error().message.contains(u"Line 3: "_qs)) << c.error().message.toStdString();
    EXPECT_TRUE(c.error().message.contains(u"line 2"_qs)) << "the duplicate points at the first definition";
}

TEST(CodeCatalogue, RefusesABadHeaderAndAnEmptyList) {
    QList<CodeCatalogue::LineError> errors;
    EXPECT_FALSE(CodeCatalogue::fromCsv(u"code,label,sort_order,active\nRAD,R,1,true\n"_qs, &errors).ok());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().code, u"codes.bad_header"_qs);
    EXPECT_FALSE(CodeCatalogue::fromCsv(kHeader, &errors).ok());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().code, u"codes.empty"_qs);
    EXPECT_FALSE(CodeCatalogue::fromCsv(QString(), &errors).ok());
    EXPECT_EQ(errors.front().code, u"codes.empty"_qs);
    EXPECT_FALSE(CodeCatalogue::fromCsv(kHeader + u"A,\"Tab\there\",En,1,true\n"_qs, &errors).ok());
    EXPECT_EQ(errors.front().code, u"codes.bad_characters"_qs);
    EXPECT_FALSE(
        CodeCatalogue::fromCsv(kHeader + u"A,"_qs + QString(201, u'x') + u",En,1,true\n"_qs, &errors).ok());
    EXPECT_EQ(errors.front().code, u"codes.label_too_long"_qs);
}

TEST(CodeCatalogue, ManyErrorsAreSummarised) {
    QString csv = kHeader;
    for (int i = 0; i < 30; ++i) {
        csv += u"C"_qs + QString::number(i) + u",,En,1,true\n"_qs;
    }
    QList<CodeCatalogue::LineError> errors;
    const auto c = CodeCatalogue::fromCsv(csv, &errors);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(errors.size(), 30);
    EXPECT_EQ(c.error().message.count(u"Line "_qs), 20);
}

TEST(CodeCatalogue, TypeAheadMatchesCodesAndLabelsIgnoringCaseAndDiacritics) {
    const auto c = CodeCatalogue::defaultCatalogue();
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(codesOf(c->match(u"ovr"_qs)).value(0), u"OVR"_qs);
    EXPECT_EQ(codesOf(c->match(QString::fromUtf8("övr"))).value(0), u"OVR"_qs);
    EXPECT_EQ(codesOf(c->match(QString::fromUtf8("ÖVRIGT"))), QStringList({u"OVR"_qs}));
    EXPECT_EQ(codesOf(c->match(u"rec"_qs)).value(0), u"REC"_qs);
    // Label prefix (Läkemedelsfråga) before a word inside a label (Boka läkarbesök).
    EXPECT_EQ(codesOf(c->match(u"lak"_qs)), QStringList({u"LMF"_qs, u"BLB"_qs}));
    EXPECT_EQ(codesOf(c->match(u"boka lak"_qs)), QStringList({u"BLB"_qs}));
    EXPECT_EQ(codesOf(c->match(u"sick"_qs)), QStringList({u"SJK"_qs}));
    EXPECT_EQ(codesOf(c->match(u"  SIP "_qs)), QStringList({u"SAM"_qs}));
    // Exact code first, then other code prefixes in sort order.
    const QStringList r = codesOf(c->match(u"re"_qs));
    EXPECT_EQ(r.mid(0, 3), QStringList({u"REC"_qs, u"REM"_qs, u"REH"_qs}));
    EXPECT_EQ(codesOf(c->match(u"rem"_qs)).value(0), u"REM"_qs);
    EXPECT_TRUE(c->match(u"zzz"_qs).isEmpty());
    EXPECT_EQ(c->match(QString()).size(), 21);
}

TEST(CodeCatalogue, TypeAheadNeverOffersInactiveCodes) {
    const auto c =
        CodeCatalogue::fromCsv(kHeader + u"OLD,Gammal kod,Old code,1,false\nNEW,Ny kod,New code,2,true\n"_qs);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(codesOf(c->match(u"kod"_qs)), QStringList({u"NEW"_qs}));
    EXPECT_TRUE(c->match(u"old"_qs).isEmpty());
}

TEST(CodeCatalogue, FoldRemovesCaseAndDiacritics) {
    EXPECT_EQ(CodeCatalogue::fold(QString::fromUtf8("Övrigt Åsa  Ärende")), u"ovrigt asa arende"_qs);
}

// What vardinkorg-admin import-codes reads from a spreadsheet: a byte-order mark, CRLF, quoted fields,
// sort_order and active left out or empty, a blank last line.
TEST(CodeCatalogue, ReadsASpreadsheetExportWithOptionalColumns) {
    const auto c =
        CodeCatalogue::fromCsv(QString::fromUtf8("\xef\xbb\xbf"
                                                 "code,label_sv,label_en,active\r\n"
                                                 "ABC,\"Råd, allmänt\",\"Advice \"\"general\"\"\",false\r\n"
                                                 "X_1,Övrigt,Other,\r\n"
                                                 "\r\n"));
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    ASSERT_EQ(c->entries().size(), 2);
    EXPECT_EQ(c->entries().at(0).labelSv, u"Råd, allmänt"_qs);
    EXPECT_EQ(c->entries().at(0).labelEn, u"Advice \"general\""_qs);
    EXPECT_FALSE(c->entries().at(0).active);
    EXPECT_TRUE(c->entries().at(1).active) << "an empty active field means active";
    EXPECT_LT(c->entries().at(0).sortOrder, c->entries().at(1).sortOrder)
        << "line order when sort_order is absent";
}

TEST(CodeCatalogue, RefusesWhatWouldCorruptTheList) {
    const char* bad[] = {
        "",                                                    // empty
        "code,label_sv\nRAD,Råd\n",                            // label_en column missing
        "code,label_sv,label_en,colour\nRAD,Råd,Advice,red\n", // a column the list does not know
        "code,label_sv,label_en,code\nRAD,Råd,Advice,RAD\n",   // a column named twice
        "code,label_sv,label_en\nRAD,Råd,Advice\nRAD,R,A\n",   // duplicate code
        "code,label_sv,label_en\nRAD,,Advice\n",               // empty label
        "code,label_sv,label_en\nrad,Råd,Advice\n",            // code not upper case
        "code,label_sv,label_en\nRAD,Råd\n",                   // too few fields
        "code,label_sv,label_en\nRAD,\"Råd,Advice\n",          // unterminated quote
        "code,label_sv,label_en,sort_order\nRAD,Råd,Advice,x\n",
        "code,label_sv,label_en,active\nRAD,Råd,Advice,maybe\n",
        "code,label_sv,label_en\nRAD,R\x07"
        "d,Advice\n",               // control character
        "code,label_sv,label_en\n", // no codes
    };
    for (const char* csv : bad) {
        const auto c = CodeCatalogue::fromCsv(QString::fromUtf8(csv));
        EXPECT_FALSE(c.ok()) << csv;
        if (!c.ok()) {
            EXPECT_EQ(c.error().code, u"codes.invalid_csv"_qs);
            EXPECT_FALSE(c.error().message.isEmpty());
        }
    }
}
