#include "media/MediumChainDialog.h"

#include "media/MediaPrint.h"
#include "media/MediaTerms.h"
#include "ui_MediumChainDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace cp::client {

namespace {

enum Column {
    ColTime,
    ColEvent,
    ColState,
    ColOperator,
    ColCounterSigner,
    ColPeople,
    ColDetails,
    ColAudit,
    ColCount
};

QString people(const cp::protocol::MediumEvent& e)
{
    QStringList out;
    auto add = [&out](const QString& role, const cp::protocol::MediaPerson& p) {
        if (p.isSet())
            out << role.arg(p.name);
    };
    const bool issueLike = e.kind == QLatin1String("issue") || e.kind == QLatin1String("register") ||
                           e.kind == QLatin1String("edit");
    add(issueLike ? (e.kind == QLatin1String("issue") ? MediumChainDialog::tr("Issued to %1")
                                                      : MediumChainDialog::tr("Custodian %1"))
                  : MediumChainDialog::tr("Carried by %1"),
        e.holder);
    add(MediumChainDialog::tr("Second person %1"), e.secondPerson);
    add(MediumChainDialog::tr("Verified by %1"), e.verifier);
    add(MediumChainDialog::tr("Witness %1"), e.witness1);
    add(MediumChainDialog::tr("Witness %1"), e.witness2);
    return out.join(MediumChainDialog::tr("; "));
}

QString details(const cp::protocol::MediumEvent& e)
{
    QStringList out;
    if (!e.method.isEmpty())
        out << MediaTerms::method(e.method);
    if (!e.tool.isEmpty())
        out << MediumChainDialog::tr("tool: %1").arg(e.tool);
    if (!e.place.isEmpty())
        out << e.place;
    if (!e.relatedSerial.isEmpty())
        out << MediumChainDialog::tr("with %1").arg(e.relatedSerial);
    if (e.requestId > 0)
        out << MediumChainDialog::tr("application no. %1").arg(e.requestId);
    if (!e.detail.isEmpty())
        out << e.detail;
    return out.join(MediumChainDialog::tr("; "));
}

} // namespace

MediumChainDialog::MediumChainDialog(MediaApi& api, qint64 mediumId, const QString& operatorName,
                                     QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::MediumChainDialog>()), m_operatorName(operatorName)
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(980, 520);
    QTableWidget* t = ui->eventsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("State"), tr("Operator"), tr("Counter-signer"),
                                  tr("People"), tr("Details"), tr("Audit no.")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColDetails, QHeaderView::Stretch);
    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(ui->pdfButton, &QPushButton::clicked, this, &MediumChainDialog::chooseSavePath);
    connect(ui->printButton, &QPushButton::clicked, this, &MediumChainDialog::openPrintPreview);
    ui->pdfButton->setEnabled(false);
    ui->printButton->setEnabled(false);
    ui->summaryLabel->setText(tr("Loading…"));
    api.medium(mediumId, this, [this](const ApiResult& r, const cp::protocol::MediumDetail& d) {
        if (!r.ok()) {
            ui->errorLabel->setText(r.userMessage());
            ui->errorLabel->show();
            return;
        }
        m_detail = d;
        fill();
        m_loaded = true;
        ui->pdfButton->setEnabled(true);
        ui->printButton->setEnabled(true);
        Q_EMIT loaded();
    });
}

MediumChainDialog::~MediumChainDialog() = default;

void MediumChainDialog::fill()
{
    const auto& m = m_detail.medium;
    setWindowTitle(tr("Chain of Custody — %1").arg(m.serial));
    ui->summaryLabel->setText(tr("<b>%1</b> · %2 · %3 · %4<br>%5 · custodian %6")
                                  .arg(m.serial.toHtmlEscaped(), MediaTerms::type(m.type),
                                       m.capacity.toHtmlEscaped(), m.levelName.toHtmlEscaped(),
                                       MediaTerms::whereNow(m).toHtmlEscaped(),
                                       m.custodian.name.toHtmlEscaped()));
    QTableWidget* t = ui->eventsTable;
    t->setRowCount(0);
    for (int i = 0; i < m_detail.events.size(); ++i) {
        const auto& e = m_detail.events[i];
        const QString state =
            e.stateBefore.isEmpty() || e.stateBefore == e.stateAfter
                ? MediaTerms::state(e.stateAfter)
                : tr("%1 → %2").arg(MediaTerms::state(e.stateBefore), MediaTerms::state(e.stateAfter));
        const QStringList cells{CommonTerms::dateTime(e.at),
                                MediaTerms::kind(e.kind),
                                state,
                                e.operatorPerson.name,
                                e.counterSigner.name,
                                people(e),
                                details(e),
                                QString::number(e.auditSeq)};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c)
            t->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
}

QString MediumChainDialog::html() const
{
    return MediaPrint::chainHtml(m_detail, m_operatorName, QDateTime::currentDateTimeUtc());
}

std::optional<QString> MediumChainDialog::saveChainPdf(const QString& path)
{
    const auto error =
        MediaPrint::writePdf(html(), tr("Chain of Custody — %1").arg(m_detail.medium.serial), path);
    if (error) {
        ui->errorLabel->setText(*error);
        ui->errorLabel->show();
    }
    return error;
}

void MediumChainDialog::chooseSavePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save Chain of Custody as PDF"),
                                   QDir(dir).filePath(m_detail.medium.serial + QStringLiteral(".pdf")),
                                   tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveChainPdf(path); });
    dialog->open();
}

void MediumChainDialog::openPrintPreview()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto* preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print Preview – %1").arg(m_detail.medium.serial));
    // The printer lives as long as the dialog that paints on it.
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this, printer](QPrinter* p) { MediaPrint::render(html(), *p); });
    preview->resize(1000, 720);
    preview->open();
}

} // namespace cp::client
