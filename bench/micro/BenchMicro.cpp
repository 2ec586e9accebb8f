// Micro figures with Google Benchmark (issue 9): the hot per-row and per-line code of the desk, each paired
// with the plain Qt way of doing the same job, registered as "<name>" and "<name>_baseline" so that the
// scenario runner (vardinkorg-bench) reports them side by side with their ratio.
#include "domain/Clock.h"
#include "domain/IdentityNumber.h"
#include "feed/FeedLineParser.h"
#include "item/InboxRow.h"
#include "item/InboxSearch.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <benchmark/benchmark.h>

#include <vector>

namespace {

const QDate Today(2026, 11, 23);

class BenchClock final : public vk::Clock {
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime(Today, QTime(9, 0), Qt::UTC); }
};

// A spread of written forms a nurse types or a feed delivers: with and without century, separators, and a
// samordningsnummer (day + 60).
const QStringList IdentityInputs = {
    QStringLiteral("19640823-3234"), QStringLiteral("640823-3234"), QStringLiteral("196408233234"),
    QStringLiteral("197010632391"),  QStringLiteral("121212+1212"), QStringLiteral("20121212-1212"),
};

void identity_parse(benchmark::State& state) {
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            vk::IdentityNumber::parse(IdentityInputs.at(i++ % IdentityInputs.size()), Today));
    }
    state.SetLabel("IdentityNumber::parse (date, century, Luhn, type)");
}

// Baseline: only the shape of the number, with a precompiled regular expression, as a naive form check does.
void identity_parse_baseline(benchmark::State& state) {
    static const QRegularExpression shape(QStringLiteral("^(\\d{2})?\\d{6}[-+]?\\d{4}$"));
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(shape.match(IdentityInputs.at(i++ % IdentityInputs.size())).hasMatch());
    }
    state.SetLabel("QRegularExpression shape match only");
}

const QByteArray FeedLine =
    R"({"kind":"eservice","external_id":"1177-0001","unit":"SE2321000016-HC01",)"
    R"("received_at":"2026-11-23T08:01:00.250+01:00","patient":{"id_type":"personnummer",)"
    R"("id_value":"19640823-3234","name":"Test Testsson"},"errand_type":"Förnya recept",)"
    R"("subject":"Förnya recept","body":"Hej!\n\tJag behöver förnya mitt recept på Levaxin.","ombud":false})";

void feed_line_parse(benchmark::State& state) {
    const BenchClock clock;
    const vk::FeedLineParser parser({QStringLiteral("SE2321000016-HC01")}, clock);
    for (auto _ : state) {
        auto event = parser.parse(FeedLine);
        if (!event.ok()) {
            state.SkipWithError("the sample feed line was refused");
            break;
        }
        benchmark::DoNotOptimize(event);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * FeedLine.size());
    state.SetLabel("FeedLineParser::parse (JSON, limits, identity, unit, times)");
}

// Baseline: the JSON parse alone, which every validating parser has to pay.
void feed_line_parse_baseline(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(QJsonDocument::fromJson(FeedLine));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * FeedLine.size());
    state.SetLabel("QJsonDocument::fromJson only");
}

std::vector<vk::InboxRow> searchRows() {
    static const QStringList names = {QStringLiteral("Åsa Lindqvist"), QStringLiteral("Göran Öberg"),
                                      QStringLiteral("Elin Karlsson"), QStringLiteral("Mohammed Haddad"),
                                      QStringLiteral("Björn Åström")};
    static const QStringList subjects = {QStringLiteral("Förnya recept"),
                                         QStringLiteral("Hosta sedan två veckor"), QStringLiteral("Provsvar"),
                                         QStringLiteral("Ont i örat")};
    std::vector<vk::InboxRow> rows(10000);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        vk::InboxRow& row = rows[i];
        row.patientName = names.at(static_cast<qsizetype>(i % 5));
        row.subject = subjects.at(static_cast<qsizetype>(i % 4));
        row.reason = QStringLiteral("Rådgivning");
        row.searchText = vk::InboxSearch::searchTextFor(row);
    }
    return rows;
}

// One search over 10 000 rows, per row as the inbox filter runs it.
void inbox_search_10k(benchmark::State& state) {
    const std::vector<vk::InboxRow> rows = searchRows();
    const vk::InboxSearch search(QStringLiteral("gora oberg"));
    for (auto _ : state) {
        int hits = 0;
        for (const vk::InboxRow& row : rows) {
            hits += search.matches(row) ? 1 : 0;
        }
        benchmark::DoNotOptimize(hits);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(rows.size()));
    state.SetLabel("InboxSearch (prefolded text, QStringMatcher per word)");
}

// Baseline: what a QSortFilterProxyModel with a case-insensitive filter does, without diacritic folding (so
// it finds less: "gora" does not match "Göran").
void inbox_search_10k_baseline(benchmark::State& state) {
    const std::vector<vk::InboxRow> rows = searchRows();
    const QString query = QStringLiteral("oberg");
    for (auto _ : state) {
        int hits = 0;
        for (const vk::InboxRow& row : rows) {
            hits += (row.patientName.contains(query, Qt::CaseInsensitive) ||
                     row.subject.contains(query, Qt::CaseInsensitive) ||
                     row.reason.contains(query, Qt::CaseInsensitive))
                        ? 1
                        : 0;
        }
        benchmark::DoNotOptimize(hits);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(rows.size()));
    state.SetLabel("QString::contains(CaseInsensitive) over three columns");
}

} // namespace

BENCHMARK(identity_parse);
BENCHMARK(identity_parse_baseline);
BENCHMARK(feed_line_parse);
BENCHMARK(feed_line_parse_baseline);
BENCHMARK(inbox_search_10k)->Unit(benchmark::kMicrosecond);
BENCHMARK(inbox_search_10k_baseline)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
