#include "department/DepartmentSearchPage.h"

#include "common/CommonTerms.h"
#include "department/DepartmentApi.h"
#include "department/DepartmentTerms.h"
#include "ui_DepartmentSearchPage.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace cp::client {

namespace {

enum Column { ColName, ColId, ColKind, ColRegion, ColCount };

} // namespace

DepartmentSearchPage::DepartmentSearchPage(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DepartmentSearchPage>())
{
    ui->setupUi(this);
    ui->modeCombo->addItem(tr("Automatic"), QString());
    ui->modeCombo->addItem(tr("ID number / credit code (exact)"), QStringLiteral("id"));
    ui->modeCombo->addItem(tr("Name begins with"), QStringLiteral("prefix"));
    ui->modeCombo->addItem(tr("Name contains"), QStringLiteral("contains"));

    QTableWidget* t = ui->resultsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Name"), tr("ID number / credit code"), tr("Type"), tr("Region")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);

    connect(ui->queryEdit, &QLineEdit::returnPressed, this, &DepartmentSearchPage::search);
    connect(ui->queryEdit, &QLineEdit::textEdited, this, &DepartmentSearchPage::validateLive);
    connect(ui->modeCombo, &QComboBox::currentIndexChanged, this, &DepartmentSearchPage::validateLive);
    connect(ui->searchButton, &QPushButton::clicked, this, &DepartmentSearchPage::search);
    connect(ui->previousButton, &QPushButton::clicked, this, [this] { showPage(m_result.page - 1); });
    connect(ui->nextButton, &QPushButton::clicked, this, [this] { showPage(m_result.page + 1); });
    connect(ui->openButton, &QPushButton::clicked, this, &DepartmentSearchPage::openCurrent);
    connect(t, &QTableWidget::itemActivated, this, &DepartmentSearchPage::openCurrent);
    connect(t, &QTableWidget::itemSelectionChanged, this, &DepartmentSearchPage::updatePaging);
    updatePaging();
}

DepartmentSearchPage::~DepartmentSearchPage() = default;

void DepartmentSearchPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QWidget::keyPressEvent(event);
        return;
    }
    QWidget* focus = focusWidget();
    if (auto* button = qobject_cast<QPushButton*>(focus); button && button->isEnabled())
        button->animateClick();
    else if (focus == ui->modeCombo)
        search();
    else
        QWidget::keyPressEvent(event);
}

void DepartmentSearchPage::focusSearch()
{
    ui->queryEdit->setFocus();
    ui->queryEdit->selectAll();
}

QString DepartmentSearchPage::effectiveMode() const
{
    const QString chosen = ui->modeCombo->currentData().toString();
    return chosen.isEmpty() ? DepartmentTerms::detectMode(ui->queryEdit->text()) : chosen;
}

void DepartmentSearchPage::showQueryError(const QString& message)
{
    ui->queryError->setText(message);
    ui->queryError->setVisible(!message.isEmpty());
}

void DepartmentSearchPage::validateLive()
{
    // Identity numbers: upper case as typed (x → X); the check digit is judged once
    // all 18 characters are there (or too many), so typing is not scolded early.
    if (effectiveMode() != QLatin1String("id")) {
        showQueryError({});
        return;
    }
    const QString raw = ui->queryEdit->text();
    const QString upper = raw.toUpper();
    if (upper != raw) {
        const int cursor = ui->queryEdit->cursorPosition();
        ui->queryEdit->setText(upper);
        ui->queryEdit->setCursorPosition(cursor);
    }
    const QString id = cp::normaliseIdNumber(upper);
    showQueryError(id.size() >= 18 ? DepartmentTerms::idProblem(id) : QString());
}

bool DepartmentSearchPage::search()
{
    const QString mode = effectiveMode();
    const QString query = ui->queryEdit->text().trimmed();
    QString problem;
    if (mode == QLatin1String("id"))
        problem = DepartmentTerms::idProblem(cp::normaliseIdNumber(query));
    else if (mode == QLatin1String("prefix") && query.isEmpty())
        problem = tr("Enter at least the first character of the name.");
    else if (mode == QLatin1String("contains") && query.size() < 2)
        problem = tr("Enter at least 2 characters of the name.");
    showQueryError(problem);
    if (!problem.isEmpty()) {
        ui->queryEdit->setFocus();
        return false;
    }
    run(mode, mode == QLatin1String("id") ? cp::normaliseIdNumber(query) : query, 1);
    return true;
}

void DepartmentSearchPage::showPage(int page)
{
    if (m_query.isEmpty() || page < 1)
        return;
    run(m_mode, m_query, page);
}

void DepartmentSearchPage::run(const QString& mode, const QString& query, int page)
{
    if (!m_api || m_loading)
        return;
    m_loading = true;
    ui->errorLabel->hide();
    ui->searchButton->setEnabled(false);
    updatePaging();
    m_api->search(mode, query, page, this,
                  [this, mode, query](const ApiResult& r, const cp::protocol::SubjectSearchResult& result) {
                      m_loading = false;
                      ui->searchButton->setEnabled(true);
                      if (!r.ok()) {
                          // A field error of the server belongs to the search field.
                          if (r.error && r.error->details.value(QStringLiteral("field")).toString() ==
                                             QLatin1String("q"))
                              showQueryError(r.userMessage());
                          else {
                              ui->errorLabel->setText(r.userMessage());
                              ui->errorLabel->show();
                          }
                          updatePaging();
                          return;
                      }
                      m_mode = mode;
                      m_query = query;
                      m_result = result;
                      fill();
                      Q_EMIT searched();
                  });
}

void DepartmentSearchPage::fill()
{
    QTableWidget* t = ui->resultsTable;
    t->setRowCount(0);
    for (int i = 0; i < m_result.items.size(); ++i) {
        const auto& s = m_result.items[i];
        const QStringList cells{s.name, s.idNumber, CommonTerms::subjectKind(s.kind),
                                DepartmentTerms::region(s)};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, s.id);
            t->setItem(i, c, item);
        }
    }
    const int first = (m_result.page - 1) * m_result.pageSize + 1;
    ui->countLabel->setText(m_result.items.isEmpty()
                                ? (m_result.page > 1 ? tr("No further subjects.") : tr("No subject found."))
                                : tr("Subjects %1–%2%3")
                                      .arg(first)
                                      .arg(first + int(m_result.items.size()) - 1)
                                      .arg(m_result.hasMore ? tr(", more on the next page") : QString()));
    if (!m_result.items.isEmpty()) {
        t->setCurrentCell(0, 0);
        t->setFocus(); // Enter now opens the first subject; arrows choose another
    }
    updatePaging();
}

void DepartmentSearchPage::updatePaging()
{
    const bool have = !m_query.isEmpty();
    ui->previousButton->setEnabled(have && !m_loading && m_result.page > 1);
    ui->nextButton->setEnabled(have && !m_loading && m_result.hasMore);
    ui->pageLabel->setText(have ? tr("Page %1").arg(m_result.page) : QString());
    ui->openButton->setEnabled(ui->resultsTable->currentRow() >= 0);
}

void DepartmentSearchPage::openCurrent()
{
    const int row = ui->resultsTable->currentRow();
    if (row >= 0 && row < m_result.items.size())
        Q_EMIT openRequested(m_result.items[row]);
}

} // namespace cp::client
