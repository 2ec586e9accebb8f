// The handling side of the inbox, driven like a nurse drives it: keyboard first, over a real encrypted cache,
// asserting what lands in the cache and in the outbox.
#include "CancelContactDialog.h"
#include "CompleteDialog.h"
#include "DeskFixture.h"
#include "ForwardDialog.h"
#include "LogAttemptDialog.h"
#include "MessageBox.h"
#include "RebookDialog.h"
#include "ShortcutHelpDialog.h"
#include "VerifyIdentityDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

namespace {

using vk::test::DeskFixture;

QPushButton* okButton(QDialog* dialog) {
    auto* box = dialog->findChild<QDialogButtonBox*>();
    return box != nullptr ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

TEST(ContactDetail, KeyboardClaimAttemptsCompleteAndOpenNext) {
    DeskFixture f;
    f.start();
    QTableView* table = f.list()->table();
    table->setFocus();
    if (!table->currentIndex().isValid()) {
        DeskFixture::press(Qt::Key_J);
    }
    ASSERT_EQ(f.list()->currentContactId(), QStringLiteral("c1")) << "earliest deadline first";
    EXPECT_EQ(f.detail->contactId(), QStringLiteral("c1")) << "the pane shows the list's current contact";
    EXPECT_TRUE(f.detail->isVisible());

    DeskFixture::press(Qt::Key_Return); // Enter opens: the focus moves into the pane
    EXPECT_TRUE(f.detail->isAncestorOf(QApplication::focusWidget()));

    DeskFixture::press(Qt::Key_C);
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("claimed"));
    EXPECT_EQ(f.find<QLabel>(QStringLiteral("headerStatus"))->text(),
              QStringLiteral("Claimed by you (not yet confirmed)"));

    DeskFixture::press(Qt::Key_L);
    auto* attempt = DeskFixture::waitForDialog<vk::LogAttemptDialog>();
    ASSERT_NE(attempt, nullptr) << "L opens the attempt dialog";
    EXPECT_FALSE(okButton(attempt)->isEnabled()) << "the outcome is never defaulted";
    DeskFixture::type(QStringLiteral("no")); // type-ahead in the outcome list: "No answer"
    EXPECT_EQ(attempt->outcome(), QStringLiteral("no_answer"));
    DeskFixture::press(Qt::Key_Return);
    ASSERT_TRUE(f.waitForNoDialog());

    DeskFixture::press(Qt::Key_L);
    attempt = DeskFixture::waitForDialog<vk::LogAttemptDialog>();
    ASSERT_NE(attempt, nullptr);
    DeskFixture::type(QStringLiteral("a"));
    EXPECT_EQ(attempt->outcome(), QStringLiteral("answered"));
    DeskFixture::press(Qt::Key_Tab);
    DeskFixture::type(QStringLiteral("Hosta sedan en vecka"));
    DeskFixture::press(Qt::Key_Return);
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(
        f.cache
            .scalar(QStringLiteral("SELECT group_concat(outcome || ':' || COALESCE(note, ''), '|') FROM "
                                   "(SELECT outcome, note FROM callback_attempts WHERE contact_id = 'c1' "
                                   "ORDER BY attempted_at, rowid)"))
            .toString(),
        QStringLiteral("no_answer:|answered:Hosta sedan en vecka"));
    EXPECT_EQ(f.find<QListWidget>(QStringLiteral("attemptList"))->count(), 2);

    DeskFixture::press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    auto* completion = DeskFixture::waitForDialog<vk::CompleteDialog>();
    ASSERT_NE(completion, nullptr) << "Ctrl+Shift+Enter opens the completion dialog";
    DeskFixture::type(QStringLiteral("rad"));
    EXPECT_EQ(completion->code(), QStringLiteral("RAD"));
    DeskFixture::press(Qt::Key_Return);
    ASSERT_TRUE(f.waitForNoDialog());

    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("completed"));
    EXPECT_EQ(f.cache.scalar(QStringLiteral("SELECT code FROM contacts WHERE id = 'c1'")).toString(),
              QStringLiteral("RAD"));
    EXPECT_EQ(f.detail->contactId(), QStringLiteral("c2")) << "the next contact opens";
    EXPECT_EQ(f.list()->currentContactId(), QStringLiteral("c2")) << "and the list follows";
    EXPECT_EQ(f.outboxKinds(), (QStringList{QStringLiteral("claim"), QStringLiteral("log_attempt"),
                                            QStringLiteral("log_attempt"), QStringLiteral("complete")}));
    const QList<QJsonObject> completes = f.outbox(QStringLiteral("complete"));
    ASSERT_EQ(completes.size(), 1);
    EXPECT_EQ(completes.front().value(QStringLiteral("code")).toString(), QStringLiteral("RAD"));
    EXPECT_EQ(f.accessLogs(QStringLiteral("c1")), 1);
    EXPECT_EQ(f.accessLogs(QStringLiteral("c2")), 1);
}

TEST(ContactDetail, CompletionWithoutAValidActiveCodeIsImpossible) {
    DeskFixture f;
    f.cache.exec(QStringLiteral("UPDATE codes SET active = 0 WHERE code = 'VAC'"));
    f.start();
    f.select(QStringLiteral("c1"));

    DeskFixture::press(Qt::Key_Return, Qt::ControlModifier);
    auto* completion = DeskFixture::waitForDialog<vk::CompleteDialog>();
    ASSERT_NE(completion, nullptr) << "Ctrl+Enter opens the completion dialog";
    QPushButton* ok = okButton(completion);
    EXPECT_FALSE(ok->isEnabled()) << "nothing typed, nothing chosen";
    DeskFixture::press(Qt::Key_Return);
    EXPECT_TRUE(completion->isVisible()) << "Enter without a code does not complete";

    DeskFixture::type(QStringLiteral("zzz"));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(completion->code().isEmpty());
    for (int i = 0; i < 3; ++i) {
        DeskFixture::press(Qt::Key_Backspace);
    }
    DeskFixture::type(QStringLiteral("vaccination"));
    EXPECT_FALSE(ok->isEnabled()) << "an inactive code is not offered";
    EXPECT_EQ(completion->findChild<QListWidget*>(QStringLiteral("completeCodeList"))->count(), 0);
    DeskFixture::press(Qt::Key_Return);
    EXPECT_TRUE(completion->isVisible());
    DeskFixture::press(Qt::Key_Escape);
    ASSERT_TRUE(f.waitForNoDialog());

    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("new"));
    EXPECT_TRUE(f.outbox(QStringLiteral("complete")).isEmpty());
    const vk::Status direct = f.actions.complete(QStringLiteral("c1"), QString(), QString(), false);
    ASSERT_FALSE(direct.ok()) << "the data layer refuses it too";
    EXPECT_EQ(direct.error().code, QStringLiteral("action.code_required"));
}

TEST(ContactDetail, CompleteDialogMatchesWordsOfTheLabelAndKeepsTheChecks) {
    DeskFixture f;
    f.start();
    f.select(QStringLiteral("c1"));
    f.find<QPushButton>(QStringLiteral("completeButton"))->click();
    auto* completion = DeskFixture::waitForDialog<vk::CompleteDialog>();
    ASSERT_NE(completion, nullptr);
    DeskFixture::type(QStringLiteral("boka"));
    EXPECT_EQ(completion->code(), QStringLiteral("BLB")) << "the best match is chosen while typing";
    DeskFixture::press(Qt::Key_Down);
    EXPECT_EQ(completion->code(), QStringLiteral("BSB")) << "arrows move through the matches";
    completion->findChild<QLineEdit*>(QStringLiteral("completeCodeSearch"))->clear();
    DeskFixture::type(QStringLiteral("recept"));
    EXPECT_EQ(completion->code(), QStringLiteral("REC")) << "a word of the label finds the code";
    completion->findChild<QCheckBox*>(QStringLiteral("completeMedical"))->setChecked(true);
    completion->findChild<QLineEdit*>(QStringLiteral("completeNote"))->setText(QStringLiteral("Nytt recept"));
    okButton(completion)->click();
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(
        f.cache
            .scalar(QStringLiteral("SELECT code || '/' || medical_assessment || '/' || outcome FROM contacts "
                                   "WHERE id = 'c1'"))
            .toString(),
        QStringLiteral("REC/1/Nytt recept"));
    EXPECT_EQ(f.detail->contactId(), QStringLiteral("c1")) << "plain Complete stays on the contact";
    EXPECT_TRUE(f.find<QLabel>(QStringLiteral("closedSummary"))->isVisible());
    EXPECT_FALSE(f.find<QPushButton>(QStringLiteral("completeButton"))->isEnabled());
}

TEST(ContactDetail, EServiceReplyIsSavedAndQueued) {
    DeskFixture f;
    f.start();
    f.select(QStringLiteral("e1"));
    auto* thread = f.find<QTextBrowser>(QStringLiteral("messageThread"));
    EXPECT_TRUE(thread->toPlainText().contains(QStringLiteral("blodtrycksrecept")));
    auto* templates = f.find<QComboBox>(QStringLiteral("replyTemplate"));
    EXPECT_GE(templates->findText(QStringLiteral("Receptet är förnyat")), 0)
        << "the type's Swedish templates";

    DeskFixture::press(Qt::Key_R);
    auto* editor = f.find<QPlainTextEdit>(QStringLiteral("replyEditor"));
    ASSERT_TRUE(editor->hasFocus()) << "R puts the cursor in the reply editor";
    DeskFixture::type(QStringLiteral("Hej! Receptet clr"));
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Hej! Receptet clr"))
        << "letters are typed, not shortcuts";
    editor->setPlainText(QStringLiteral("Hej Åsa! Receptet är förnyat."));
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("sendReplyButton")), Qt::LeftButton);

    EXPECT_EQ(f.cache
                  .scalar(QStringLiteral("SELECT body FROM eservice_messages WHERE contact_id = 'e1' AND "
                                         "direction = 'out' AND author_staff_id = 's1'"))
                  .toString(),
              QStringLiteral("Hej Åsa! Receptet är förnyat."));
    const QList<QJsonObject> replies = f.outbox(QStringLiteral("reply"));
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies.front().value(QStringLiteral("body")).toString(),
              QStringLiteral("Hej Åsa! Receptet är förnyat."));
    EXPECT_TRUE(editor->toPlainText().isEmpty()) << "the editor empties after sending";
    EXPECT_TRUE(thread->toPlainText().contains(QStringLiteral("Receptet är förnyat.")));
    EXPECT_TRUE(f.detail->problemText().isEmpty());

    templates->setCurrentIndex(templates->findText(QStringLiteral("Receptet är förnyat")));
    Q_EMIT templates->activated(templates->currentIndex());
    EXPECT_TRUE(editor->toPlainText().startsWith(QStringLiteral("Hej Åsa!")))
        << "the template greets by first name";
}

TEST(ContactDetail, ForwardAndCancelGoThroughTheOutbox) {
    DeskFixture f;
    f.start();
    f.select(QStringLiteral("c1"));
    f.find<QPushButton>(QStringLiteral("forwardButton"))->click();
    auto* forward = DeskFixture::waitForDialog<vk::ForwardDialog>();
    ASSERT_NE(forward, nullptr);
    auto* unit = forward->findChild<QComboBox*>(QStringLiteral("forwardUnit"));
    ASSERT_EQ(unit->count(), 1) << "the contact's own unit is not offered";
    EXPECT_FALSE(okButton(forward)->isEnabled());
    unit->setCurrentIndex(0);
    EXPECT_FALSE(okButton(forward)->isEnabled()) << "a note is required";
    forward->findChild<QPlainTextEdit*>(QStringLiteral("forwardNote"))
        ->setPlainText(QStringLiteral("Gäller diabetes"));
    ASSERT_TRUE(okButton(forward)->isEnabled());
    okButton(forward)->click();
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("forwarded"));
    EXPECT_EQ(f.cache.scalar(QStringLiteral("SELECT forwarded_to FROM contacts WHERE id = 'c1'")).toString(),
              QStringLiteral("u2"));
    const QList<QJsonObject> forwards = f.outbox(QStringLiteral("forward"));
    ASSERT_EQ(forwards.size(), 1);
    EXPECT_EQ(forwards.front().value(QStringLiteral("to_unit_id")).toString(), QStringLiteral("u2"));
    EXPECT_EQ(forwards.front().value(QStringLiteral("note")).toString(), QStringLiteral("Gäller diabetes"));
    EXPECT_EQ(f.detail->contactId(), QStringLiteral("c1"))
        << "the contact leaving the list does not open its neighbour";
    EXPECT_TRUE(f.find<QLabel>(QStringLiteral("closedSummary"))
                    ->text()
                    .contains(QStringLiteral("Diabetesmottagningen")));

    f.select(QStringLiteral("c2"));
    f.find<QPushButton>(QStringLiteral("cancelButton"))->click();
    auto* cancel = DeskFixture::waitForDialog<vk::CancelContactDialog>();
    ASSERT_NE(cancel, nullptr);
    EXPECT_FALSE(okButton(cancel)->isEnabled()) << "a reason is required";
    auto* reason = cancel->findChild<QComboBox*>(QStringLiteral("cancelReason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("spam")));
    okButton(cancel)->click();
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(f.status(QStringLiteral("c2")), QStringLiteral("cancelled"));
    const QList<QJsonObject> cancels = f.outbox(QStringLiteral("cancel"));
    ASSERT_EQ(cancels.size(), 1);
    EXPECT_EQ(cancels.front().value(QStringLiteral("reason")).toString(), QStringLiteral("spam"));
}

TEST(ContactDetail, AccessIsLoggedExactlyOncePerOpening) {
    DeskFixture f;
    f.start();
    EXPECT_EQ(f.outbox(QStringLiteral("log_access")).size(), 0) << "nothing opened yet";
    f.select(QStringLiteral("c1"));
    EXPECT_EQ(f.accessLogs(QStringLiteral("c1")), 1);
    const QJsonObject entry = f.outbox(QStringLiteral("log_access")).front();
    EXPECT_EQ(entry.value(QStringLiteral("patient_id")).toString(), QStringLiteral("p1"));
    EXPECT_EQ(entry.value(QStringLiteral("unit_id")).toString(), QStringLiteral("u1"));
    EXPECT_EQ(entry.value(QStringLiteral("action")).toString(), QStringLiteral("open_contact"));

    DeskFixture::press(Qt::Key_C); // a change and refresh of the open contact is not another opening
    f.detail->refreshContacts({QStringLiteral("c1")});
    DeskFixture::press(Qt::Key_Return); // Enter on the contact already shown
    EXPECT_EQ(f.accessLogs(QStringLiteral("c1")), 1);

    f.select(QStringLiteral("c2"));
    EXPECT_EQ(f.accessLogs(QStringLiteral("c2")), 1);
    f.select(QStringLiteral("c1"));
    EXPECT_EQ(f.accessLogs(QStringLiteral("c1")), 2) << "coming back is a new opening";
    f.select(QStringLiteral("v1"));
    EXPECT_EQ(f.accessLogs(QStringLiteral("v1")), 0) << "an unidentified caller has no patient to log";
}

TEST(ContactDetail, IdentityIsVerifiedWithAValidNumberOnly) {
    DeskFixture f;
    f.start();
    f.select(QStringLiteral("c1"));
    auto* warning = f.find<QLabel>(QStringLiteral("headerIdentityWarning"));
    EXPECT_TRUE(warning->isVisible()) << "a callback's caller is not identified";
    f.find<QPushButton>(QStringLiteral("verifyIdentityButton"))->click();
    auto* verify = DeskFixture::waitForDialog<vk::VerifyIdentityDialog>();
    ASSERT_NE(verify, nullptr);
    EXPECT_EQ(verify->findChild<QLineEdit*>(QStringLiteral("identityName"))->text(),
              QStringLiteral("Åsa Lindqvist"));
    DeskFixture::type(QStringLiteral("19640823-3235"));
    EXPECT_FALSE(okButton(verify)->isEnabled()) << "a wrong check digit";
    EXPECT_FALSE(verify->findChild<QLabel*>(QStringLiteral("identityProblem"))->text().isEmpty());
    DeskFixture::press(Qt::Key_Backspace);
    DeskFixture::type(QStringLiteral("4"));
    ASSERT_TRUE(okButton(verify)->isEnabled());
    DeskFixture::press(Qt::Key_Return);
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(
        f.cache.scalar(QStringLiteral("SELECT identity_verified FROM contacts WHERE id = 'c1'")).toInt(), 1);
    const QList<QJsonObject> verified = f.outbox(QStringLiteral("verify_identity"));
    ASSERT_EQ(verified.size(), 1);
    EXPECT_EQ(verified.front().value(QStringLiteral("id_value")).toString(), QStringLiteral("196408233234"));
    EXPECT_FALSE(warning->isVisible());
    EXPECT_FALSE(f.find<QPushButton>(QStringLiteral("verifyIdentityButton"))->isVisible());
}

TEST(ContactDetail, NotReachedAsksForTheNextStepAndRebookReopens) {
    DeskFixture f;
    f.cache.exec(QStringLiteral("UPDATE units SET max_callback_attempts = 2"));
    f.cache.exec(QStringLiteral("UPDATE callback_requests SET booked_slot = '2026-11-23T09:30:00.000Z' "
                                "WHERE contact_id = 'c1'"));
    f.start();
    f.select(QStringLiteral("c1"));
    EXPECT_TRUE(
        f.find<QLabel>(QStringLiteral("callbackEarlyWarning"))->text().contains(QStringLiteral("early")))
        << "a booked callback says that calling early also counts as a miss";
    ASSERT_TRUE(f.actions.claim(QStringLiteral("c1")).ok());
    for (const char* outcome : {"busy", "no_answer"}) {
        DeskFixture::press(Qt::Key_L);
        auto* attempt = DeskFixture::waitForDialog<vk::LogAttemptDialog>();
        ASSERT_NE(attempt, nullptr);
        EXPECT_TRUE(attempt->findChild<QLabel*>(QStringLiteral("attemptWarning"))->isVisible())
            << "the slot has not started yet";
        auto* outcomes = attempt->findChild<QListWidget*>(QStringLiteral("attemptOutcome"));
        for (int row = 0; row < outcomes->count(); ++row) {
            if (outcomes->item(row)->data(Qt::UserRole).toString() == QLatin1String(outcome)) {
                outcomes->item(row)->setSelected(true);
            }
        }
        okButton(attempt)->click();
        ASSERT_TRUE(f.waitForNoDialog());
    }
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("not_reached"));
    auto* banner = f.find<QWidget>(QStringLiteral("notReachedBanner"));
    EXPECT_TRUE(banner->isVisible());

    banner->findChild<QPushButton*>(QStringLiteral("notReachedRebook"))->click();
    auto* rebook = DeskFixture::waitForDialog<vk::RebookDialog>();
    ASSERT_NE(rebook, nullptr);
    const QDateTime slot = rebook->slot();
    EXPECT_GT(slot, vk::test::DeskNow);
    okButton(rebook)->click();
    ASSERT_TRUE(f.waitForNoDialog());
    EXPECT_EQ(f.status(QStringLiteral("c1")), QStringLiteral("claimed"));
    EXPECT_EQ(f.outbox(QStringLiteral("rebook")).size(), 1);
    EXPECT_FALSE(banner->isVisible());
}

TEST(ContactDetail, CopyNumberHelpAndEscapeBackToTheList) {
    DeskFixture f;
    f.start();
    f.select(QStringLiteral("c1"));
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("copyNumberButton")), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("+46701234567"));
    f.clipboard.clearIfOurs();

    DeskFixture::press(Qt::Key_Return);
    ASSERT_TRUE(f.detail->isAncestorOf(QApplication::focusWidget()));
    DeskFixture::press(Qt::Key_Escape);
    EXPECT_TRUE(f.list()->table()->hasFocus()) << "Esc goes back from the contact to the list";

    DeskFixture::press(Qt::Key_F1);
    auto* help = DeskFixture::waitForDialog<vk::ShortcutHelpDialog>();
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->findChild<QTableWidget*>(QStringLiteral("shortcutTable"))->rowCount(),
              vk::ShortcutHelpDialog::shortcuts().size());
    DeskFixture::press(Qt::Key_Escape);
    ASSERT_TRUE(f.waitForNoDialog());
}

TEST(ContactDetail, EveryControlHasAnAccessibleNameOrText) {
    DeskFixture f;
    f.start();
    for (const QString& id : {QStringLiteral("c1"), QStringLiteral("v1"), QStringLiteral("e1")}) {
        f.select(id);
        for (QWidget* control : f.detail->findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QAbstractButton*>(control) != nullptr ||
                                     qobject_cast<QAbstractSlider*>(control) != nullptr ||
                                     qobject_cast<QComboBox*>(control) != nullptr ||
                                     qobject_cast<QPlainTextEdit*>(control) != nullptr ||
                                     qobject_cast<QLineEdit*>(control) != nullptr;
            if (!interactive || !control->isVisible()) {
                continue;
            }
            const auto* button = qobject_cast<QAbstractButton*>(control);
            EXPECT_FALSE(control->accessibleName().isEmpty() &&
                         (button == nullptr || button->text().isEmpty()))
                << control->objectName().toStdString() << " in " << id.toStdString();
        }
    }
}

TEST(ContactDetail, UnsentReplyIsConfirmedThroughTheMessageBoxWrapper) {
    DeskFixture f;
    f.start();
    f.select(QStringLiteral("e1"));
    DeskFixture::press(Qt::Key_R);
    DeskFixture::type(QStringLiteral("Utkast"));
    (void)vk::MessageBox::takeQuestionCount();
    vk::MessageBox::setNextAnswer(QMessageBox::No);
    f.detail->complete();
    EXPECT_EQ(vk::MessageBox::takeQuestionCount(), 1);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "answering No keeps the draft and opens nothing";
    EXPECT_EQ(f.find<QPlainTextEdit>(QStringLiteral("replyEditor"))->toPlainText(), QStringLiteral("Utkast"));
    vk::MessageBox::setNextAnswer(QMessageBox::Yes);
    f.detail->complete();
    auto* completion = DeskFixture::waitForDialog<vk::CompleteDialog>();
    ASSERT_NE(completion, nullptr);
    DeskFixture::press(Qt::Key_Escape);
    ASSERT_TRUE(f.waitForNoDialog());
}

TEST(ContactDetail, RefusalsAreShownInWordsInThePane) {
    DeskFixture f;
    f.cache.exec(QStringLiteral(
        "INSERT INTO staff (id, hsa_id, login, name) VALUES ('s2', 'h-s2', 'bo.ek', 'Bo Ek')"));
    f.cache.exec(QStringLiteral("UPDATE contacts SET status = 'claimed', claimed_by = 's2' WHERE id = 'c1'"));
    f.start();
    f.select(QStringLiteral("c1"));
    EXPECT_EQ(f.find<QLabel>(QStringLiteral("headerStatus"))->text(), QStringLiteral("Claimed by Bo Ek"));
    DeskFixture::press(Qt::Key_C);
    EXPECT_EQ(f.detail->problemText(), QStringLiteral("Bo Ek is already handling this contact."));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "no message box: the words are in the pane";
    EXPECT_TRUE(f.outbox(QStringLiteral("claim")).isEmpty());
}
