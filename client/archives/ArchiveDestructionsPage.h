// 销毁登记: the archivist's destruction lists (seed 004 §30) — the named person
// counts and checks, the approved list is destroyed with time, place, method,
// people and problems recorded, and the signed 销毁清册 is printed.
// DestructionApprovalPage (审批) shows the checked lists to the approver.
#pragma once

#include "ArchiveProtocol.h"
#include "archives/ArchivesApi.h"
#include "common/DeskListPage.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ArchiveDestructionsPage;
class DestructionApprovalPage;
} // namespace Ui

namespace cp::client {

class ApiClient;

class ArchiveDestructionsPage : public DeskListPage
{
    Q_OBJECT
  public:
    explicit ArchiveDestructionsPage(ApiClient& api, QWidget* parent = nullptr);
    ~ArchiveDestructionsPage() override;

    /// Filters of setFilter(): open | all | destroyed.
    void refresh() override;
    QList<cp::protocol::Destruction> lists() const { return m_lists; }
    void selectList(qint64 id);
    std::optional<cp::protocol::Destruction> selectedList() const;
    std::optional<cp::protocol::Report> lastDocument() const { return m_document; }

    void check(int counted, const QString& note);
    void execute(const cp::protocol::DestructionExecutionInput& input);
    void loadList(); // the selected list's signed document

  Q_SIGNALS:
    void loaded();
    void stepDone(bool ok);

  private:
    void fill();
    void showItems();
    void updateButtons();
    void step(const QString& action, const QJsonObject& body, const QString& done);

    std::unique_ptr<Ui::ArchiveDestructionsPage> ui;
    ArchivesApi m_api;
    DeskLatestOnly m_latest;
    QList<cp::protocol::Destruction> m_lists;
    std::optional<cp::protocol::Report> m_document;
};

class DestructionApprovalPage : public DeskListPage
{
    Q_OBJECT
  public:
    explicit DestructionApprovalPage(ApiClient& api, QWidget* parent = nullptr);
    ~DestructionApprovalPage() override;

    void refresh() override;
    QList<cp::protocol::Destruction> lists() const { return m_lists; }
    void selectList(qint64 id);
    void approve(const QString& note);
    void reject(const QString& reason);

  Q_SIGNALS:
    void loaded();
    void stepDone(bool ok);

  private:
    void decide(const QString& action, const QJsonObject& body);
    std::optional<cp::protocol::Destruction> selected() const;

    std::unique_ptr<Ui::DestructionApprovalPage> ui;
    ArchivesApi m_api;
    DeskLatestOnly m_latest;
    QList<cp::protocol::Destruction> m_lists;
};

} // namespace cp::client
