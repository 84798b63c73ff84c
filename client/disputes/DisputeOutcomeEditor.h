// The officer's outcome for each disputed record (seed 003 附件2.五): upheld,
// corrected (with the new title and content) or deleted. The new fields are
// open only for a correction.
#pragma once

#include "DisputeProtocol.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class DisputeOutcomeEditor;
}

namespace cp::client {

class DisputeOutcomeEditor : public QWidget
{
    Q_OBJECT
  public:
    explicit DisputeOutcomeEditor(QWidget* parent = nullptr);
    ~DisputeOutcomeEditor() override;

    /// One row per record; a returned result keeps what was proposed.
    void setRecords(const QList<cp::protocol::DisputedRecord>& records);
    QList<cp::protocol::DisputeOutcomeInput> outcomes() const;
    /// Sets a row as the officer would; false if the record is not listed.
    bool setOutcome(qint64 recordId, const QString& outcome, const QString& newTitle = {},
                    const QString& newContent = {});
    /// Shows a server message for "outcomes[i].…" at its row.
    void showError(const QString& field, const QString& message);
    void clearError();

  private:
    struct Row
    {
        qint64 recordId = 0;
        QComboBox* outcome = nullptr;
        QLineEdit* newTitle = nullptr;
        QLineEdit* newContent = nullptr;
    };
    void updateRow(const Row& row);

    std::unique_ptr<Ui::DisputeOutcomeEditor> ui;
    QList<Row> m_rows;
};

} // namespace cp::client
