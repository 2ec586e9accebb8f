// The scenario runner's own logic (issue 9): Google Benchmark reports become paired figures, program lines
// are read strictly, and the DESIGN budgets give verdicts only at the size they are stated for.
#include "runner/BudgetTable.h"
#include "runner/Figure.h"
#include "runner/GoogleBenchmarkReader.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using vk::bench::BudgetTable;
using vk::bench::Figure;
using vk::bench::GoogleBenchmarkReader;

namespace {

Figure figure(const char* part, const char* name, double value, int contacts,
              std::optional<double> baseline = {}) {
    Figure f;
    f.part = QLatin1String(part);
    f.name = QLatin1String(name);
    f.value = value;
    f.sizes = QJsonObject{{QStringLiteral("contacts"), contacts}};
    f.baselineValue = baseline;
    return f;
}

} // namespace

TEST(GoogleBenchmarkReader, PairsEachFigureWithItsBaselineAndSkipsAggregates) {
    const QByteArray report = R"({"context":{},"benchmarks":[
        {"name":"identity_parse","run_type":"iteration","iterations":1000,"real_time":2000.0,"time_unit":"ns",
         "label":"ours"},
        {"name":"identity_parse_baseline","run_type":"iteration","iterations":1000,"real_time":250.0,
         "time_unit":"ns","label":"regex"},
        {"name":"identity_parse_mean","run_type":"aggregate","iterations":3,"real_time":1.0,"time_unit":"ns"},
        {"name":"lonely","run_type":"iteration","iterations":10,"real_time":5.0,"time_unit":"us","label":"x"}]})";
    const QList<Figure> figures = GoogleBenchmarkReader::figures(report, QStringLiteral("test machine"));
    ASSERT_EQ(figures.size(), 2);
    EXPECT_EQ(figures[0].name, u"identity_parse");
    EXPECT_EQ(figures[0].baseline, u"regex");
    ASSERT_TRUE(figures[0].ratio().has_value());
    EXPECT_DOUBLE_EQ(*figures[0].ratio(), 8.0);
    EXPECT_EQ(figures[0].machine, u"test machine");
    EXPECT_EQ(figures[1].name, u"lonely");
    EXPECT_FALSE(figures[1].ratio().has_value());
}

TEST(Figure, ReadsAProgramLineAndRefusesAnythingElse) {
    const auto read = Figure::fromProgramLine(
        QStringLiteral("sync"),
        R"({"name":"initial_pull","value":700.5,"unit":"ms","baseline":"initial_pull_psql_copy",)"
        R"("baseline_value":350.25,"ratio":2.0,"size":100000,"machine":"m","engine":"e"})");
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->part, u"sync");
    EXPECT_EQ(read->sizes.value(u"contacts").toInt(), 100000);
    EXPECT_DOUBLE_EQ(*read->ratio(), 2.0);
    EXPECT_FALSE(Figure::fromProgramLine(QStringLiteral("sync"), "starting cluster...").has_value());
    EXPECT_FALSE(Figure::fromProgramLine(QStringLiteral("sync"), R"({"name":"x"})").has_value());
}

TEST(BudgetTable, JudgesAtTheStatedSizeOnly) {
    const BudgetTable budgets;
    Figure slowSearch = figure("inbox", "inbox_search", 54, 100000);
    budgets.apply(slowSearch);
    EXPECT_EQ(slowSearch.budget, u"<= 30 ms");
    EXPECT_EQ(slowSearch.met, false);

    for (const char* name : {"inbox_sort_change", "inbox_sort_reverse", "inbox_sort_change_channel_status"}) {
        Figure sort = figure("inbox", name, 31, 100000);
        budgets.apply(sort);
        EXPECT_EQ(sort.budget, u"<= 30 ms") << name << ": every kind of sort change has the budget";
        EXPECT_EQ(sort.met, false) << name;
    }

    Figure smoke = figure("inbox", "inbox_search", 54, 2000);
    budgets.apply(smoke);
    EXPECT_FALSE(smoke.met.has_value()) << "a smoke run's size says nothing about the 100k budget";
    EXPECT_TRUE(smoke.budget.contains(u"100000"));

    Figure firstRows = figure("inbox", "inbox_first_rows_visible", 33, 100000, 1915.0);
    budgets.apply(firstRows);
    EXPECT_EQ(firstRows.met, true);
    Figure notTenTimes = figure("inbox", "inbox_first_rows_visible", 33, 100000, 200.0);
    budgets.apply(notTenTimes);
    EXPECT_EQ(notTenTimes.met, false) << "within 150 ms but not 10x faster than the naive load";
}

TEST(BudgetTable, RatiosCountsAndUnbudgetedFigures) {
    const BudgetTable budgets;
    Figure pull = figure("sync", "initial_pull", 730, 100000, 100.0);
    budgets.apply(pull);
    EXPECT_EQ(pull.met, false);
    Figure noBaseline = figure("cache", "inbox_first_page", 1, 100000);
    budgets.apply(noBaseline);
    EXPECT_EQ(noBaseline.met, false) << "a ratio budget without a baseline is not met";

    Figure clean = figure("concurrency", "desks_50_lost_mutations", 0, 0);
    budgets.apply(clean);
    EXPECT_EQ(clean.met, true);
    Figure lost = figure("concurrency", "desks_50_lost_mutations", 1, 0);
    budgets.apply(lost);
    EXPECT_EQ(lost.met, false);

    Figure other = figure("cache", "kdf_derive_default", 300, 100000);
    budgets.apply(other);
    EXPECT_TRUE(other.budget.isEmpty());
    EXPECT_FALSE(other.met.has_value());
}
