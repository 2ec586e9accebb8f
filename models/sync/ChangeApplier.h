#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <memory>

namespace vk {

struct ReplicatedTable;

/// One row of the region store's change feed as the desk receives it.
struct ChangeRow {
    QString entity; ///< table name
    bool deleted = false;
    QJsonObject row; ///< to_jsonb of the row (for a delete: at least its key columns)
};

/// What a batch changed, for the item models and for re-applying pending local changes.
struct AppliedChanges {
    QSet<QString> contacts;        ///< contacts whose inbox row may look different now
    QSet<QString> removedContacts; ///< contacts the user can no longer see
    QSet<QString> patients;        ///< patients whose panel may look different now
    QSet<QString> entities;        ///< every id a pending mutation may refer to (contact, plan, care contact)
    bool referenceData = false;    ///< units, staff, memberships or codes changed
};

/// Writes pulled rows into the cache: table and column names come from the replicated-table whitelist and the
/// cache's own schema, values are always bound. Call inside a write transaction.
class ChangeApplier {
public:
    explicit ChangeApplier(QSqlDatabase database);

    [[nodiscard]] Status apply(const ChangeRow& change, AppliedChanges& applied);
    /// The cache's storage form of a JSON value from the region store for one column.
    [[nodiscard]] static QVariant toCacheValue(const ReplicatedTable& table, const QString& column,
                                               const QJsonValue& value);
    /// A PostgreSQL timestamptz as rendered in JSON ("2026-11-23T10:30:00.123456+01:00") in the cache's form.
    [[nodiscard]] static QString timestampToStorage(const QString& text);

private:
    [[nodiscard]] Result<QStringList> columnsOf(const QString& table);
    [[nodiscard]] Result<QSqlQuery*> statement(const QString& sql);
    /// Runs a cached statement with `values`; returns the number of rows it changed.
    [[nodiscard]] Result<int> runCounting(const QString& sql, const QVariantList& values);
    [[nodiscard]] Status run(const QString& sql, const QVariantList& values);

    QSqlDatabase m_database;
    QHash<QString, QStringList> m_columns;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; ///< prepared once per table and column set
};

} // namespace vk
