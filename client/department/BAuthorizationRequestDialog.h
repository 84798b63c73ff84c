// B 类授权申请: a department user asks for access to one subject's class B
// (authorized) records, naming the purpose, the legal basis or the subject's
// consent and the validity wanted; a credit-centre officer decides (seed 000 §18).
#pragma once

#include "DepartmentProtocol.h"
#include "department/DepartmentApi.h"

#include <QDialog>
#include <memory>

namespace Ui {
class BAuthorizationRequestDialog;
}

namespace cp::client {

class BAuthorizationRequestDialog : public QDialog
{
    Q_OBJECT
  public:
    BAuthorizationRequestDialog(DepartmentApi& api, const cp::protocol::SubjectSummary& subject,
                                const QList<QueryPurpose>& purposes, QWidget* parent = nullptr);
    ~BAuthorizationRequestDialog() override;

    void setPurposeCode(const QString& code);
    void setPurposeText(const QString& text);
    void submit();

  Q_SIGNALS:
    void requested(const cp::protocol::BAuthorization& authorization);

  private:
    void showError(const QString& message, QWidget* field);

    std::unique_ptr<Ui::BAuthorizationRequestDialog> ui;
    DepartmentApi& m_api;
    qint64 m_subjectId;
    bool m_busy = false;
};

} // namespace cp::client
