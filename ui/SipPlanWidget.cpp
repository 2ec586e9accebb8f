#include "SipPlanWidget.h"

#include "ConflictNoticeWidget.h"
#include "ContactTexts.h"
#include "SipPlanHtml.h"
#include "SipTexts.h"
#include "sip/SipActions.h"
#include "sip/SipNoteHistory.h"
#include "sip/SipRepository.h"
#include "sip/SipRequirements.h"
#include "sync/DeskActions.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vk {

namespace {

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

enum NoteColumn { Written, Author, Text, Action, Responsible, Due, ColumnCount };

} // namespace

SipPlanWidget::SipPlanWidget(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_conflicts(new ConflictNoticeWidget(this))
    , m_planChoice(new QComboBox(this))
    , m_empty(new QLabel(tr("The patient has no SIP at your units."), this))
    , m_missing(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_notes(new QTreeWidget(this))
    , m_create(button(tr("New SIP…"), QStringLiteral("sipCreate"), this))
    , m_edit(button(tr("Edit plan…"), QStringLiteral("sipEdit"), this))
    , m_addNote(button(tr("New note…"), QStringLiteral("sipAddNote"), this))
    , m_correct(button(tr("Correct note…"), QStringLiteral("sipCorrectNote"), this))
    , m_addMeeting(button(tr("Record meeting…"), QStringLiteral("sipAddMeeting"), this))
    , m_export(button(tr("Print to PDF…"), QStringLiteral("sipExport"), this)) {
    setObjectName(QStringLiteral("sipPlanWidget"));
    setAccessibleName(tr("SIP, samordnad individuell plan"));
    m_conflicts->setObjectName(QStringLiteral("sipConflicts"));
    m_planChoice->setObjectName(QStringLiteral("sipPlanChoice"));
    m_planChoice->setAccessibleName(tr("The patient's SIP plans"));
    m_empty->setObjectName(QStringLiteral("sipEmpty"));
    m_missing->setObjectName(QStringLiteral("sipMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    m_missing->setAutoFillBackground(true);
    m_missing->setMargin(6);
    m_problem->setObjectName(QStringLiteral("sipProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->hide();
    m_view->setObjectName(QStringLiteral("sipPlanView"));
    m_view->setAccessibleName(tr("The plan"));
    m_view->setOpenLinks(false);
    m_notes->setObjectName(QStringLiteral("sipNotes"));
    m_notes->setAccessibleName(tr("Coordination notes"));
    m_notes->setColumnCount(ColumnCount);
    m_notes->setHeaderLabels(
        {tr("Written"), tr("Author"), tr("Note"), tr("Action"), tr("Responsible"), tr("Due")});
    m_notes->header()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_notes->setColumnWidth(Written, 150);
    m_notes->setColumnWidth(Author, 130);
    m_notes->setColumnWidth(Action, 170);
    m_notes->setColumnWidth(Responsible, 150);
    m_notes->setWordWrap(true);
    m_notes->setUniformRowHeights(false);
    m_create->setToolTip(tr("Draw up a new SIP with the person's consent"));
    m_export->setToolTip(tr("The export is logged as an access to the patient's data"));

    auto* actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_planChoice, 1);
    for (QPushButton* b : {m_create, m_edit, m_addNote, m_correct, m_addMeeting, m_export}) {
        actionsRow->addWidget(b);
    }
    auto* notesBox = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    auto* notesTitle = new QLabel(
        tr("<b>Coordination notes</b> (appended, never changed; a correction is a new note)"), notesBox);
    notesLayout->addWidget(notesTitle);
    notesLayout->addWidget(m_notes, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(notesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflicts);
    layout->addLayout(actionsRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_empty);
    layout->addWidget(m_missing);
    layout->addWidget(splitter, 1);

    connect(m_planChoice, &QComboBox::activated, this,
            [this](int index) { showPlan(m_planChoice->itemData(index).toString()); });
    connect(m_create, &QPushButton::clicked, this, &SipPlanWidget::createPlan);
    connect(m_edit, &QPushButton::clicked, this, &SipPlanWidget::editPlan);
    connect(m_addNote, &QPushButton::clicked, this, &SipPlanWidget::addNote);
    connect(m_correct, &QPushButton::clicked, this, &SipPlanWidget::correctNote);
    connect(m_addMeeting, &QPushButton::clicked, this, &SipPlanWidget::addMeeting);
    connect(m_export, &QPushButton::clicked, this, &SipPlanWidget::exportWithDialog);
    connect(m_notes, &QTreeWidget::currentItemChanged, this,
            [this] { m_correct->setEnabled(m_plan.has_value() && m_notes->currentItem() != nullptr); });
    showCurrentPlan();
}

SipPlanWidget::~SipPlanWidget() = default;

void SipPlanWidget::setSource(DatabaseSource database, ActionsSource actions) {
    m_database = std::move(database);
    m_actions = std::move(actions);
    // Conflicts recorded before the widget was given its cache were shown where they happened (the main
    // window's notice area); only new ones come here.
    const QSqlDatabase db = this->database();
    Result<qint64> last = db.isValid() ? SipRepository(db).lastConflictId() : Result<qint64>(0);
    m_lastConflictId = last ? last.value() : 0;
    refresh();
}

QSqlDatabase SipPlanWidget::database() const {
    return m_database ? m_database() : QSqlDatabase();
}

Status SipPlanWidget::perform(const std::function<Status(SipActions&)>& action) {
    const QSqlDatabase db = database();
    DeskActions* desk = m_actions ? m_actions() : nullptr;
    if (!db.isValid() || !db.isOpen() || desk == nullptr) {
        return Error{QStringLiteral("sip.not_ready"),
                     tr("The desk is locked or has not finished its first sync yet. Try again in a moment.")};
    }
    SipActions sip(*desk, db, m_clock);
    Status done = action(sip);
    if (done) {
        showProblem(QString());
        refresh();
    }
    return done;
}

void SipPlanWidget::showPatient(const QString& patientId) {
    if (patientId != m_patientId) {
        m_patientId = patientId;
        m_planId.clear();
        showProblem(QString());
    }
    refresh();
}

void SipPlanWidget::showPlan(const QString& planId) {
    m_planId = planId;
    m_problem->hide();
    showCurrentPlan();
}

void SipPlanWidget::refresh() {
    if (!database().isValid() || !database().isOpen()) {
        m_plan.reset();
        m_planChoice->clear();
        showCurrentPlan();
        return;
    }
    reloadPlanChoice();
    showCurrentPlan();
    showConflicts();
}

void SipPlanWidget::reloadPlanChoice() {
    Result<QStringList> ids = SipRepository(database()).planIdsForPatient(m_patientId);
    if (!ids) {
        showProblem(ids.error().message);
        return;
    }
    if (m_planId.isEmpty() || !ids->contains(m_planId)) {
        m_planId = ids->isEmpty() ? QString() : ids->constFirst();
    }
    const QSignalBlocker blocker(m_planChoice);
    m_planChoice->clear();
    for (const QString& id : ids.value()) {
        Result<SipPlan> plan = SipRepository(database()).load(id);
        if (!plan) {
            continue;
        }
        m_planChoice->addItem(tr("SIP from %1, %2")
                                  .arg(SipTexts::orDash(SipTexts::dateText(
                                           plan->startDate.isValid() ? plan->startDate : plan->consentDate)),
                                       plan->unitName),
                              id);
    }
    m_planChoice->setCurrentIndex(m_planChoice->findData(m_planId));
    m_planChoice->setVisible(m_planChoice->count() > 1);
}

void SipPlanWidget::showCurrentPlan() {
    m_plan.reset();
    if (!m_planId.isEmpty() && database().isValid() && database().isOpen()) {
        Result<SipPlan> plan = SipRepository(database()).load(m_planId);
        if (plan) {
            m_plan = std::move(plan.value());
        } else {
            showProblem(plan.error().message);
        }
    }
    const bool has = m_plan.has_value();
    m_create->setEnabled(!m_patientId.isEmpty());
    for (QPushButton* b : {m_edit, m_addNote, m_addMeeting, m_export}) {
        b->setEnabled(has);
    }
    m_correct->setEnabled(has && m_notes->currentItem() != nullptr);
    m_empty->setVisible(!has && !m_patientId.isEmpty());
    m_missing->setVisible(has);
    m_view->setVisible(has);
    m_notes->parentWidget()->setVisible(has);
    if (!has) {
        m_notes->clear();
        m_view->clear();
        return;
    }
    const QString missing = SipPlanHtml::missingElements(*m_plan);
    QPalette palette = m_missing->palette();
    if (missing.isEmpty()) {
        m_missing->setText(tr("The plan states all four elements the law requires."));
        palette.setColor(QPalette::Window, QColor(0xe7, 0xf4, 0xe4));
    } else {
        m_missing->setText(
            QStringLiteral("<b>%1</b>%2")
                .arg(tr("Required by law and still missing from the plan:").toHtmlEscaped(), missing));
        palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    }
    m_missing->setPalette(palette);
    m_missing->setAccessibleName(m_missing->text());
    const int scroll = m_view->verticalScrollBar() != nullptr ? m_view->verticalScrollBar()->value() : 0;
    m_view->setHtml(SipPlanHtml::render(*m_plan, SipPlanHtml::Part::Plan));
    m_view->verticalScrollBar()->setValue(scroll);
    fillNotes(*m_plan);
}

void SipPlanWidget::fillNotes(const SipPlan& plan) {
    const QString current = m_notes->currentItem() != nullptr
                                ? m_notes->currentItem()->data(0, Qt::UserRole).toString()
                                : QString();
    m_notes->clear();
    const SipNoteHistory history(plan.notes);
    QHash<QString, QTreeWidgetItem*> items;
    for (const SipPlan::Note& note : history.notes()) {
        QTreeWidgetItem* parent = items.value(note.correctsNoteId);
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_notes);
        item->setData(0, Qt::UserRole, note.id);
        item->setText(Written, ContactTexts::dateTimeText(note.writtenMs));
        item->setText(Author, SipTexts::orDash(note.authorName));
        QString text = note.body;
        if (!note.correctsNoteId.isEmpty()) {
            text = tr("Correction: %1").arg(note.body);
        }
        if (history.isCorrected(note.id)) {
            QFont font = item->font(Text);
            font.setItalic(true);
            item->setFont(Text, font);
            item->setToolTip(Text, tr("Corrected by a later note (shown below it)"));
            text = tr("%1 (corrected)").arg(text);
        }
        item->setText(Text, text);
        item->setText(Action, note.action);
        item->setText(Responsible, note.actionResponsible);
        item->setText(Due, SipTexts::dateText(note.actionDue));
        items.insert(note.id, item);
        if (note.id == current) {
            m_notes->setCurrentItem(item);
        }
    }
    m_notes->expandAll();
}

void SipPlanWidget::showConflicts() {
    if (m_planId.isEmpty()) {
        return;
    }
    Result<std::vector<SipRepository::Conflict>> conflicts =
        SipRepository(database()).conflictsAfter(m_planId, m_lastConflictId);
    if (!conflicts) {
        return;
    }
    for (const SipRepository::Conflict& conflict : conflicts.value()) {
        m_conflicts->addConflict(QString(), conflict.message);
        m_lastConflictId = std::max(m_lastConflictId, conflict.id);
    }
}

void SipPlanWidget::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace vk
