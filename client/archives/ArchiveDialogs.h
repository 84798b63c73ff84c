// The small forms of the archive room: filing into a volume, registering a loan,
// registering a return with each item's condition, a decision with a note (approve,
// reject, cancel, renew, count and check), proposing a destruction list and
// recording a destruction. Each collects and checks its fields for the user's
// comfort; the server decides (its Chinese message is shown by the page).
#pragma once

#include "ArchiveProtocol.h"
#include "net/ApiResult.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class ArchiveFilingDialog;
class ArchiveLoanDialog;
class ArchiveReturnDialog;
class ArchiveStepDialog;
class ArchiveDestructionDialog;
class ArchiveExecutionDialog;
} // namespace Ui

namespace cp::client {

class ArchiveFilingDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit ArchiveFilingDialog(QWidget* parent = nullptr);
    ~ArchiveFilingDialog() override;
    void setValues(const QString& volume, const cp::protocol::ArchiveLocation& at);
    cp::protocol::FilingInput input(const QList<qint64>& itemIds) const;
    void accept() override;

  private:
    std::unique_ptr<Ui::ArchiveFilingDialog> ui;
};

class ArchiveLoanDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit ArchiveLoanDialog(QWidget* parent = nullptr);
    ~ArchiveLoanDialog() override;
    void setItems(const QList<cp::protocol::ArchiveItem>& items);
    void setStaff(const QList<cp::protocol::StaffMember>& staff);
    void setToday(const QDate& today);
    /// For tests and keyboard users alike: pick by account id / mode code.
    void setValues(qint64 borrowerId, const QString& mode, const QString& purpose, const QDate& returnBy);
    cp::protocol::LoanRequestInput input() const;
    void accept() override;

  private:
    void modeChanged();
    std::unique_ptr<Ui::ArchiveLoanDialog> ui;
    QList<qint64> m_itemIds;
    QDate m_today;
};

class ArchiveReturnDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit ArchiveReturnDialog(QWidget* parent = nullptr);
    ~ArchiveReturnDialog() override;
    void setLoan(const cp::protocol::ArchiveLoan& loan);
    void setCondition(int row, const QString& condition, const QString& note);
    cp::protocol::LoanReturnInput input() const;
    void accept() override;

  private:
    std::unique_ptr<Ui::ArchiveReturnDialog> ui;
    QList<qint64> m_itemIds;
};

class ArchiveStepDialog : public QDialog
{
    Q_OBJECT
  public:
    enum Field { NoteOptional = 0, NoteRequired = 1, WithDate = 2, WithCount = 4 };
    ArchiveStepDialog(const QString& title, const QString& prompt, int fields, QWidget* parent = nullptr);
    ~ArchiveStepDialog() override;
    void setValues(const QString& note, const QDate& date = {}, int count = 0);
    QString note() const;
    QDate date() const;
    int count() const;
    void accept() override;

  private:
    std::unique_ptr<Ui::ArchiveStepDialog> ui;
    int m_fields;
};

class ArchiveDestructionDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit ArchiveDestructionDialog(QWidget* parent = nullptr);
    ~ArchiveDestructionDialog() override;
    void setItems(const QList<cp::protocol::ArchiveItem>& items);
    /// Only archivists may count and check (seed 004 §30).
    void setStaff(const QList<cp::protocol::StaffMember>& staff);
    void setValues(qint64 checkerId, const QString& reason);
    cp::protocol::DestructionProposalInput input() const;
    void accept() override;

  private:
    std::unique_ptr<Ui::ArchiveDestructionDialog> ui;
    QList<qint64> m_itemIds;
};

class ArchiveExecutionDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit ArchiveExecutionDialog(QWidget* parent = nullptr);
    ~ArchiveExecutionDialog() override;
    void setValues(const cp::protocol::DestructionExecutionInput& in);
    cp::protocol::DestructionExecutionInput input() const;
    void accept() override;

  private:
    std::unique_ptr<Ui::ArchiveExecutionDialog> ui;
};

// What the archive pages do alike around these forms.
class ArchivesApi;

/// Shows the overdue-loan reminders on label (hidden when there are none), then loaded().
void showArchiveReminders(ArchivesApi& api, QWidget* page, QLabel* label, std::function<void()> loaded);
/// Fetches the signed document of this number; refused, the server's message is shown on
/// errorLabel and done gets nothing.
void fetchArchiveDocument(ArchivesApi& api, QWidget* page, QLabel* errorLabel, const QString& number,
                          std::function<void(const std::optional<cp::protocol::Report>&)> done);
/// A step's answer on a page: the server's message shown on errorLabel when it was refused
/// (false), else the label cleared (true).
bool showArchiveStepAnswer(QLabel* errorLabel, const ApiResult& r);

} // namespace cp::client
