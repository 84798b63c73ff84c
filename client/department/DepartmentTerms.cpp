#include "department/DepartmentTerms.h"

#include "common/CommonTerms.h"

#include <QHeaderView>
#include <QTableWidget>

namespace cp::client {

QString DepartmentTerms::authorizationStatus(const QString& code)
{
    if (code == QLatin1String("pending"))
        return tr("Pending");
    if (code == QLatin1String("approved"))
        return tr("Approved");
    if (code == QLatin1String("rejected"))
        return tr("Rejected");
    if (code == QLatin1String("expired"))
        return tr("Expired");
    return code;
}

QString DepartmentTerms::region(const cp::protocol::SubjectSummary& s)
{
    if (s.regionName.isEmpty())
        return s.regionCode;
    return tr("%1 (%2)").arg(s.regionName, s.regionCode);
}

QString DepartmentTerms::period(const QDate& from, const QDate& until)
{
    return tr("%1 – %2").arg(CommonTerms::date(from), CommonTerms::date(until));
}

QString DepartmentTerms::watermark(const QString& viewerName, const QDateTime& at)
{
    return tr("Viewed by %1 · %2").arg(viewerName, CommonTerms::dateTime(at));
}

QString DepartmentTerms::detectMode(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QStringLiteral("prefix");
    for (const QChar c : t)
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber())
            return QStringLiteral("prefix");
    return QStringLiteral("id");
}

cp::IdKind DepartmentTerms::idKindOf(const QString& normalised)
{
    int leadingDigits = 0;
    while (leadingDigits < normalised.size() && normalised.at(leadingDigits).isDigit())
        ++leadingDigits;
    return leadingDigits >= 17 || (leadingDigits == normalised.size() && normalised.size() < 18)
               ? cp::IdKind::CitizenId
               : cp::IdKind::CreditCode;
}

QString DepartmentTerms::idProblem(const QString& normalised)
{
    // As the server: either kind of number is accepted (an all-digit credit code exists too).
    if (cp::isValidCitizenId(normalised) || cp::isValidCreditCode(normalised))
        return {};
    const cp::IdKind kind = idKindOf(normalised);
    const cp::IdCheck check =
        kind == cp::IdKind::CitizenId ? cp::checkCitizenId(normalised) : cp::checkCreditCode(normalised);
    if (check == cp::IdCheck::Empty)
        return tr("Enter an 18-character citizen ID number or unified social credit code.");
    return CommonTerms::idProblem(check, kind);
}

void DepartmentTerms::fillAuthorizationTable(QTableWidget* t, const QList<cp::protocol::BAuthorization>& list)
{
    if (t->columnCount() != 8) {
        t->setColumnCount(8);
        t->setHorizontalHeaderLabels({tr("No."), tr("Subject"), tr("Requested by"), tr("Purpose"),
                                      tr("Legal basis / consent"), tr("Validity"), tr("Status"),
                                      tr("Decision")});
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    }
    t->setRowCount(0);
    for (int i = 0; i < list.size(); ++i) {
        const auto& a = list[i];
        QString decision;
        if (!a.decidedByName.isEmpty())
            decision = a.decisionReason.isEmpty()
                           ? tr("%1, %2").arg(a.decidedByName, CommonTerms::dateTime(a.decidedAt))
                           : tr("%1, %2: %3")
                                 .arg(a.decidedByName, CommonTerms::dateTime(a.decidedAt), a.decisionReason);
        const QStringList cells{
            QString::number(a.id),
            tr("%1 (%2)").arg(a.subject.name, a.subject.idNumber),
            a.requesterUnit.isEmpty() ? a.requesterName : tr("%1, %2").arg(a.requesterName, a.requesterUnit),
            a.purpose,
            a.legalBasis,
            period(a.requestedFrom, a.requestedUntil),
            authorizationStatus(a.status),
            decision};
        t->insertRow(i);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.id);
            item->setToolTip(cells[c]);
            t->setItem(i, c, item);
        }
    }
    t->resizeRowsToContents();
}

} // namespace cp::client
