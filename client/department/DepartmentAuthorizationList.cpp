#include "department/DepartmentAuthorizationList.h"

#include "department/DepartmentApi.h"
#include "department/DepartmentTerms.h"
#include "ui_DepartmentAuthorizationList.h"

namespace cp::client {

DepartmentAuthorizationList::DepartmentAuthorizationList(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DepartmentAuthorizationList>())
{
    ui->setupUi(this);
    ui->errorLabel->setTextFormat(Qt::PlainText);
    DepartmentTerms::fillAuthorizationTable(ui->authorizationsTable, {});
    connect(ui->refreshButton, &QPushButton::clicked, this, &DepartmentAuthorizationList::refresh);
}

DepartmentAuthorizationList::~DepartmentAuthorizationList() = default;

void DepartmentAuthorizationList::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DepartmentAuthorizationList::refresh()
{
    if (!m_api)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    ui->errorLabel->hide();
    m_api->authorizations(
        QStringLiteral("all"), this,
        [this](const ApiResult& r, const QList<cp::protocol::BAuthorization>& list) {
            m_loading = false;
            if (m_again) {
                m_again = false;
                refresh();
                return;
            }
            if (!r.ok()) {
                ui->errorLabel->setText(r.userMessage());
                ui->errorLabel->show();
                return;
            }
            m_list = list;
            DepartmentTerms::fillAuthorizationTable(ui->authorizationsTable, m_list);
            int pending = 0;
            for (const auto& a : m_list)
                pending += a.status == QLatin1String("pending") ? 1 : 0;
            ui->countLabel->setText(
                tr("%n request(s), %1 awaiting a decision.", nullptr, int(m_list.size())).arg(pending));
            Q_EMIT loaded();
        });
}

} // namespace cp::client
