#pragma once
// A desk as the nurse sees it, over a real encrypted cache: the main window with its inbox lists and the
// contact detail pane, actions writing to the cache and the outbox, and keyboard helpers that type into
// whatever has the focus (as a user would).

#include "ClipboardGuard.h"
#include "ContactDetailWidget.h"
#include "FixedClock.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "TestCache.h"
#include "item/InboxLoader.h"
#include "item/InboxModel.h"
#include "sync/DeskActions.h"

#include <QApplication>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace vk::test {

inline const QDateTime DeskNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

class DeskFixture {
public:
    TestCache cache;
    FixedClock clock{DeskNow};
    DeskActions actions{cache.db(), clock, QStringLiteral("s1")};
    ClipboardGuard clipboard;
    InboxModel model{clock};
    InboxLoader loader{model, clock};
    MainWindow window{&model};
    ContactDetailWidget* detail = nullptr;

    DeskFixture() {
        cache.seedReferenceData();
        cache.exec(
            QStringLiteral("INSERT INTO units (id, hsa_id, name, kind) VALUES ('u2', 'SE2321000222-u2', "
                           "'Diabetesmottagningen', 'specialist')"));
        cache.exec(
            QStringLiteral("INSERT INTO patients (id, id_type, id_value, name, phone) VALUES "
                           "('p1', 'personnummer', '196408233234', 'Åsa Lindqvist', '+46705550101'), "
                           "('p2', 'samordningsnummer', '197010632391', 'Bertil Svensson', '+46705550202')"));
        cache.addContact(QStringLiteral("c1"), QStringLiteral("callback"),
                         QStringLiteral("2026-11-23T10:00:00.000Z"), QStringLiteral("u1"),
                         QStringLiteral("p1"));
        cache.addContact(QStringLiteral("c2"), QStringLiteral("callback"),
                         QStringLiteral("2026-11-23T11:00:00.000Z"), QStringLiteral("u1"),
                         QStringLiteral("p2"));
        cache.addContact(QStringLiteral("v1"), QStringLiteral("voicemail"),
                         QStringLiteral("2026-11-23T12:00:00.000Z"));
        cache.exec(
            QStringLiteral("INSERT INTO voicemails (contact_id, mailbox, caller_phone, duration_ms, audio, "
                           "audio_mime) VALUES ('v1', 'Receptlinjen', '+46701112233', 1500, x'00', "
                           "'audio/wav')"));
        cache.addContact(QStringLiteral("e1"), QStringLiteral("eservice"),
                         QStringLiteral("2026-11-24T09:00:00.000Z"), QStringLiteral("u1"),
                         QStringLiteral("p1"));
        cache.exec(QStringLiteral("UPDATE contacts SET reason = 'Förnya recept' WHERE id = 'e1'"));
        cache.exec(QStringLiteral("INSERT INTO eservice_errands (contact_id, errand_type, ombud) VALUES "
                                  "('e1', 'Förnya recept', 0)"));
        cache.exec(
            QStringLiteral("INSERT INTO eservice_messages (id, contact_id, direction, body, sent_at) VALUES "
                           "('m1', 'e1', 'in', 'Jag behöver förnya mitt blodtrycksrecept.', "
                           "'2026-11-23T07:30:00.000Z')"));
        QObject::connect(&actions, &DeskActions::contactsChanged, &loader,
                         [this](const QStringList& ids) { loader.refresh(ids, {}); });
    }

    /// Loads the inbox and shows the window with the detail pane wired as AppContext wires it.
    void start() {
        loader.start(cache.cache(), QStringLiteral("s1"));
        detail = new ContactDetailWidget(clock, clipboard);
        detail->setSource([this] { return cache.db(); }, [this] { return &actions; });
        window.setContactDetail(detail);
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    [[nodiscard]] InboxView* list() const { return window.inboxView(); }

    /// Puts the list's cursor on a contact (as J/K would) and waits for the pane to show it.
    void select(const QString& id) {
        // Cursor first, focus second: focusing an empty cursor would put it on the first row and open that.
        ASSERT_TRUE(list()->selectContact(id)) << id.toStdString();
        list()->table()->setFocus();
        if (detail->contactId() != id) {
            // The cursor was there already (it moved there when a closed contact left the list): Enter opens.
            press(Qt::Key_Return);
        }
        ASSERT_EQ(detail->contactId(), id);
    }

    /// A key press where the keyboard focus is (the active window when nothing in it has focus).
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* target = QApplication::focusWidget();
        if (target == nullptr) {
            target = QApplication::activeWindow();
        }
        ASSERT_NE(target, nullptr) << "nothing can receive the key";
        QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    }
    static void type(const QString& text) {
        QWidget* target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr);
        QTest::keyClicks(target, text);
    }

    /// The dialog of type T once it is open and has the focus (bounded wait).
    template <typename T>
    static T* waitForDialog() {
        T* found = nullptr;
        (void)QTest::qWaitFor(
            [&found] {
                found = qobject_cast<T*>(QApplication::activeModalWidget());
                return found != nullptr && found->isVisible() && QApplication::activeWindow() == found;
            },
            5000);
        return found;
    }
    /// Waits until no dialog is open and the main window has the keyboard again. The offscreen platform has
    /// no window manager to hand activation back to the window when a dialog closes; a desktop does that
    /// itself.
    bool waitForNoDialog() {
        if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 5000)) {
            return false;
        }
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    [[nodiscard]] QString status(const QString& id) const {
        return cache.scalar(QStringLiteral("SELECT status FROM contacts WHERE id = ?"), {id}).toString();
    }
    [[nodiscard]] QList<QJsonObject> outbox(const QString& kind) const {
        QList<QJsonObject> payloads;
        QSqlQuery query(cache.db());
        query.prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = ? ORDER BY seq"));
        query.addBindValue(kind);
        EXPECT_TRUE(query.exec());
        while (query.next()) {
            payloads << QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        }
        return payloads;
    }
    /// Access-log entries queued for one contact.
    [[nodiscard]] int accessLogs(const QString& contactId) const {
        int count = 0;
        for (const QJsonObject& payload : outbox(QStringLiteral("log_access"))) {
            count += payload.value(QStringLiteral("contact_id")).toString() == contactId ? 1 : 0;
        }
        return count;
    }
    [[nodiscard]] QStringList outboxKinds() const {
        QStringList kinds;
        QSqlQuery query(cache.db());
        EXPECT_TRUE(
            query.exec(QStringLiteral("SELECT kind FROM outbox WHERE kind <> 'log_access' ORDER BY seq")));
        while (query.next()) {
            kinds << query.value(0).toString();
        }
        return kinds;
    }

    /// The widget called `objectName`, preferring a visible one: each channel pane has its own copy of the
    /// shared parts (attempt list, copy button), and the one on screen is the one meant.
    template <typename T>
    [[nodiscard]] T* find(const QString& objectName) const {
        const QList<T*> all = window.findChildren<T*>(objectName);
        for (T* widget : all) {
            if (widget->isVisible()) {
                return widget;
            }
        }
        return all.isEmpty() ? nullptr : all.constFirst();
    }
};

} // namespace vk::test
