// 现场查询申请表: the application as the clerk registers it — self-query or
// query of another subject with an authorization letter 授权委托书 (seed 003
// 附件1.五(一)–(三)). Identity numbers are checked while typing with the same
// shared validators the server uses; the server's field errors (details.field)
// are shown under the field they name.
#pragma once

#include "Validators.h"
#include "WalkInProtocol.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QComboBox;
class QAbstractButton;

namespace Ui {
class WalkInApplicationForm;
}

namespace cp::client {

class WalkInApplicationForm : public QWidget
{
    Q_OBJECT
  public:
    explicit WalkInApplicationForm(QWidget* parent = nullptr);
    ~WalkInApplicationForm() override;

    /// "self" | "other" and "natural" | "legal", as chosen now.
    QString kind() const;
    QString subjectKind() const;
    /// The application as entered (numbers normalised), ready for the codec.
    cp::protocol::WalkInApplicationInput input() const;

    /// Checks what the client can check before sending (identity-number check
    /// digits). Shows every problem inline and focuses the first; true if none.
    bool checkBeforeSending();
    /// Shows a server VALIDATION_FAILED message under the field details.field
    /// names and focuses it. False when the field is not on this form.
    bool showFieldError(const QString& field, const QString& message);
    /// AUTHORIZATION_REFUSED: marks the part of the letter details.reason is about.
    void showLetterProblem(const QString& reason, const QString& message);
    void clearErrors();

    /// Registered applications are read-only.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    /// Shows an application opened from the pending list (what the server returns of it).
    void showApplication(const cp::protocol::WalkInApplication& application);
    /// Empties the form for the next applicant and puts the cursor in the first field.
    void reset();
    void focusFirstField();

  Q_SIGNALS:
    /// Enter was pressed in a field: run the next step.
    void submitRequested();
    /// Application type or subject kind changed (the required materials differ).
    void kindsChanged();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    struct FieldSlot
    {
        QWidget* field = nullptr;
        QLabel* error = nullptr;
    };
    void fillChoices();
    void wireFields();
    void updateModes();
    void alignLabelColumns();
    void checkIdField(QLineEdit* edit, QLabel* error, std::optional<cp::IdKind> kind, bool final);
    std::optional<cp::IdKind> idKindFor(const QComboBox* idTypeCombo) const;
    void setError(QWidget* field, QLabel* label, const QString& message);
    void clearError(QWidget* field, QLabel* label);
    QStringList checkedCategories() const;

    std::unique_ptr<Ui::WalkInApplicationForm> ui;
    QHash<QString, FieldSlot> m_fields;                // server field name → where to show it
    QHash<QString, QAbstractButton*> m_categoryChecks; // category code → check box
    bool m_locked = false;
};

} // namespace cp::client
