// vardinkorg-bench-inbox: the inbox model (keyset pages, typed proxy) against the naive Qt way — a
// QSqlTableModel loaded in full under a QSortFilterProxyModel — on the same encrypted cache, in the same
// process and run. One JSON line per figure with its baseline and the ratio (DESIGN "Performance budget":
// first rows <= 150 ms and
// >= 10x faster than the naive load; a filter or sort change at 100k <= 30 ms; <= 200 MB RSS).
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

#include "InboxSqliteApi.h"
#include "InboxWorkload.h"
#include "cache/CacheDatabase.h"
#include "domain/SystemClock.h"
#include "item/InboxFilterProxyModel.h"
#include "item/InboxLoader.h"
#include "item/InboxModel.h"
#include "security/KdfParameters.h"
#include "security/SecureBuffer.h"
#include "sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlTableModel>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace vk::bench;

namespace {

void fail(const char* what) {
    std::fprintf(stderr, "vardinkorg-bench-inbox: %s\n", what);
    std::exit(1);
}

void emit(const char* name, double value, const char* unit, const char* baselineName, double baselineValue,
          int size) {
    const std::string baselineJson =
        baselineName == nullptr ? "null" : "\"" + std::string(baselineName) + "\"";
    const std::string baselineValueJson = baselineName == nullptr ? "null" : std::to_string(baselineValue);
    const std::string ratio =
        baselineName == nullptr || baselineValue <= 0 ? "null" : std::to_string(value / baselineValue);
    std::printf(
        "{\"name\":\"%s\",\"value\":%.3f,\"unit\":\"%s\",\"baseline\":%s,\"baseline_value\":%s,"
        "\"ratio\":%s,\"size\":%d,\"machine\":\"%s\",\"engine\":\"InboxModel + InboxFilterProxyModel\"}\n",
        name, value, unit, baselineJson.c_str(), baselineValueJson.c_str(), ratio.c_str(), size,
        jsonEscape(machine()).c_str());
    std::fflush(stdout);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// A memory figure of this process from /proc/self/status: "VmRSS:" now, "VmHWM:" the peak so far.
double statusMegabytes(const QByteArray& key) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    return 0;
}

double rssMegabytes() {
    return statusMegabytes("VmRSS:");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int size = 100000;
    int runs = 15;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--size") {
            size = std::atoi(argv[i + 1]);
        } else if (option == "--runs") {
            runs = std::atoi(argv[i + 1]);
        }
    }
    QTemporaryDir dir;
    const vk::KdfParameters fast = vk::KdfParameters::fastForTests();
    auto cache = vk::CacheDatabase::open(dir.path(), QStringLiteral("bench.user"),
                                         vk::SecureBuffer::fromUtf8(u"bench-lösenord"), &fast);
    if (!dir.isValid() || !cache.ok()) {
        fail("the cache did not open");
    }
    const QSqlDatabase db = cache.value()->connection();
    {
        auto* driver = qobject_cast<vk::SqlCipherDriver*>(db.driver());
        insertDataset(driver->connection(), generate(size));
    }
    const double rssBefore = rssMegabytes();
    const vk::SystemClock clock;

    // Ours: first rows visible after unlock (the loader's synchronous first page), then the whole list.
    vk::InboxModel model(clock);
    vk::InboxFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    vk::InboxLoader loader(model, clock);
    QElapsedTimer timer;
    timer.start();
    loader.start(*cache.value(), QStringLiteral("staff-0"));
    const double firstRows = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (proxy.rowCount() == 0) {
        fail("no rows after the first page");
    }
    int pages = 0;
    double slowest = 0;
    while (loader.isLoading()) {
        QElapsedTimer page;
        page.start();
        QCoreApplication::processEvents();
        slowest = std::max(slowest, static_cast<double>(page.nsecsElapsed()) / 1e6);
        ++pages;
        if (qEnvironmentVariableIsSet("VK_BENCH_TRACE")) {
            std::fprintf(stderr, "page %d: %.1f ms, rows %d\n", pages,
                         static_cast<double>(page.nsecsElapsed()) / 1e6, model.rowCount());
        }
    }
    const double fullLoad = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const double rssLoaded = rssMegabytes();
    // The peak while the desk's model filled (before the naive baseline below allocates its own copy).
    const double rssPeak = statusMegabytes("VmHWM:");

    // The naive way: a QSqlTableModel over the same table, fetched in full so a proxy can sort and filter it.
    QSqlTableModel naive(nullptr, db);
    QSortFilterProxyModel naiveProxy;
    naiveProxy.setSourceModel(&naive);
    timer.restart();
    naive.setTable(QStringLiteral("contacts"));
    naive.setSort(naive.fieldIndex(QStringLiteral("due_at")), Qt::AscendingOrder);
    naive.select();
    while (naive.canFetchMore()) {
        naive.fetchMore();
    }
    const double naiveLoad = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    emit("inbox_first_rows_visible", firstRows, "ms", "QSqlTableModel full load", naiveLoad, size);
    emit("inbox_full_load", fullLoad, "ms", "QSqlTableModel full load", naiveLoad, size);
    // The longest the event loop waited on one background page: what a nurse could feel while the list fills.
    emit("inbox_load_slowest_step", slowest, "ms", "QSqlTableModel full load", naiveLoad, size);

    // Filter and sort changes with everything loaded, alternating so each run really changes something.
    const int channelColumn = naive.fieldIndex(QStringLiteral("channel"));
    const int subjectColumn = naive.fieldIndex(QStringLiteral("subject"));
    std::vector<double> ours;
    std::vector<double> theirs;
    for (int run = 0; run < runs; ++run) {
        vk::InboxFilter filter;
        filter.channels = vk::InboxFilter::bit(run % 2 == 0 ? vk::Channel::Voicemail : vk::Channel::EService);
        filter.statuses = vk::InboxFilter::AllStatuses;
        timer.restart();
        proxy.setFilter(filter);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        naiveProxy.setFilterKeyColumn(channelColumn);
        naiveProxy.setFilterFixedString(run % 2 == 0 ? QStringLiteral("voicemail")
                                                     : QStringLiteral("eservice"));
        theirs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    emit("inbox_filter_change", median(ours), "ms", "QSortFilterProxyModel over QSqlTableModel",
         median(theirs), size);

    ours.clear();
    theirs.clear();
    proxy.setFilter(vk::InboxFilter{});
    naiveProxy.setFilterFixedString(QString());
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        proxy.sort(run % 2 == 0 ? vk::InboxModel::ReceivedColumn : vk::InboxModel::DeadlineColumn);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        naiveProxy.sort(run % 2 == 0 ? naive.fieldIndex(QStringLiteral("received_at"))
                                     : naive.fieldIndex(QStringLiteral("due_at")));
        theirs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    emit("inbox_sort_change", median(ours), "ms", "QSortFilterProxyModel over QSqlTableModel", median(theirs),
         size);

    // The same column the other way round (a second click on a header), and a column with few distinct
    // values (channel, then status): the deadline and the id order the many rows that tie on it.
    ours.clear();
    theirs.clear();
    for (int run = 0; run < runs; ++run) {
        const Qt::SortOrder order = run % 2 == 0 ? Qt::DescendingOrder : Qt::AscendingOrder;
        timer.restart();
        proxy.sort(vk::InboxModel::DeadlineColumn, order);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        naiveProxy.sort(naive.fieldIndex(QStringLiteral("due_at")), order);
        theirs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    emit("inbox_sort_reverse", median(ours), "ms", "QSortFilterProxyModel over QSqlTableModel",
         median(theirs), size);
    ours.clear();
    theirs.clear();
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        proxy.sort(run % 2 == 0 ? vk::InboxModel::ChannelColumn : vk::InboxModel::StatusColumn);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        naiveProxy.sort(run % 2 == 0 ? channelColumn : naive.fieldIndex(QStringLiteral("status")));
        theirs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    emit("inbox_sort_change_channel_status", median(ours), "ms", "QSortFilterProxyModel over QSqlTableModel",
         median(theirs), size);
    proxy.sort(vk::InboxModel::DeadlineColumn);

    ours.clear();
    theirs.clear();
    for (int run = 0; run < runs; ++run) {
        const QString query = run % 2 == 0 ? QStringLiteral("lind") : QStringLiteral("berg");
        vk::InboxFilter filter;
        filter.statuses = vk::InboxFilter::AllStatuses;
        filter.search = vk::InboxSearch(query);
        timer.restart();
        proxy.setFilter(filter);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        naiveProxy.setFilterKeyColumn(subjectColumn);
        naiveProxy.setFilterRegularExpression(
            QRegularExpression(query, QRegularExpression::CaseInsensitiveOption));
        theirs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    emit("inbox_search", median(ours), "ms", "QSortFilterProxyModel regex over QSqlTableModel",
         median(theirs), size);
    emit("inbox_model_rss", rssLoaded, "MB", "process before loading", rssBefore, size);
    emit("inbox_model_peak_rss", rssPeak, "MB", "process before loading", rssBefore, size);
    return 0;
}
