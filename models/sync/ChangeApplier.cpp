#include "ChangeApplier.h"

#include "ReplicatedTables.h"
#include "domain/UtcTimestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace vk {

namespace {

Error applyError(const QString& detail) {
    return Error{QStringLiteral("sync.apply_failed"),
                 QCoreApplication::translate(
                     "vk::ChangeApplier", "A change from the region store could not be saved locally (%1).")
                     .arg(detail)};
}

} // namespace

ChangeApplier::ChangeApplier(QSqlDatabase database)
    : m_database(std::move(database)) {}

QString ChangeApplier::timestampToStorage(const QString& text) {
    // The common case: the store renders UTC ("+00:00"); convert by hand, the pull of a whole region does
    // this for every row. Anything else goes through QDateTime, which understands every ISO-8601 offset.
    if (text.size() >= 25 && text.endsWith(QLatin1String("+00:00")) && text.at(10) == QLatin1Char('T')) {
        QString millis = QStringLiteral("000");
        if (text.at(19) == QLatin1Char('.')) {
            const QStringView fraction = QStringView(text).mid(20, text.size() - 26);
            for (qsizetype i = 0; i < 3 && i < fraction.size(); ++i) {
                millis[i] = fraction[i];
            }
        }
        const QString candidate = text.left(19) + QLatin1Char('.') + millis + QLatin1Char('Z');
        if (UtcTimestamp::toMs(candidate)) {
            return candidate;
        }
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? UtcTimestamp::fromMs(parsed.toMSecsSinceEpoch()) : text;
}

QVariant ChangeApplier::toCacheValue(const ReplicatedTable& table, const QString& column,
                                     const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto integral = static_cast<qint64>(number);
        return static_cast<double>(integral) == number ? QVariant(integral) : QVariant(number);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (table.timestampColumns.contains(column)) {
            return timestampToStorage(text);
        }
        if (table.byteaColumns.contains(column)) {
            return text.startsWith(QLatin1String("\\x")) ? QByteArray::fromHex(text.mid(2).toLatin1())
                                                         : text.toUtf8();
        }
        return text;
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

Result<QStringList> ChangeApplier::columnsOf(const QString& table) {
    const auto cached = m_columns.constFind(table);
    if (cached != m_columns.constEnd()) {
        return *cached;
    }
    // The table name is from the whitelist, not from the wire, so it may be spliced into the PRAGMA.
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        return applyError(query.lastError().nativeErrorCode());
    }
    QStringList columns;
    while (query.next()) {
        columns << query.value(1).toString();
    }
    m_columns.insert(table, columns);
    return columns;
}

Result<QSqlQuery*> ChangeApplier::statement(const QString& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database);
        if (!query->prepare(sql)) {
            return applyError(query->lastError().nativeErrorCode());
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second.get();
}

Result<int> ChangeApplier::runCounting(const QString& sql, const QVariantList& values) {
    Result<QSqlQuery*> query = statement(sql);
    if (!query) {
        return query.error();
    }
    for (int i = 0; i < values.size(); ++i) {
        query.value()->bindValue(i, values.at(i));
    }
    if (!query.value()->exec()) {
        return applyError(query.value()->lastError().nativeErrorCode());
    }
    return query.value()->numRowsAffected();
}

Status ChangeApplier::run(const QString& sql, const QVariantList& values) {
    Result<int> done = runCounting(sql, values);
    if (!done) {
        return done.error();
    }
    return Done{};
}

Status ChangeApplier::apply(const ChangeRow& change, AppliedChanges& applied) {
    const ReplicatedTable* table = ReplicatedTables::find(change.entity);
    if (table == nullptr) {
        return Done{}; // a table this desk does not keep (statistics, audit): nothing to do
    }
    const QString tableName = QString::fromLatin1(table->name);
    Result<QStringList> cacheColumns = columnsOf(tableName);
    if (!cacheColumns) {
        return cacheColumns.error();
    }
    if (cacheColumns->isEmpty()) {
        return Done{}; // not in this cache's schema (yet)
    }
    for (const QString& key : table->keyColumns) {
        if (!change.row.contains(key) || change.row.value(key).isNull()) {
            return applyError(QStringLiteral("%1 without %2").arg(tableName, key));
        }
    }

    QStringList columns;
    QVariantList values;
    if (change.deleted) {
        columns = table->keyColumns;
    } else {
        for (const QString& column : std::as_const(cacheColumns.value())) {
            if (change.row.contains(column)) {
                columns << column;
            }
        }
    }
    for (const QString& column : std::as_const(columns)) {
        values << toCacheValue(*table, column, change.row.value(column));
    }

    if (change.deleted) {
        QStringList terms;
        for (const QString& key : std::as_const(columns)) {
            terms << key + QStringLiteral(" = ?");
        }
        if (Status done = run(
                QStringLiteral("DELETE FROM %1 WHERE %2").arg(tableName, terms.join(QStringLiteral(" AND "))),
                values);
            !done) {
            return done;
        }
    } else {
        // A row the cache does not have yet (nearly every row of a first pull) goes in with INSERT OR IGNORE:
        // a statement that cannot abort needs no statement journal, and SQLCipher encrypts every page written
        // to that journal, so OR REPLACE (which may abort on NOT NULL) costs several page encryptions per
        // row. An existing key (or any other refusal) leaves the IGNORE without effect, and OR REPLACE does
        // the update and reports a real constraint error.
        const QString columnList = columns.join(QLatin1Char(','));
        const QString placeholders = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
        Result<int> inserted = runCounting(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                               .arg(tableName, columnList, placeholders),
                                           values);
        if (!inserted) {
            return inserted.error();
        }
        if (inserted.value() == 0) {
            if (Status done = run(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                      .arg(tableName, columnList, placeholders),
                                  values);
                !done) {
                return done;
            }
        }
    }

    // Report what changed, for the models and for re-applying pending local changes.
    const QString firstKey = change.row.value(table->keyColumns.constFirst()).toString();
    if (tableName == QLatin1String("contacts")) {
        (change.deleted ? applied.removedContacts : applied.contacts).insert(firstKey);
    } else if (table->contactColumn != nullptr) {
        applied.contacts.insert(change.row.value(QLatin1String(table->contactColumn)).toString());
    }
    if (tableName == QLatin1String("patients")) {
        applied.patients.insert(firstKey);
    } else if (change.row.contains(QLatin1String("patient_id"))) {
        applied.patients.insert(change.row.value(QLatin1String("patient_id")).toString());
    }
    if (tableName == QLatin1String("care_contacts")) {
        // A named contact changes whose inbox the patient's contacts belong to ("Mina patienter").
        Result<QSqlQuery*> contacts =
            statement(QStringLiteral("SELECT id FROM contacts WHERE patient_id = ?"));
        if (!contacts) {
            return contacts.error();
        }
        contacts.value()->bindValue(0, change.row.value(QLatin1String("patient_id")).toString());
        if (!contacts.value()->exec()) {
            return applyError(contacts.value()->lastError().nativeErrorCode());
        }
        while (contacts.value()->next()) {
            applied.contacts.insert(contacts.value()->value(0).toString());
        }
    }
    if (tableName == QLatin1String("units") || tableName == QLatin1String("staff") ||
        tableName == QLatin1String("unit_members") || tableName == QLatin1String("codes")) {
        applied.referenceData = true;
    }
    applied.entities.insert(table->contactColumn != nullptr
                                ? change.row.value(QLatin1String(table->contactColumn)).toString()
                                : firstKey);
    if (change.row.contains(QLatin1String("plan_id"))) {
        applied.entities.insert(change.row.value(QLatin1String("plan_id")).toString());
    }
    return Done{};
}

} // namespace vk
