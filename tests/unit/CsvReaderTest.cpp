#include "domain/CsvReader.h"

#include <gtest/gtest.h>

using vk::CsvReader;

TEST(CsvReader, ReadsQuotedFieldsEscapedQuotesAndLineBreaks) {
    const CsvReader::Parsed p =
        CsvReader::parse(QStringLiteral("\xFEFF"
                                        "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n"));
    ASSERT_TRUE(p.problems.isEmpty());
    ASSERT_EQ(p.rows.size(), 3);
    EXPECT_EQ(p.rows.at(0).fields, QStringList({u"a"_qs, u"b"_qs, u"c"_qs}));
    EXPECT_EQ(p.rows.at(1).fields, QStringList({u"x, y"_qs, u"say \"hi\""_qs, u"two\nlines"_qs}));
    EXPECT_EQ(p.rows.at(1).line, 2);
    EXPECT_EQ(p.rows.at(2).fields, QStringList({u"last"_qs, u""_qs, u""_qs}));
    EXPECT_EQ(p.rows.at(2).line, 5) << "line numbers count the line break inside the quoted field";
}

TEST(CsvReader, ReportsProblemsWithTheirLine) {
    const CsvReader::Parsed p =
        CsvReader::parse(QStringLiteral("ok,1\nbad\"quote,2\n\"closed\"tail,3\nfine,4\n\"never closed,5\n"));
    ASSERT_EQ(p.rows.size(), 2);
    EXPECT_EQ(p.rows.at(0).line, 1);
    EXPECT_EQ(p.rows.at(1).line, 4);
    ASSERT_EQ(p.problems.size(), 3);
    EXPECT_EQ(p.problems.at(0).line, 2);
    EXPECT_EQ(p.problems.at(0).code, u"csv.stray_quote"_qs);
    EXPECT_EQ(p.problems.at(1).line, 3);
    EXPECT_EQ(p.problems.at(1).code, u"csv.text_after_quote"_qs);
    EXPECT_EQ(p.problems.at(2).line, 5);
    EXPECT_EQ(p.problems.at(2).code, u"csv.unterminated_quote"_qs);
    EXPECT_FALSE(p.problems.at(2).message.isEmpty());
}

TEST(CsvReader, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(CsvReader::quote(u"plain"_qs), u"plain"_qs);
    EXPECT_EQ(CsvReader::quote(u"a,b"_qs), u"\"a,b\""_qs);
    EXPECT_EQ(CsvReader::quote(u"say \"hi\""_qs), u"\"say \"\"hi\"\"\""_qs);
    EXPECT_EQ(CsvReader::quote(u" padded"_qs), u"\" padded\""_qs);
}
