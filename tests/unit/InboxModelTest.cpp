#include "item/InboxModel.h"
#include "FixedClock.h"
#include "item/InboxFilterProxyModel.h"
#include "item/InboxSearch.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QDateTime Noon(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC);

vk::InboxRow makeRow(const QString& id, qint64 dueMinutesFromNoon,
                     vk::Channel channel = vk::Channel::Callback,
                     const QString& name = QStringLiteral("Anna Andersson")) {
    vk::InboxRow row;
    row.id = id;
    row.channel = channel;
    row.patientName = name;
    row.identityNumber = QStringLiteral("196408233234");
    row.reason = QStringLiteral("Rådgivning");
    row.receivedMs = Noon.addSecs(-3600).toMSecsSinceEpoch();
    row.dueMs = Noon.addSecs(dueMinutesFromNoon * 60).toMSecsSinceEpoch();
    row.unitId = QStringLiteral("unit-a");
    row.searchText = vk::InboxSearch::searchTextFor(row);
    return row;
}

QStringList proxyIds(const QAbstractItemModel& proxy) {
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ids << proxy.index(row, 0).data(vk::InboxModel::IdRole).toString();
    }
    return ids;
}

struct Fixture {
    vk::test::FixedClock clock{Noon};
    vk::InboxModel model{clock};
    vk::InboxFilterProxyModel proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Fixture() {
        proxy.setSourceModel(&model);
        model.setCurrentStaff(QStringLiteral("me"));
    }
};

} // namespace

TEST(InboxModel, ShowsDeadlineCountdownAndMaskedIdentity) {
    Fixture f;
    f.model.reset({makeRow(QStringLiteral("a"), 25), makeRow(QStringLiteral("b"), -90)});
    ASSERT_EQ(f.model.rowCount(), 2);
    EXPECT_EQ(f.model.index(0, vk::InboxModel::PatientColumn).data().toString(),
              QStringLiteral("Anna Andersson (19640823-****)"));
    f.model.setShowFullIdentity(true);
    EXPECT_EQ(f.model.index(0, vk::InboxModel::PatientColumn).data().toString(),
              QStringLiteral("Anna Andersson (19640823-3234)"));
    EXPECT_EQ(f.model.index(0, vk::InboxModel::DeadlineColumn).data().toString(),
              QStringLiteral("25 min left"));
    EXPECT_EQ(f.model.index(1, vk::InboxModel::DeadlineColumn).data().toString(),
              QStringLiteral("1 h 30 min overdue"));
    EXPECT_EQ(f.model.urgencyAt(0), vk::Urgency::AtRisk);
    EXPECT_EQ(f.model.urgencyAt(1), vk::Urgency::Overdue);
    f.clock.advance(-60 * 60);
    EXPECT_EQ(f.model.urgencyAt(0), vk::Urgency::Ok);
}

TEST(InboxModel, AppendUpsertRemoveAndClear) {
    Fixture f;
    QSignalSpy arrived(&f.model, &vk::InboxModel::contactsArrived);
    f.model.append({makeRow(QStringLiteral("a"), 10), makeRow(QStringLiteral("b"), 20)});
    EXPECT_EQ(arrived.count(), 0) << "pages loaded at unlock are not news";
    vk::InboxRow changed = makeRow(QStringLiteral("a"), 10);
    changed.status = vk::ContactStatus::Claimed;
    changed.holderId = QStringLiteral("me");
    f.model.upsert({changed, makeRow(QStringLiteral("c"), 5)});
    ASSERT_EQ(f.model.rowCount(), 3);
    EXPECT_EQ(arrived.count(), 1);
    EXPECT_EQ(arrived.constFirst().constFirst().toInt(), 1);
    EXPECT_TRUE(f.model.index(f.model.rowOf(QStringLiteral("a")), 0).data(vk::InboxModel::MineRole).toBool());
    f.model.remove({QStringLiteral("b"), QStringLiteral("unknown")});
    EXPECT_EQ(f.model.rowCount(), 2);
    EXPECT_EQ(f.model.rowOf(QStringLiteral("b")), -1);
    EXPECT_EQ(f.model.rowOf(QStringLiteral("c")), 1);
    f.model.clear();
    EXPECT_EQ(f.model.rowCount(), 0);
    EXPECT_EQ(f.proxy.rowCount(), 0);
}

TEST(InboxFilterProxyModel, DefaultOrderIsEarliestDeadlineFirst) {
    Fixture f;
    f.model.reset({makeRow(QStringLiteral("late"), 120), makeRow(QStringLiteral("overdue"), -5),
                   makeRow(QStringLiteral("soon"), 15)});
    EXPECT_EQ(proxyIds(f.proxy),
              (QStringList{QStringLiteral("overdue"), QStringLiteral("soon"), QStringLiteral("late")}));
    f.proxy.sort(vk::InboxModel::DeadlineColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxyIds(f.proxy),
              (QStringList{QStringLiteral("late"), QStringLiteral("soon"), QStringLiteral("overdue")}));
}

TEST(InboxFilterProxyModel, FiltersByChannelScopeUrgencyAndStatus) {
    Fixture f;
    vk::InboxRow mine = makeRow(QStringLiteral("mine"), 60, vk::Channel::EService);
    mine.status = vk::ContactStatus::Claimed;
    mine.holderId = QStringLiteral("me");
    vk::InboxRow done = makeRow(QStringLiteral("done"), 60);
    done.status = vk::ContactStatus::Completed;
    done.code = QStringLiteral("RAD");
    f.model.reset({mine, done, makeRow(QStringLiteral("vm"), -1, vk::Channel::Voicemail),
                   makeRow(QStringLiteral("cb"), 10, vk::Channel::Callback)});
    EXPECT_EQ(f.proxy.rowCount(), 3) << "completed contacts are hidden by default";

    vk::InboxFilter filter;
    filter.channels = vk::InboxFilter::bit(vk::Channel::Voicemail);
    f.proxy.setFilter(filter);
    EXPECT_EQ(proxyIds(f.proxy), QStringList{QStringLiteral("vm")});

    filter = {};
    filter.scope = vk::InboxFilter::Scope::Mine;
    f.proxy.setFilter(filter);
    EXPECT_EQ(proxyIds(f.proxy), QStringList{QStringLiteral("mine")});

    filter.scope = vk::InboxFilter::Scope::Unassigned;
    f.proxy.setFilter(filter);
    EXPECT_EQ(proxyIds(f.proxy), (QStringList{QStringLiteral("vm"), QStringLiteral("cb")}));

    filter = {};
    filter.urgency = vk::InboxFilter::UrgencyFilter::AtRiskOrOverdue;
    f.proxy.setFilter(filter);
    EXPECT_EQ(proxyIds(f.proxy), (QStringList{QStringLiteral("vm"), QStringLiteral("cb")}));
    filter.urgency = vk::InboxFilter::UrgencyFilter::OverdueOnly;
    f.proxy.setFilter(filter);
    EXPECT_EQ(proxyIds(f.proxy), QStringList{QStringLiteral("vm")});

    filter = {};
    filter.statuses = vk::InboxFilter::AllStatuses;
    filter.code = QStringLiteral("RAD");
    f.proxy.setFilter(filter);
    EXPECT_EQ(proxyIds(f.proxy), QStringList{QStringLiteral("done")});
}

TEST(InboxFilterProxyModel, SearchFindsNamesWithoutDiacriticsAndEveryPersonnummerForm) {
    Fixture f;
    vk::InboxRow asa =
        makeRow(QStringLiteral("asa"), 10, vk::Channel::Callback, QStringLiteral("Åsa Löfgren"));
    asa.identityNumber = QStringLiteral("197010632391");
    asa.searchText = vk::InboxSearch::searchTextFor(asa);
    f.model.reset({asa, makeRow(QStringLiteral("anna"), 20)});

    const auto search = [&f](const QString& query) {
        vk::InboxFilter filter;
        filter.search = vk::InboxSearch(query);
        f.proxy.setFilter(filter);
        return proxyIds(f.proxy);
    };
    EXPECT_EQ(search(QStringLiteral("lof asa")), QStringList{QStringLiteral("asa")});
    EXPECT_EQ(search(QStringLiteral("anna lof")), QStringList{});
    EXPECT_EQ(search(QStringLiteral("lofgren")), QStringList{QStringLiteral("asa")});
    EXPECT_EQ(search(QStringLiteral("ÅSA")), QStringList{QStringLiteral("asa")});
    EXPECT_EQ(search(QStringLiteral("196408233234")), QStringList{QStringLiteral("anna")});
    EXPECT_EQ(search(QStringLiteral("640823-3234")), QStringList{QStringLiteral("anna")});
    EXPECT_EQ(search(QStringLiteral("640823+3234")), QStringList{QStringLiteral("anna")});
    EXPECT_EQ(search(QStringLiteral("701063-2391")), QStringList{QStringLiteral("asa")});
    EXPECT_EQ(search(QStringLiteral("rådgivning")).size(), 2);
    EXPECT_EQ(search(QString()).size(), 2);
}

TEST(InboxFilterProxyModel, SelectionStaysOnItsContactWhenRowsArriveAboveOrItMoves) {
    Fixture f;
    f.model.reset({makeRow(QStringLiteral("a"), 10), makeRow(QStringLiteral("b"), 20),
                   makeRow(QStringLiteral("c"), 30)});
    QPersistentModelIndex selected(f.proxy.index(1, 0));
    ASSERT_EQ(selected.data(vk::InboxModel::IdRole).toString(), QStringLiteral("b"));

    f.model.upsert({makeRow(QStringLiteral("urgent"), -10)});
    EXPECT_EQ(selected.row(), 2);
    EXPECT_EQ(selected.data(vk::InboxModel::IdRole).toString(), QStringLiteral("b"));

    f.model.upsert({makeRow(QStringLiteral("b"), 100)}); // rebooked: moves to the end
    EXPECT_EQ(selected.row(), 3);
    EXPECT_EQ(selected.data(vk::InboxModel::IdRole).toString(), QStringLiteral("b"));

    vk::InboxFilter filter;
    filter.search = vk::InboxSearch(QStringLiteral("anna"));
    f.proxy.setFilter(filter);
    EXPECT_EQ(selected.data(vk::InboxModel::IdRole).toString(), QStringLiteral("b"));
    f.model.remove({QStringLiteral("b")});
    EXPECT_FALSE(selected.isValid());
}

TEST(InboxFilterProxyModel, KeysetPagesInDeadlineOrderAppendAsOneInsert) {
    Fixture f;
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&f.proxy, &QAbstractItemModel::layoutChanged);
    std::vector<vk::InboxRow> page;
    for (int i = 0; i < 500; ++i) {
        page.push_back(makeRow(QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')), i));
    }
    f.model.append(page);
    std::vector<vk::InboxRow> next;
    for (int i = 500; i < 1000; ++i) {
        next.push_back(makeRow(QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')), i));
    }
    f.model.append(next);
    EXPECT_EQ(f.proxy.rowCount(), 1000);
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(layout.count(), 0);
}

// Random inserts, updates and removals under the model testers; after each step the proxy must equal a
// brute-force filter and sort of the source.
TEST(InboxFilterProxyModel, RandomChangesMatchBruteForce) {
    Fixture f;
    QRandomGenerator random(20261123);
    vk::InboxFilter filter;
    filter.channels =
        vk::InboxFilter::bit(vk::Channel::Callback) | vk::InboxFilter::bit(vk::Channel::EService);
    f.proxy.setFilter(filter);
    f.proxy.sort(vk::InboxModel::ReceivedColumn, Qt::DescendingOrder);
    int nextId = 0;
    for (int step = 0; step < 300; ++step) {
        const int action = random.bounded(4);
        if (action <= 1 || f.model.rowCount() == 0) {
            std::vector<vk::InboxRow> rows;
            const int count = 1 + random.bounded(action == 0 ? 3 : 100);
            for (int i = 0; i < count; ++i) {
                vk::InboxRow row = makeRow(QStringLiteral("r%1").arg(nextId++), random.bounded(-60, 600),
                                           static_cast<vk::Channel>(random.bounded(3)));
                row.receivedMs += random.bounded(100000);
                rows.push_back(row);
            }
            f.model.upsert(rows);
        } else if (action == 2) {
            vk::InboxRow row = f.model.rowAt(random.bounded(f.model.rowCount()));
            row.receivedMs += random.bounded(-50000, 50000);
            row.channel = static_cast<vk::Channel>(random.bounded(3));
            f.model.upsert({row});
        } else {
            f.model.remove({f.model.rowAt(random.bounded(f.model.rowCount())).id});
        }

        std::vector<int> expected;
        for (int row = 0; row < f.model.rowCount(); ++row) {
            if (f.model.rowAt(row).channel != vk::Channel::Voicemail) {
                expected.push_back(row);
            }
        }
        std::sort(expected.begin(), expected.end(), [&f](int a, int b) {
            const vk::InboxRow& x = f.model.rowAt(a);
            const vk::InboxRow& y = f.model.rowAt(b);
            if (x.receivedMs != y.receivedMs) {
                return x.receivedMs > y.receivedMs;
            }
            if (x.dueMs != y.dueMs) {
                return x.dueMs > y.dueMs;
            }
            return x.id > y.id;
        });
        ASSERT_EQ(static_cast<std::size_t>(f.proxy.rowCount()), expected.size()) << "step " << step;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            ASSERT_EQ(f.proxy.mapToSource(f.proxy.index(static_cast<int>(i), 0)).row(), expected[i])
                << "step " << step << " row " << i;
        }
    }
}

// Issue 7: a contact pre-offered to the user is on top whatever the sort, says so, and drops back into its
// place when the offer lapses; a colleague's offer names the colleague and moves nothing.
TEST(InboxFilterProxyModel, AContactOfferedToMeIsOnTopUntilTheOfferLapses) {
    Fixture f;
    vk::InboxRow offered = makeRow(QStringLiteral("offered"), 240);
    offered.offer = {QStringLiteral("me"), Noon.addSecs(20 * 60).toMSecsSinceEpoch(),
                     QStringLiteral("Mi Me")};
    vk::InboxRow colleagues = makeRow(QStringLiteral("colleagues"), 180);
    colleagues.offer = {QStringLiteral("bo"), Noon.addSecs(20 * 60).toMSecsSinceEpoch(),
                        QStringLiteral("Bo Ek")};
    f.model.reset(
        {makeRow(QStringLiteral("soon"), 15), offered, colleagues, makeRow(QStringLiteral("overdue"), -5)});
    EXPECT_EQ(proxyIds(f.proxy), (QStringList{QStringLiteral("offered"), QStringLiteral("overdue"),
                                              QStringLiteral("soon"), QStringLiteral("colleagues")}));
    f.proxy.sort(vk::InboxModel::DeadlineColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxyIds(f.proxy).constFirst(), QStringLiteral("offered")) << "in either direction";
    f.proxy.sort(vk::InboxModel::PatientColumn);
    EXPECT_EQ(proxyIds(f.proxy).constFirst(), QStringLiteral("offered")) << "and on a text column";
    f.proxy.sort(vk::InboxModel::DeadlineColumn);

    const int offeredRow = f.model.rowOf(QStringLiteral("offered"));
    EXPECT_EQ(f.model.index(offeredRow, vk::InboxModel::StatusColumn).data().toString(),
              QStringLiteral("Offered to you"));
    EXPECT_EQ(f.model.index(offeredRow, 0).data(vk::InboxModel::OfferRole).toInt(),
              static_cast<int>(vk::ContactOffer::State::ToMe));
    const int colleaguesRow = f.model.rowOf(QStringLiteral("colleagues"));
    EXPECT_EQ(f.model.index(colleaguesRow, vk::InboxModel::StatusColumn).data().toString(),
              QStringLiteral("Offered to Bo Ek"));

    const QPersistentModelIndex selected = f.proxy.index(0, 0);
    f.clock.advance(21 * 60);
    f.model.refreshOffers();
    EXPECT_EQ(proxyIds(f.proxy), (QStringList{QStringLiteral("overdue"), QStringLiteral("soon"),
                                              QStringLiteral("colleagues"), QStringLiteral("offered")}));
    EXPECT_EQ(selected.data(vk::InboxModel::IdRole).toString(), QStringLiteral("offered"))
        << "a selection follows the row it was on";
    EXPECT_EQ(f.model.index(offeredRow, vk::InboxModel::StatusColumn).data().toString(),
              QStringLiteral("New"));
    EXPECT_EQ(f.model.index(colleaguesRow, vk::InboxModel::StatusColumn).data().toString(),
              QStringLiteral("New"));
}

TEST(InboxFilterProxyModel, AnOfferArrivingThroughSyncJumpsToTheTop) {
    Fixture f;
    f.model.reset({makeRow(QStringLiteral("a"), 10), makeRow(QStringLiteral("b"), 20)});
    vk::InboxRow offered = makeRow(QStringLiteral("c"), 300);
    offered.offer = {QStringLiteral("me"), Noon.addSecs(30 * 60).toMSecsSinceEpoch(), {}};
    f.model.upsert({offered});
    EXPECT_EQ(proxyIds(f.proxy),
              (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    // Claimed by the user (here, tentatively): the offer has done its work and the row takes its place.
    offered.holderId = QStringLiteral("me");
    offered.status = vk::ContactStatus::Claimed;
    f.model.upsert({offered});
    EXPECT_EQ(proxyIds(f.proxy),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

namespace {

// The model's key columns hold, index for index, what its rows say.
void expectKeysInStep(const vk::InboxModel& model, const char* when) {
    const vk::InboxSortKeys& keys = model.sortKeys();
    ASSERT_EQ(keys.size(), static_cast<std::size_t>(model.rowCount())) << when;
    for (int row = 0; row < model.rowCount(); ++row) {
        const vk::InboxRow& data = model.rowAt(row);
        const auto at = static_cast<std::size_t>(row);
        ASSERT_EQ(keys.channel(at), data.channel) << when << " row " << row;
        ASSERT_EQ(keys.status(at), data.status) << when << " row " << row;
        ASSERT_EQ(keys.offerState(at), data.offerState) << when << " row " << row;
        ASSERT_EQ(keys.receivedMs()[at], data.receivedMs) << when << " row " << row;
        ASSERT_EQ(keys.dueMs()[at], data.dueMs) << when << " row " << row;
        ASSERT_EQ(keys.idPrefixes()[at], vk::InboxSortKeys::idPrefix(data.id)) << when << " row " << row;
    }
}

// Ids that share their first four characters (so the full id must settle ties), differ only in case, or are
// shorter than four characters.
QString randomId(QRandomGenerator& random, int serial) {
    switch (random.bounded(4)) {
    case 0:
        return QStringLiteral("abcd%1").arg(serial);
    case 1:
        return QStringLiteral("ABCD%1").arg(serial);
    case 2:
        return QString::number(serial, 36);
    default:
        return QStringLiteral("r%1").arg(serial);
    }
}

vk::InboxRow randomRow(QRandomGenerator& random, const QString& id) {
    static const QStringList names{QStringLiteral("Anna Andersson"), QStringLiteral("anna andersson"),
                                   QStringLiteral("Åsa Löfgren"), QStringLiteral("Bo Ek"), QString()};
    static const QStringList reasons{QStringLiteral("Rådgivning"), QStringLiteral("rådgivning"),
                                     QStringLiteral("Recept")};
    vk::InboxRow row = makeRow(id, random.bounded(-3, 4) * 30, static_cast<vk::Channel>(random.bounded(3)),
                               names[random.bounded(names.size())]);
    row.status = static_cast<vk::ContactStatus>(random.bounded(6));
    row.receivedMs += random.bounded(4) * 1000; // few distinct values: ties fall through to the deadline
    row.reason = reasons[random.bounded(reasons.size())];
    row.subject = random.bounded(2) == 0 ? QString() : QStringLiteral("Sår");
    row.holderName = names[random.bounded(names.size())];
    if (random.bounded(6) == 0) { // offered to the user (pinned while new and unclaimed) or to a colleague
        row.status = vk::ContactStatus::New;
        row.offer = {random.bounded(2) == 0 ? QStringLiteral("me") : QStringLiteral("bo"),
                     Noon.addSecs(random.bounded(1, 40) * 60).toMSecsSinceEpoch(), QStringLiteral("Mi Me")};
    }
    row.searchText = vk::InboxSearch::searchTextFor(row);
    return row;
}

// The proxy's order, computed from scratch with the rules the product states: contacts offered to the user
// first in either direction, then the column (text case-insensitively), the deadline, the id, all in the
// sort direction.
std::vector<int> bruteForceOrder(const vk::InboxModel& model, int column, Qt::SortOrder order) {
    std::vector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows.push_back(row);
    }
    const auto pinned = [&model](int row) {
        return model.rowAt(row).offerState == vk::ContactOffer::State::ToMe;
    };
    const auto compare = [&model, column](int left, int right) {
        const vk::InboxRow& a = model.rowAt(left);
        const vk::InboxRow& b = model.rowAt(right);
        int result = 0;
        switch (column) {
        case vk::InboxModel::ChannelColumn:
            result = int(a.channel) - int(b.channel);
            break;
        case vk::InboxModel::PatientColumn:
            result = a.patientName.compare(b.patientName, Qt::CaseInsensitive);
            break;
        case vk::InboxModel::ReasonColumn:
            result = a.reason.compare(b.reason, Qt::CaseInsensitive);
            result = result != 0 ? result : a.subject.compare(b.subject, Qt::CaseInsensitive);
            break;
        case vk::InboxModel::ReceivedColumn:
            result = a.receivedMs < b.receivedMs ? -1 : (a.receivedMs > b.receivedMs ? 1 : 0);
            break;
        case vk::InboxModel::StatusColumn:
            result = int(a.status) - int(b.status);
            break;
        case vk::InboxModel::HolderColumn:
            result = a.holderName.compare(b.holderName, Qt::CaseInsensitive);
            break;
        default:
            break;
        }
        if (result == 0) {
            result = a.dueMs < b.dueMs ? -1 : (a.dueMs > b.dueMs ? 1 : 0);
        }
        return result != 0 ? result : a.id.compare(b.id);
    };
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (pinned(a) != pinned(b)) {
            return pinned(a);
        }
        return order == Qt::AscendingOrder ? compare(a, b) < 0 : compare(a, b) > 0;
    });
    return rows;
}

std::vector<int> proxySourceRows(const vk::InboxFilterProxyModel& proxy) {
    std::vector<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        rows.push_back(proxy.mapToSource(proxy.index(row, 0)).row());
    }
    return rows;
}

} // namespace

// The key columns change with the rows, and before the model tells anyone (the proxy sorts from them while it
// handles the signal).
TEST(InboxSortKeys, StayInStepWithTheRowsThroughEveryChange) {
    Fixture f;
    int notified = 0;
    const auto check = [&f, &notified](const char* when) {
        ++notified;
        expectKeysInStep(f.model, when);
    };
    QObject::connect(&f.model, &QAbstractItemModel::rowsInserted, &f.model, [&] { check("rowsInserted"); });
    QObject::connect(&f.model, &QAbstractItemModel::rowsRemoved, &f.model, [&] { check("rowsRemoved"); });
    QObject::connect(&f.model, &QAbstractItemModel::dataChanged, &f.model, [&] { check("dataChanged"); });
    QObject::connect(&f.model, &QAbstractItemModel::modelReset, &f.model, [&] { check("modelReset"); });

    QRandomGenerator random(20261124);
    int serial = 0;
    const auto someRows = [&](int count) {
        std::vector<vk::InboxRow> rows;
        for (int i = 0; i < count; ++i) {
            rows.push_back(randomRow(random, randomId(random, serial++)));
        }
        return rows;
    };
    f.model.reset(someRows(40));
    for (int step = 0; step < 400; ++step) {
        switch (random.bounded(8)) {
        case 0:
            f.model.append(someRows(1 + random.bounded(20)));
            break;
        case 1:
        case 2: { // a changed row (new keys, same id) next to a new one
            vk::InboxRow changed = randomRow(random, f.model.rowAt(random.bounded(f.model.rowCount())).id);
            f.model.upsert({changed, randomRow(random, randomId(random, serial++))});
            break;
        }
        case 3:
        case 4:
            f.model.remove({f.model.rowAt(random.bounded(f.model.rowCount())).id});
            break;
        case 5: // offers lapse (or, going back, hold again)
            f.clock.advance(random.bounded(-20, 20) * 60);
            f.model.refreshOffers();
            break;
        case 6:
            f.model.setCurrentStaff(random.bounded(2) == 0 ? QStringLiteral("me") : QStringLiteral("bo"));
            break;
        default:
            if (random.bounded(10) == 0) {
                f.model.clear();
                expectKeysInStep(f.model, "clear");
            }
            f.model.reset(someRows(random.bounded(60)));
            break;
        }
        expectKeysInStep(f.model, "after the step");
        if (f.model.rowCount() == 0) {
            f.model.append(someRows(5));
        }
    }
    EXPECT_GT(notified, 400);
}

// Every column in both directions, with pinned rows, ties on every key and ids sharing their first
// characters, switched directly, toggled (the cached order reversed) and re-sorted after source changes:
// always the brute-force order.
TEST(InboxFilterProxyModel, EveryColumnAndDirectionMatchesBruteForce) {
    Fixture f;
    QRandomGenerator random(20261125);
    vk::InboxFilter everything;
    everything.statuses = vk::InboxFilter::AllStatuses;
    f.proxy.setFilter(everything);
    int serial = 0;
    std::vector<vk::InboxRow> rows;
    for (int i = 0; i < 300; ++i) {
        rows.push_back(randomRow(random, randomId(random, serial++)));
    }
    f.model.reset(rows);
    int pinnedSeen = 0;
    for (int step = 0; step < 120; ++step) {
        const int column = random.bounded(int(vk::InboxModel::ColumnCount));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder}) {
            f.proxy.sort(column, order);
            ASSERT_EQ(proxySourceRows(f.proxy), bruteForceOrder(f.model, column, order))
                << "step " << step << " column " << column << " order " << order;
        }
        pinnedSeen +=
            f.model.index(proxySourceRows(f.proxy).front(), 0).data(vk::InboxModel::OfferRole).toInt() ==
            int(vk::ContactOffer::State::ToMe);
        // A source change between two sorts of the same column: the next toggle sorts afresh.
        if (random.bounded(2) == 0) {
            f.model.upsert({randomRow(random, f.model.rowAt(random.bounded(f.model.rowCount())).id)});
        } else {
            f.model.remove({f.model.rowAt(random.bounded(f.model.rowCount())).id});
            f.model.upsert({randomRow(random, randomId(random, serial++))});
        }
        const Qt::SortOrder other =
            f.proxy.sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        f.proxy.sort(column, other);
        ASSERT_EQ(proxySourceRows(f.proxy), bruteForceOrder(f.model, column, other))
            << "after a change, step " << step << " column " << column;
    }
    EXPECT_GT(pinnedSeen, 100) << "the data set must have pinned rows for this test to mean anything";
}
