#include "BudgetTable.h"

#include "Figure.h"

namespace vk::bench {

namespace {

std::function<bool(const Figure&)> atMost(double limit) {
    return [limit](const Figure& figure) { return figure.value <= limit; };
}

std::function<bool(const Figure&)> ratioAtMost(double limit) {
    return [limit](const Figure& figure) { return figure.ratio().has_value() && *figure.ratio() <= limit; };
}

} // namespace

BudgetTable::BudgetTable() {
    const auto rule = [this](const char* pattern, const char* text, std::function<bool(const Figure&)> meets,
                             int minContacts = 0) {
        m_rules.append({QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))),
                        QString::fromUtf8(text), std::move(meets), minContacts});
    };
    // The budgets stated "at 100k contacts": a smoke run's few thousand rows say nothing about them (a naive
    // full load of 2 000 rows is fast too).
    constexpr int AtScale = 100000;
    // DESIGN.md "Performance budget", row by row.
    rule(
        "inbox/inbox_first_rows_visible", "<= 150 ms and >= 10x faster",
        [](const Figure& figure) {
            return figure.value <= 150 && figure.ratio().has_value() && *figure.ratio() <= 0.1;
        },
        AtScale);
    // Any sort change: to another column, the same one reversed, a column with few distinct values.
    rule("inbox/inbox_(filter_change|sort_change|sort_change_channel_status|sort_reverse)", "<= 30 ms",
         atMost(30), AtScale);
    rule("inbox/inbox_search", "<= 30 ms", atMost(30), AtScale);
    rule("cache/inbox_(first_page|next_page|filter_channel_status|count_by_status)", "<= 1.3x",
         ratioAtMost(1.3));
    rule("sync/initial_pull", "<= 2x (half psql's throughput)", ratioAtMost(2.0), AtScale);
    rule("sync/notify_visible_p95", "<= 1000 ms", atMost(1000));
    rule("sync/claim_round_trip_p95", "<= 30 ms", atMost(30));
    rule("concurrency/desks_\\d+_(errors|lost_mutations|duplicated_mutations|invariant_violations)", "= 0",
         atMost(0));
    rule("inbox/inbox_model_(peak_)?rss", "<= 200 MB", atMost(200), AtScale);
    // Issue 8: the team lead's statistics over a whole region's history in at most a second, server side.
    rule("stats/stats_[a-z_]+", "<= 1000 ms", atMost(1000), 1000000);
}

void BudgetTable::apply(Figure& figure) const {
    const QString key = figure.part + QLatin1Char('/') + figure.name;
    for (const Rule& rule : m_rules) {
        if (rule.name.match(key).hasMatch()) {
            figure.budget = rule.text;
            if (figure.sizes.value(u"contacts").toInt(rule.minContacts) >= rule.minContacts) {
                figure.met = rule.meets(figure);
            } else {
                figure.budget += QStringLiteral(" at %1 contacts").arg(rule.minContacts);
            }
            return;
        }
    }
}

} // namespace vk::bench
