#include "archives/ArchiveHistoryDialog.h"

#include "FileNames.h"
#include "archives/ArchiveTerms.h"
#include "archives/ArchivesApi.h"
#include "common/CommonTerms.h"
#include "ui_ArchiveHistoryDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QTemporaryFile>
#include <QUrl>

namespace cp::client {

namespace {

void setRows(QTableWidget* t, const QStringList& headers, const QList<QStringList>& rows)
{
    t->clear();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ArchiveHistoryDialog::ArchiveHistoryDialog(ArchivesApi& api, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::ArchiveHistoryDialog>()), m_api(api)
{
    ui->setupUi(this);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->viewButton, &QPushButton::clicked, this, &ArchiveHistoryDialog::viewSelectedScan);
    resize(820, 600);
}
ArchiveHistoryDialog::~ArchiveHistoryDialog() = default;

QString ArchiveHistoryDialog::errorText() const
{
    return shownArchiveMessage(ui->errorLabel);
}

void ArchiveHistoryDialog::fillEvents(const QList<cp::protocol::ArchiveEvent>& events, bool withItem)
{
    QList<QStringList> rows;
    for (const auto& e : events) {
        QStringList row{CommonTerms::dateTime(e.at), ArchiveTerms::action(e.action), e.actorName,
                        e.personName};
        if (withItem)
            row << e.itemTitle;
        row << (e.loanNumber.isEmpty() ? e.destructionNumber : e.loanNumber) << e.detail;
        rows << row;
    }
    QStringList headers{tr("Time"), tr("Step"), tr("By"), tr("Borrower / checker")};
    if (withItem)
        headers << tr("Item");
    headers << tr("Loan / list") << tr("Details");
    setRows(ui->eventsTable, headers, rows);
}

void ArchiveHistoryDialog::showItem(const cp::protocol::ArchiveItem& item)
{
    m_item = item;
    setWindowTitle(tr("Item history"));
    ui->titleLabel->setText(tr("<b>%1</b>").arg(item.title.toHtmlEscaped()));
    QStringList detail{ArchiveTerms::sourceKind(item.sourceKind) + QStringLiteral(" ") + item.sourceNumber,
                       ArchiveTerms::itemStatus(item.status)};
    if (!item.volumeNumber.isEmpty())
        detail << tr("Volume %1").arg(item.volumeNumber) << ArchiveTerms::location(item.location);
    if (!ArchiveTerms::retention(item).isEmpty())
        detail << tr("Kept until %1").arg(ArchiveTerms::retention(item));
    if (!item.loanNumber.isEmpty())
        detail << tr("On loan (%1)").arg(item.loanNumber);
    ui->detailLabel->setText(detail.join(tr(" · ")));
    QList<QStringList> rows;
    for (const auto& m : item.materials)
        rows << QStringList{CommonTerms::materialKind(m.kind), m.fileName, QString::number(m.sizeBytes),
                            m.erasedAt.isValid() ? tr("Erased %1").arg(CommonTerms::dateTime(m.erasedAt))
                                                 : QString()};
    setRows(ui->materialsTable, {tr("Material"), tr("File"), tr("Bytes"), tr("Erased")}, rows);
    ui->materialsTable->setVisible(true);
    ui->viewButton->setVisible(true);
    ui->loansTable->setVisible(false);
    fillEvents(item.history, false);
}

void ArchiveHistoryDialog::showPerson(const cp::protocol::PersonHistory& person)
{
    setWindowTitle(tr("Borrower history"));
    ui->titleLabel->setText(
        tr("<b>%1</b> (%2)").arg(person.person.fullName.toHtmlEscaped(), person.person.login));
    ui->detailLabel->setText(tr("%n loan(s) as borrower.", nullptr, int(person.loans.size())));
    QList<QStringList> rows;
    for (const auto& l : person.loans) {
        QStringList titles;
        for (const auto& i : l.items)
            titles << i.title;
        rows << QStringList{l.number,
                            ArchiveTerms::mode(l.mode),
                            ArchiveTerms::loanState(l.state),
                            CommonTerms::dateTime(l.checkedOutAt),
                            CommonTerms::date(l.dueDate),
                            CommonTerms::dateTime(l.returnedAt),
                            titles.join(tr("; "))};
    }
    setRows(ui->loansTable,
            {tr("Loan no."), tr("Reading"), tr("State"), tr("Checked out"), tr("Due"), tr("Returned"),
             tr("Items")},
            rows);
    ui->loansTable->setVisible(true);
    ui->materialsTable->setVisible(false);
    ui->viewButton->setVisible(false);
    fillEvents(person.events, true);
}

void ArchiveHistoryDialog::viewSelectedScan()
{
    const int row = ui->materialsTable->currentRow();
    if (row < 0 || row >= m_item.materials.size())
        return;
    const auto material = m_item.materials[row];
    ui->errorLabel->hide();
    m_api.material(
        m_item.id, material.id, this, [this, material](const ApiResult& r, const QByteArray& bytes) {
            if (!r.ok()) {
                ui->errorLabel->setText(r.userMessage());
                ui->errorLabel->show();
                Q_EMIT scanLoaded();
                return;
            }
            m_lastScan = bytes;
            // Issue 11 finding 14: the viewer is chosen by the content type the server
            // checked by the file's bytes, never by the uploaded name ("run.desktop",
            // "../x", U+202E): the temporary file's name holds nothing of it.
            const QString extension = extensionForContentType(material.mimeType);
            if (extension.isEmpty()) {
                ui->errorLabel->setText(
                    tr("The scan is of a type the viewer does not open (%1).").arg(material.mimeType));
                ui->errorLabel->show();
                Q_EMIT scanLoaded();
                return;
            }
            // A private temporary copy for the viewer; deleted when the dialog closes.
            auto* file =
                new QTemporaryFile(QDir::tempPath() + QStringLiteral("/archive-XXXXXX.") + extension, this);
            if (file->open()) {
                file->write(bytes);
                file->flush();
                m_lastScanPath = file->fileName();
                QDesktopServices::openUrl(QUrl::fromLocalFile(file->fileName()));
            }
            Q_EMIT scanLoaded();
        });
}

} // namespace cp::client
