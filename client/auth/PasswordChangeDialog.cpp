#include "auth/PasswordChangeDialog.h"

#include "net/ApiClient.h"
#include "ui_PasswordChangeDialog.h"

#include <QJsonArray>
#include <QListWidgetItem>
#include <QLocale>
#include <QPushButton>

namespace cp::client {

using cp::PasswordProblem;
using cp::protocol::ErrorCode;

namespace {

constexpr PasswordProblem kAllProblems[] = {PasswordProblem::TooShort, PasswordProblem::NoLetter,
                                            PasswordProblem::NoDigit, PasswordProblem::NoSpecial,
                                            PasswordProblem::HasWhitespaceOrControl};

bool ruleApplies(PasswordProblem p, const cp::PasswordPolicy& policy)
{
    switch (p) {
    case PasswordProblem::TooShort:
        return policy.minLength > 0;
    case PasswordProblem::NoLetter:
        return policy.requireLetter;
    case PasswordProblem::NoDigit:
        return policy.requireDigit;
    case PasswordProblem::NoSpecial:
        return policy.requireSpecial;
    case PasswordProblem::HasWhitespaceOrControl:
        return true;
    }
    return false;
}

enum class RuleState { Neutral, Met, Unmet };

void addRule(QListWidget* list, const QString& text, RuleState state)
{
    static const QColor kMet(0x1e, 0x7b, 0x34);
    static const QColor kUnmet(0xb3, 0x26, 0x1e);
    static const QColor kNeutral(0x60, 0x60, 0x60);
    const QString mark = state == RuleState::Met     ? QStringLiteral("✓  ")
                         : state == RuleState::Unmet ? QStringLiteral("✗  ")
                                                     : QStringLiteral("•  ");
    auto* item = new QListWidgetItem(mark + text, list);
    item->setForeground(state == RuleState::Met ? kMet : state == RuleState::Unmet ? kUnmet : kNeutral);
    item->setData(Qt::UserRole, state == RuleState::Unmet);
}

} // namespace

PasswordChangeDialog::PasswordChangeDialog(ApiClient& api, Mode mode, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::PasswordChangeDialog>()), m_api(api), m_mode(mode)
{
    ui->setupUi(this);
    QPushButton* ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    QPushButton* cancel = ui->buttonBox->button(QDialogButtonBox::Cancel);
    ok->setText(tr("Change Password"));
    ok->setIcon(QIcon()); // the platform's check/cross icons look out of place here
    cancel->setIcon(QIcon());
    if (mode == Mode::Required) {
        setWindowTitle(tr("Password Change Required"));
        ui->introLabel->setText(tr("This is your first login, or your password has expired. "
                                   "Choose a new password before you continue. If you cancel, "
                                   "you will be logged out."));
        cancel->setText(tr("Log Out"));
        ui->introLabel->setProperty("notice", true); // styled like the login notice
    } else if (mode == Mode::Reset) {
        setWindowTitle(tr("Choose a New Password"));
        ok->setText(tr("Set Password"));
        cancel->setText(tr("Cancel"));
        setResetDeadline({});
        ui->introLabel->setProperty("notice", true);
        // Nobody knows a password for this account now: there is nothing to type here.
        ui->oldPasswordLabel->hide();
        ui->oldPasswordEdit->hide();
    } else {
        cancel->setText(tr("Cancel"));
    }
    for (QLineEdit* edit : {ui->oldPasswordEdit, ui->newPasswordEdit, ui->repeatPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &PasswordChangeDialog::updateFeedback);
    updateFeedback();
    if (mode == Mode::Reset)
        ui->newPasswordEdit->setFocus();
    else
        ui->oldPasswordEdit->setFocus();
}

PasswordChangeDialog::~PasswordChangeDialog() = default;

void PasswordChangeDialog::setResetDeadline(const QDateTime& until)
{
    const QString when =
        until.isValid() ? QLocale().toString(until.toLocalTime(), QLocale::ShortFormat) : QString();
    QString text = tr("An administrator has reset your password. Choose a new one now; nobody else, "
                      "the administrator included, ever sees it. Then log in with it.");
    if (!when.isEmpty())
        text += u' ' + tr("This is possible until %1.").arg(when);
    ui->introLabel->setText(text);
}

QString PasswordChangeDialog::problemText(PasswordProblem problem, const cp::PasswordPolicy& policy)
{
    switch (problem) {
    case PasswordProblem::TooShort:
        return tr("be at least %n character(s) long", nullptr, policy.minLength);
    case PasswordProblem::NoLetter:
        return tr("contain a letter");
    case PasswordProblem::NoDigit:
        return tr("contain a digit");
    case PasswordProblem::NoSpecial:
        return tr("contain a special character, such as ! @ # %");
    case PasswordProblem::HasWhitespaceOrControl:
        return tr("contain no spaces or control characters");
    }
    return {};
}

QStringList PasswordChangeDialog::unmetRules() const
{
    QStringList out;
    for (int i = 0; i < ui->rulesList->count(); ++i) {
        const QListWidgetItem* item = ui->rulesList->item(i);
        if (item->data(Qt::UserRole).toBool())
            out.append(item->text().mid(3));
    }
    return out;
}

void PasswordChangeDialog::updateFeedback()
{
    const QString pw = ui->newPasswordEdit->text();
    const QString repeat = ui->repeatPasswordEdit->text();
    const QList<PasswordProblem> problems = cp::checkPassword(pw, m_policy);

    ui->rulesList->clear();
    for (PasswordProblem p : kAllProblems) {
        if (!ruleApplies(p, m_policy))
            continue;
        const RuleState state = pw.isEmpty()           ? RuleState::Neutral
                                : problems.contains(p) ? RuleState::Unmet
                                                       : RuleState::Met;
        addRule(ui->rulesList, problemText(p, m_policy), state);
    }
    const RuleState same = repeat.isEmpty() ? RuleState::Neutral
                           : repeat == pw   ? RuleState::Met
                                            : RuleState::Unmet;
    addRule(ui->rulesList, tr("be repeated exactly in the second field"), same);
    ui->rulesList->setFixedHeight(ui->rulesList->sizeHintForRow(0) * ui->rulesList->count() +
                                  2 * ui->rulesList->frameWidth() + 4);

    // Only the repeat check blocks sending: the policy is the server's to enforce,
    // and it explains any refusal itself.
    const bool ready =
        (m_mode == Mode::Reset || !ui->oldPasswordEdit->text().isEmpty()) && !pw.isEmpty() && pw == repeat;
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready && !m_busy);
}

void PasswordChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w :
         std::initializer_list<QWidget*>{ui->oldPasswordEdit, ui->newPasswordEdit, ui->repeatPasswordEdit})
        w->setEnabled(!busy);
    ui->busyBar->setVisible(busy);
    updateFeedback();
}

void PasswordChangeDialog::accept()
{
    if (m_busy || !ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    ui->errorLabel->hide();
    setBusy(true);
    if (m_mode == Mode::Reset) {
        m_api.choosePasswordAfterReset(ui->newPasswordEdit->text(), this, [this](const ApiResult& r) {
            handleReply(r, cp::protocol::SessionInfo{});
        });
        return;
    }
    m_api.changePassword(
        ui->oldPasswordEdit->text(), ui->newPasswordEdit->text(), this,
        [this](const ApiResult& r, const cp::protocol::SessionInfo& s) { handleReply(r, s); });
}

void PasswordChangeDialog::handleReply(const ApiResult& result, const cp::protocol::SessionInfo& session)
{
    setBusy(false);
    if (!result.ok()) {
        ui->errorLabel->setText(describeError(result));
        ui->errorLabel->show();
        if (result.hasCode(ErrorCode::BadPassword)) {
            ui->oldPasswordEdit->clear();
            ui->oldPasswordEdit->setFocus();
        } else {
            ui->newPasswordEdit->setFocus();
            ui->newPasswordEdit->selectAll();
        }
        return;
    }
    for (QLineEdit* edit : {ui->oldPasswordEdit, ui->newPasswordEdit, ui->repeatPasswordEdit})
        edit->clear();
    if (m_mode == Mode::Reset)
        Q_EMIT passwordChosen();
    else
        Q_EMIT passwordChanged(session);
    QDialog::accept();
}

QString PasswordChangeDialog::describeError(const ApiResult& result) const
{
    QString text = result.userMessage();
    // A server that names the problems in its message is shown as it is; only
    // the generic policy text gets the list from details.problems spelled out.
    if (!result.hasCode(ErrorCode::PasswordPolicy) ||
        text != cp::protocol::errorMessageZh(ErrorCode::PasswordPolicy))
        return text;
    QStringList unmet;
    const QJsonArray codes = result.error->details.value(QStringLiteral("problems")).toArray();
    for (const QJsonValue& v : codes) {
        const QString code = v.toString();
        QString shown = code;
        for (PasswordProblem p : kAllProblems)
            if (cp::passwordProblemCode(p) == code)
                shown = problemText(p, m_policy);
        unmet.append(shown);
    }
    if (!unmet.isEmpty())
        text += u'\n' + tr("The new password must still: %1").arg(unmet.join(tr("; ")));
    return text;
}

} // namespace cp::client
