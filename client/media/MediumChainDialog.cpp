#include "media/MediumChainDialog.h"

#include "media/MediaTerms.h"
#include "ui_MediumChainDialog.h"

#include <QHeaderView>

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

MediumChainDialog::MediumChainDialog(MediaApi& api, qint64 mediumId, QWidget* parent)
    : QDialog(parent), ui(std::make_unique<Ui::MediumChainDialog>())
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
        const QStringList cells{WalkInTerms::dateTime(e.at),
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

} // namespace cp::client
