// Direct reads and writes of a test server's database (or any connection to
// one): for setting up states no request makes, and for checking what was stored.
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace cp::test {

class TestServer;

/// The server's own connection.
QSqlDatabase databaseOf(TestServer& s);

/// The first column of the first row; an invalid QVariant if the statement
/// fails or selects nothing.
QVariant scalarIn(QSqlDatabase db, const QString& sql, const QVariantList& values = {});
QVariant scalar(TestServer& s, const QString& sql, const QVariantList& values = {});

/// Runs a statement; "" on success, else the error and the statement.
QString execIn(QSqlDatabase db, const QString& sql, const QVariantList& values = {});

/// Runs a statement on the server's database (fatal on failure); the inserted row's id.
qint64 insert(TestServer& s, const QString& sql, const QVariantList& values);

/// The first column of every row, as text (fatal on failure).
QSet<QString> columnIn(QSqlDatabase db, const QString& sql);

} // namespace cp::test
