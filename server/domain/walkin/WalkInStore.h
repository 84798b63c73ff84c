// The walk-in domain's SQL: applications, their materials, authorization
// letters, the query log. WalkInService holds the rules, transactions and audit.
#pragma once

#include "WalkInProtocol.h"
#include "domain/Sql.h"
#include "domain/walkin/WalkInRules.h"

#include <QSqlDatabase>

namespace cp::server {

class WalkInStore
{
  public:
    explicit WalkInStore(QSqlDatabase db) : m_db(std::move(db)) {}

    walkin::Letter letter(qint64 letterId);

  private:
    QSqlDatabase m_db;
};

} // namespace cp::server
