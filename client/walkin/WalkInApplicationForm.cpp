#include "walkin/WalkInApplicationForm.h"

#include "ui_WalkInApplicationForm.h"
#include "walkin/WalkInTerms.h"

#include <QDate>
#include <QFormLayout>
#include <QKeyEvent>
#include <QStyle>

namespace cp::client {

namespace {

constexpr auto kUserEdited = "cpUserEdited"; // set once the clerk typed into a mirrored field

const QString kSelf = QStringLiteral("self");
const QString kOther = QStringLiteral("other");
const QString kNatural = QStringLiteral("natural");
const QString kLegal = QStringLiteral("legal");
const QString kCitizenId = QStringLiteral("citizen_id");

void selectData(QComboBox* combo, const QString& value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

/// to follows from until the clerk types into to: the letter usually names
/// the applicant, so the clerk confirms rather than retypes.
void mirrorUntilEdited(QLineEdit* from, QLineEdit* to)
{
    QObject::connect(from, &QLineEdit::textChanged, to, [to](const QString& text) {
        if (!to->property(kUserEdited).toBool())
            to->setText(text);
    });
    QObject::connect(to, &QLineEdit::textEdited, to, [to] { to->setProperty(kUserEdited, true); });
}

/// Identity numbers are upper case (X check digit, credit-code letters).
void upperCaseWhileTyping(QLineEdit* edit)
{
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
        const QString upper = text.toUpper();
        if (upper == text)
            return;
        const int pos = edit->cursorPosition();
        edit->setText(upper);
        edit->setCursorPosition(pos);
    });
}

} // namespace

WalkInApplicationForm::WalkInApplicationForm(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::WalkInApplicationForm>())
{
    ui->setupUi(this);
    fillChoices();

    m_categoryChecks = {{QStringLiteral("admin_license"), ui->categoryAdminLicenseCheck},
                        {QStringLiteral("admin_penalty"), ui->categoryAdminPenaltyCheck},
                        {QStringLiteral("red_list"), ui->categoryRedListCheck},
                        {QStringLiteral("black_list"), ui->categoryBlackListCheck},
                        {QStringLiteral("court_enforcement"), ui->categoryCourtEnforcementCheck},
                        {QStringLiteral("tax_arrears"), ui->categoryTaxArrearsCheck},
                        {QStringLiteral("honor"), ui->categoryHonorCheck},
                        {QStringLiteral("social_security"), ui->categorySocialSecurityCheck}};
    for (auto it = m_categoryChecks.cbegin(); it != m_categoryChecks.cend(); ++it)
        it.value()->setText(CommonTerms::category(it.key()));

    // details.field of the server's VALIDATION_FAILED → the field and its message line.
    m_fields = {
        {QStringLiteral("kind"), {ui->kindCombo, ui->generalError}},
        {QStringLiteral("subjectKind"), {ui->subjectKindCombo, ui->generalError}},
        {QStringLiteral("letter"), {ui->kindCombo, ui->generalError}},
        {QStringLiteral("subjectIdNumber"), {ui->subjectIdEdit, ui->subjectIdError}},
        {QStringLiteral("applicantName"), {ui->applicantNameEdit, ui->applicantNameError}},
        {QStringLiteral("applicantIdType"), {ui->applicantIdTypeCombo, ui->applicantIdError}},
        {QStringLiteral("applicantIdNumber"), {ui->applicantIdEdit, ui->applicantIdError}},
        {QStringLiteral("applicantPhone"), {ui->applicantPhoneEdit, ui->applicantPhoneError}},
        {QStringLiteral("purpose"), {ui->purposeEdit, ui->purposeError}},
        {QStringLiteral("requestedClasses"), {ui->classACheck, ui->classesError}},
        {QStringLiteral("letter.authorizedName"), {ui->authorizedNameEdit, ui->authorizedNameError}},
        {QStringLiteral("letter.authorizedIdType"), {ui->authorizedIdTypeCombo, ui->authorizedIdError}},
        {QStringLiteral("letter.authorizedIdNumber"), {ui->authorizedIdEdit, ui->authorizedIdError}},
        {QStringLiteral("letter.matters"), {ui->mattersEdit, ui->mattersError}},
        {QStringLiteral("letter.validFrom"), {ui->validFromEdit, ui->validityError}},
        {QStringLiteral("letter.validUntil"), {ui->validUntilEdit, ui->validityError}},
        {QStringLiteral("letter.classes"), {ui->letterClassACheck, ui->letterClassesError}},
        {QStringLiteral("letter.categories"), {ui->categoryAdminLicenseCheck, ui->categoriesError}},
        {QStringLiteral("letter.purpose"), {ui->letterPurposeEdit, ui->letterPurposeError}},
        {QStringLiteral("letter.certification"), {ui->certificationCombo, ui->certificationError}},
        {QStringLiteral("letter.certificationDetail"),
         {ui->certificationDetailEdit, ui->certificationDetailError}},
    };

    wireFields();
    reset();
}

WalkInApplicationForm::~WalkInApplicationForm() = default;

void WalkInApplicationForm::fillChoices()
{
    ui->kindCombo->addItem(WalkInTerms::applicationKind(kSelf), kSelf);
    ui->kindCombo->addItem(WalkInTerms::applicationKind(kOther), kOther);
    ui->subjectKindCombo->addItem(CommonTerms::subjectKind(kNatural), kNatural);
    ui->subjectKindCombo->addItem(CommonTerms::subjectKind(kLegal), kLegal);
    for (const CodeName& t : CommonTerms::idTypes()) {
        ui->applicantIdTypeCombo->addItem(t.name, t.code);
        ui->authorizedIdTypeCombo->addItem(t.name, t.code);
    }
    // seed 003 附件1.五(二): notarized for a natural person, sealed for a legal person.
    ui->certificationCombo->addItem(tr("Notarized (subject is a natural person)"),
                                    QStringLiteral("notarized"));
    ui->certificationCombo->addItem(tr("Sealed by the subject (legal person)"), QStringLiteral("sealed"));
}

void WalkInApplicationForm::wireFields()
{
    auto kindsChanged = [this] {
        // The letter's certification follows the subject unless the clerk says otherwise.
        selectData(ui->certificationCombo,
                   subjectKind() == kNatural ? QStringLiteral("notarized") : QStringLiteral("sealed"));
        updateModes();
        Q_EMIT this->kindsChanged();
    };
    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, kindsChanged);
    connect(ui->subjectKindCombo, &QComboBox::currentIndexChanged, this, kindsChanged);

    for (QLineEdit* edit : {ui->subjectIdEdit, ui->applicantIdEdit, ui->authorizedIdEdit})
        upperCaseWhileTyping(edit);

    // Check digits while typing (complete numbers) and when leaving the field (any length).
    auto subjectIdKind = [this] {
        return subjectKind() == kLegal ? cp::IdKind::CreditCode : cp::IdKind::CitizenId;
    };
    connect(ui->subjectIdEdit, &QLineEdit::textChanged, this, [this, subjectIdKind] {
        checkIdField(ui->subjectIdEdit, ui->subjectIdError, subjectIdKind(), false);
        if (kind() == kSelf && subjectKind() == kNatural)
            ui->applicantIdEdit->setText(ui->subjectIdEdit->text());
    });
    connect(ui->subjectIdEdit, &QLineEdit::editingFinished, this, [this, subjectIdKind] {
        checkIdField(ui->subjectIdEdit, ui->subjectIdError, subjectIdKind(), true);
    });
    const QList<std::pair<QLineEdit*, std::pair<QComboBox*, QLabel*>>> personIds{
        {ui->applicantIdEdit, {ui->applicantIdTypeCombo, ui->applicantIdError}},
        {ui->authorizedIdEdit, {ui->authorizedIdTypeCombo, ui->authorizedIdError}}};
    for (const auto& [edit, typeAndError] : personIds) {
        const auto [type, error] = typeAndError;
        connect(edit, &QLineEdit::textChanged, this,
                [this, edit, type, error] { checkIdField(edit, error, idKindFor(type), false); });
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, type, error] { checkIdField(edit, error, idKindFor(type), true); });
        connect(type, &QComboBox::currentIndexChanged, this,
                [this, edit, type, error] { checkIdField(edit, error, idKindFor(type), false); });
    }

    mirrorUntilEdited(ui->applicantNameEdit, ui->authorizedNameEdit);
    mirrorUntilEdited(ui->applicantIdEdit, ui->authorizedIdEdit);
    mirrorUntilEdited(ui->purposeEdit, ui->letterPurposeEdit);
    connect(ui->applicantIdTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!ui->authorizedIdTypeCombo->property(kUserEdited).toBool())
            ui->authorizedIdTypeCombo->setCurrentIndex(ui->applicantIdTypeCombo->currentIndex());
    });
    connect(ui->authorizedIdTypeCombo, &QComboBox::activated, this,
            [this] { ui->authorizedIdTypeCombo->setProperty(kUserEdited, true); });

    // A corrected field loses its server message.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const FieldSlot slot = it.value();
        if (auto* edit = qobject_cast<QLineEdit*>(slot.field); edit && slot.error != ui->subjectIdError &&
                                                               slot.error != ui->applicantIdError &&
                                                               slot.error != ui->authorizedIdError)
            connect(edit, &QLineEdit::textEdited, this, [this, slot] { clearError(slot.field, slot.error); });
    }
    for (QDateEdit* date : {ui->validFromEdit, ui->validUntilEdit}) {
        connect(date, &QDateEdit::dateChanged, this, [this] {
            clearError(ui->validFromEdit, ui->validityError);
            clearError(ui->validUntilEdit, ui->validityError);
        });
    }

    // Enter anywhere in the form runs the next step.
    const auto inputs = findChildren<QWidget*>();
    for (QWidget* w : inputs)
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w))
            w->installEventFilter(this);
}

bool WalkInApplicationForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            Q_EMIT submitRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString WalkInApplicationForm::kind() const
{
    return ui->kindCombo->currentData().toString();
}
QString WalkInApplicationForm::subjectKind() const
{
    return ui->subjectKindCombo->currentData().toString();
}

std::optional<cp::IdKind> WalkInApplicationForm::idKindFor(const QComboBox* idTypeCombo) const
{
    // A copy of the subject's number is checked (and explained) there only.
    if (idTypeCombo == ui->applicantIdTypeCombo && kind() == kSelf && subjectKind() == kNatural)
        return std::nullopt;
    // Other documents (passports, permits) have no check digit the client knows.
    if (idTypeCombo->currentData().toString() == kCitizenId)
        return cp::IdKind::CitizenId;
    return std::nullopt;
}

void WalkInApplicationForm::updateModes()
{
    const bool other = kind() == kOther;
    const bool legal = subjectKind() == kLegal;
    const bool selfNatural = !other && !legal;

    ui->letterGroup->setVisible(other && !ui->recordedLetterLabel->isVisibleTo(this));
    ui->subjectIdLabel->setText(legal ? tr("Credit &code:") : tr("Citizen &ID number:"));
    ui->subjectIdEdit->setPlaceholderText(legal ? tr("Unified social credit code, 18 characters")
                                                : tr("18 characters, check digit verified while typing"));
    ui->applicantGroup->setTitle(selfNatural ? tr("Applicant (the subject in person)")
                                 : other     ? tr("Applicant (authorized party)")
                                             : tr("Applicant (agent of the organisation)"));

    // A natural person's self-query is made with that person's own ID card.
    if (selfNatural) {
        selectData(ui->applicantIdTypeCombo, kCitizenId);
        ui->applicantIdEdit->setText(ui->subjectIdEdit->text());
    }
    ui->applicantIdTypeCombo->setEnabled(!selfNatural && !m_locked);
    ui->applicantIdEdit->setReadOnly(selfNatural || m_locked);
    ui->applicantIdEdit->setPlaceholderText(selfNatural ? tr("Same as the subject's ID number") : QString());
    ui->applicantIdEdit->setFocusPolicy(selfNatural ? Qt::NoFocus : Qt::StrongFocus);

    checkIdField(ui->subjectIdEdit, ui->subjectIdError,
                 legal ? cp::IdKind::CreditCode : cp::IdKind::CitizenId, false);
    checkIdField(ui->applicantIdEdit, ui->applicantIdError, idKindFor(ui->applicantIdTypeCombo), false);
    alignLabelColumns();
}

void WalkInApplicationForm::alignLabelColumns()
{
    // One label column across all group boxes, so the fields line up.
    QList<QWidget*> labels;
    int width = 0;
    const auto layouts = findChildren<QFormLayout*>();
    for (QFormLayout* form : layouts) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                item->widget()->setMinimumWidth(0);
                labels.append(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void WalkInApplicationForm::checkIdField(QLineEdit* edit, QLabel* error, std::optional<cp::IdKind> kind,
                                         bool final)
{
    const QString id = cp::normaliseIdNumber(edit->text());
    if (!kind || id.isEmpty() || (!final && id.size() < 18)) {
        clearError(edit, error);
        return;
    }
    const cp::IdCheck check =
        *kind == cp::IdKind::CitizenId ? cp::checkCitizenId(id) : cp::checkCreditCode(id);
    if (check == cp::IdCheck::Ok)
        clearError(edit, error);
    else
        setError(edit, error, CommonTerms::idProblem(check, *kind));
}

bool WalkInApplicationForm::checkBeforeSending()
{
    checkIdField(ui->subjectIdEdit, ui->subjectIdError,
                 subjectKind() == kLegal ? cp::IdKind::CreditCode : cp::IdKind::CitizenId, true);
    checkIdField(ui->applicantIdEdit, ui->applicantIdError, idKindFor(ui->applicantIdTypeCombo), true);
    if (kind() == kOther)
        checkIdField(ui->authorizedIdEdit, ui->authorizedIdError, idKindFor(ui->authorizedIdTypeCombo), true);
    for (auto [edit, error] : {std::pair{ui->subjectIdEdit, ui->subjectIdError},
                               std::pair{ui->applicantIdEdit, ui->applicantIdError},
                               std::pair{ui->authorizedIdEdit, ui->authorizedIdError}}) {
        if (error->isVisibleTo(this)) {
            edit->setFocus();
            return false;
        }
    }
    return true;
}

QStringList WalkInApplicationForm::checkedCategories() const
{
    QStringList out;
    for (const CodeName& c : CommonTerms::categories())
        if (QAbstractButton* box = m_categoryChecks.value(c.code); box && box->isChecked())
            out.append(c.code);
    return out;
}

cp::protocol::WalkInApplicationInput WalkInApplicationForm::input() const
{
    cp::protocol::WalkInApplicationInput in;
    in.kind = kind();
    in.subjectKind = subjectKind();
    in.subjectIdNumber = cp::normaliseIdNumber(ui->subjectIdEdit->text());
    in.applicantName = ui->applicantNameEdit->text().trimmed();
    in.applicantIdType = ui->applicantIdTypeCombo->currentData().toString();
    in.applicantIdNumber = cp::normaliseIdNumber(ui->applicantIdEdit->text());
    in.applicantPhone = ui->applicantPhoneEdit->text().trimmed();
    in.purpose = ui->purposeEdit->text().trimmed();
    if (ui->classACheck->isChecked())
        in.requestedClasses.append(QStringLiteral("A"));
    if (ui->classBCheck->isChecked())
        in.requestedClasses.append(QStringLiteral("B"));
    in.oral = ui->oralCheck->isChecked();
    if (in.kind != kOther)
        return in;

    cp::protocol::AuthorizationLetterInput l;
    l.authorizedName = ui->authorizedNameEdit->text().trimmed();
    l.authorizedIdType = ui->authorizedIdTypeCombo->currentData().toString();
    l.authorizedIdNumber = cp::normaliseIdNumber(ui->authorizedIdEdit->text());
    l.matters = ui->mattersEdit->text().trimmed();
    l.validFrom = ui->validFromEdit->date();
    l.validUntil = ui->validUntilEdit->date();
    if (ui->letterClassACheck->isChecked())
        l.classes.append(QStringLiteral("A"));
    if (ui->letterClassBCheck->isChecked())
        l.classes.append(QStringLiteral("B"));
    l.categories = checkedCategories();
    l.purpose = ui->letterPurposeEdit->text().trimmed();
    l.certification = ui->certificationCombo->currentData().toString();
    l.certificationDetail = ui->certificationDetailEdit->text().trimmed();
    in.letter = l;
    return in;
}

void WalkInApplicationForm::setError(QWidget* field, QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(true);
    field->setProperty("invalid", true);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void WalkInApplicationForm::clearError(QWidget* field, QLabel* label)
{
    label->clear();
    label->setVisible(false);
    if (field->property("invalid").toBool()) {
        field->setProperty("invalid", false);
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
}

void WalkInApplicationForm::clearErrors()
{
    for (const FieldSlot& slot : std::as_const(m_fields))
        clearError(slot.field, slot.error);
}

bool WalkInApplicationForm::showFieldError(const QString& field, const QString& message)
{
    const FieldSlot slot = m_fields.value(field);
    if (!slot.error)
        return false;
    setError(slot.field, slot.error, message);
    if (slot.field->isEnabled() && slot.field->focusPolicy() != Qt::NoFocus)
        slot.field->setFocus();
    return true;
}

void WalkInApplicationForm::showLetterProblem(const QString& reason, const QString& message)
{
    QString field = QStringLiteral("letter");
    if (reason == QLatin1String("LETTER_EXPIRED"))
        field = QStringLiteral("letter.validUntil");
    else if (reason == QLatin1String("LETTER_NOT_YET_VALID"))
        field = QStringLiteral("letter.validFrom");
    else if (reason == QLatin1String("LETTER_OTHER_PARTY"))
        field = QStringLiteral("letter.authorizedName");
    else if (reason == QLatin1String("LETTER_NOT_COVERED"))
        field = QStringLiteral("letter.classes");
    else if (reason == QLatin1String("LETTER_NOT_CERTIFIED"))
        field = QStringLiteral("letter.certification");
    if (ui->letterGroup->isVisibleTo(this) || field == QLatin1String("letter"))
        showFieldError(field, message);
    else
        showFieldError(QStringLiteral("letter"), message);
}

void WalkInApplicationForm::setLocked(bool locked)
{
    m_locked = locked;
    const auto edits = findChildren<QLineEdit*>();
    for (QLineEdit* e : edits)
        if (!qobject_cast<QAbstractSpinBox*>(e->parentWidget()))
            e->setReadOnly(locked);
    for (QDateEdit* d : {ui->validFromEdit, ui->validUntilEdit})
        d->setReadOnly(locked);
    const auto combos = findChildren<QComboBox*>();
    for (QComboBox* c : combos)
        c->setEnabled(!locked);
    const auto buttons = findChildren<QAbstractButton*>();
    for (QAbstractButton* b : buttons)
        b->setEnabled(!locked);
    updateModes();
}

void WalkInApplicationForm::showApplication(const cp::protocol::WalkInApplication& a)
{
    reset();
    selectData(ui->kindCombo, a.kind);
    selectData(ui->subjectKindCombo, a.subjectKind);
    ui->subjectIdEdit->setText(a.subjectIdNumber);
    ui->applicantNameEdit->setText(a.applicantName);
    ui->applicantIdEdit->setText(a.applicantIdNumber);
    ui->purposeEdit->setText(a.purpose);
    ui->classACheck->setChecked(a.requestedClasses.contains(QStringLiteral("A")));
    ui->classBCheck->setChecked(a.requestedClasses.contains(QStringLiteral("B")));
    ui->oralCheck->setChecked(a.oral);
    // The letter's details stay on the server; the form only says it is there.
    ui->recordedLetterLabel->setVisible(a.kind == kOther);
    setLocked(true);
}

void WalkInApplicationForm::reset()
{
    const QSignalBlocker kindBlock(ui->kindCombo);
    const QSignalBlocker subjectBlock(ui->subjectKindCombo);
    ui->kindCombo->setCurrentIndex(0);
    ui->subjectKindCombo->setCurrentIndex(0);
    const auto edits = findChildren<QLineEdit*>();
    for (QLineEdit* e : edits) {
        if (qobject_cast<QAbstractSpinBox*>(e->parentWidget()))
            continue;
        e->clear();
        e->setProperty(kUserEdited, false);
    }
    ui->applicantIdTypeCombo->setCurrentIndex(0);
    ui->authorizedIdTypeCombo->setCurrentIndex(0);
    ui->authorizedIdTypeCombo->setProperty(kUserEdited, false);
    selectData(ui->certificationCombo, QStringLiteral("notarized"));
    for (QAbstractButton* b :
         {ui->classACheck, ui->classBCheck, ui->letterClassACheck, ui->letterClassBCheck})
        b->setChecked(true);
    ui->oralCheck->setChecked(false);
    for (QAbstractButton* box : std::as_const(m_categoryChecks))
        box->setChecked(false);
    // The clerk copies the dates from the letter; today is only a starting point.
    ui->validFromEdit->setDate(QDate::currentDate());
    ui->validUntilEdit->setDate(QDate::currentDate());
    ui->recordedLetterLabel->setVisible(false);
    setLocked(false);
    clearErrors();
}

void WalkInApplicationForm::focusFirstField()
{
    ui->kindCombo->setFocus(Qt::OtherFocusReason);
}

} // namespace cp::client
