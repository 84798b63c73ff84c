#include "audit/AuditLogPage.h"

#include "audit/AuditExportFiles.h"
#include "ui_AuditLogPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QStyle>
#include <QTimeZone>

namespace cp::client {

using namespace cp::protocol;

namespace {

enum Column { ColSeq, ColTime, ColAccount, ColWorkstation, ColAction, ColTarget, ColOutcome, ColCount };

const QTimeZone kBeijing(8 * 3600);

QString beijing(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(kBeijing).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void setResult(QLabel* label, const QString& text, const char* result)
{
    label->setText(text);
    label->setProperty("result", QLatin1String(result));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

AuditLogPage::AuditLogPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::AuditLogPage>()), m_api(api)
{
    ui->setupUi(this);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(kBeijing).date();
    ui->fromEdit->setDate(today.addDays(-30));
    ui->toEdit->setDate(today);
    const QList<std::pair<QString, QString>> actions{
        {tr("All actions"), QString()},
        {tr("All queries (query.*)"), QStringLiteral("query.")},
        {tr("Logins and sessions (auth.*)"), QStringLiteral("auth.")},
        {tr("Refused access"), QStringLiteral("access.denied")},
        {tr("Audit review (audit.*)"), QStringLiteral("audit.")},
        {tr("Backups (backup.*)"), QStringLiteral("backup.")},
        {tr("Disputes (dispute.*)"), QStringLiteral("dispute.")}};
    for (const auto& [name, code] : actions)
        ui->actionCombo->addItem(name, code);
    for (const QString& code :
         {QString(), QStringLiteral("ok"), QStringLiteral("denied"), QStringLiteral("failed"),
          QStringLiteral("refused"), QStringLiteral("broken")})
        ui->outcomeCombo->addItem(code.isEmpty() ? tr("Any outcome") : outcomeName(code), code);

    QTableWidget* t = ui->entriesTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels(
        {tr("Seq"), tr("Time"), tr("Account"), tr("Workstation"), tr("Action"), tr("Target"), tr("Outcome")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColTarget, QHeaderView::Stretch);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);

    connect(ui->searchButton, &QPushButton::clicked, this, &AuditLogPage::search);
    for (QLineEdit* e : {ui->accountEdit, ui->subjectEdit})
        connect(e, &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(ui->prevButton, &QPushButton::clicked, this, [this] { load(m_page.page - 1); });
    connect(ui->nextButton, &QPushButton::clicked, this, [this] { load(m_page.page + 1); });
    connect(t, &QTableWidget::itemSelectionChanged, this, &AuditLogPage::showDetail);
    connect(ui->verifyButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the audit report"));
        if (!dir.isEmpty())
            exportTo(dir);
    });
    connect(ui->checkExportButton, &QPushButton::clicked, this, [this] {
        const QString csv =
            QFileDialog::getOpenFileName(this, tr("Exported audit CSV"), QString(), tr("CSV files (*.csv)"));
        if (!csv.isEmpty())
            checkExport(csv, csv + QStringLiteral(".sig"));
    });
    search();
}

AuditLogPage::~AuditLogPage() = default;

AuditFilter AuditLogPage::filter() const
{
    AuditFilter f;
    f.from = QDateTime(ui->fromEdit->date(), QTime(0, 0), kBeijing).toUTC();
    f.to = QDateTime(ui->toEdit->date().addDays(1), QTime(0, 0), kBeijing).toUTC();
    f.account = ui->accountEdit->text().trimmed();
    const int action = ui->actionCombo->currentIndex();
    const QString typed = ui->actionCombo->currentText().trimmed();
    f.action = action >= 0 && ui->actionCombo->itemText(action) == typed
                   ? ui->actionCombo->itemData(action).toString()
                   : typed;
    f.subject = ui->subjectEdit->text().trimmed();
    f.outcome = ui->outcomeCombo->currentData().toString();
    return f;
}

void AuditLogPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    ui->searchButton->setEnabled(m_busy == 0);
    ui->exportButton->setEnabled(m_busy == 0);
    ui->verifyButton->setEnabled(m_busy == 0);
}

void AuditLogPage::showError(const QString& message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->setVisible(!message.isEmpty());
}

void AuditLogPage::search()
{
    m_shown = filter();
    m_shown.untilSeq = 0;
    load(1);
}

void AuditLogPage::load(int page)
{
    if (page < 1)
        return;
    setBusy(true);
    showError({});
    m_api.search(m_shown, page, kPageSize, this, [this](const ApiResult& r, const AuditPage& p) {
        setBusy(false);
        if (!r.ok()) {
            showError(r.userMessage());
            return;
        }
        m_page = p;
        m_shown.untilSeq = p.headSeq; // later pages read the same snapshot
        fill();
        Q_EMIT pageLoaded();
    });
}

void AuditLogPage::fill()
{
    QTableWidget* t = ui->entriesTable;
    t->setRowCount(0);
    for (int i = 0; i < m_page.entries.size(); ++i) {
        const AuditEntryView& e = m_page.entries[i];
        const QStringList cells{QString::number(e.seq), beijing(e.at),        e.login,
                                e.workstation,          actionName(e.action), e.target,
                                outcomeName(e.outcome)};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, e.seq);
            if (c == ColAction)
                item->setToolTip(e.action);
            t->setItem(i, c, item);
        }
    }
    const int pages = int((m_page.total + kPageSize - 1) / kPageSize);
    ui->pageLabel->setText(tr("Page %1 of %2").arg(m_page.page).arg(std::max(1, pages)));
    ui->totalLabel->setText(tr("%n entry(ies) match.", nullptr, int(m_page.total)));
    ui->prevButton->setEnabled(m_page.page > 1);
    ui->nextButton->setEnabled(m_page.page < pages);
    ui->detailView->clear();
    ui->detailCheckLabel->clear();
}

void AuditLogPage::showDetail()
{
    const int row = ui->entriesTable->currentRow();
    if (row < 0 || row >= m_page.entries.size())
        return;
    m_api.entry(m_page.entries[row].seq, this, [this](const ApiResult& r, const AuditEntryDetail& d) {
        if (!r.ok()) {
            showError(r.userMessage());
            return;
        }
        const AuditEntryView& e = d.entry;
        QString detail = e.detail;
        const QJsonDocument json = QJsonDocument::fromJson(e.detail.toUtf8());
        if (json.isObject())
            detail = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
        const QStringList lines{
            tr("Seq: %1").arg(e.seq),
            tr("Time: %1 (Beijing)").arg(beijing(e.at)),
            tr("Account: %1%2").arg(e.login, e.accountId ? tr(" (no. %1)").arg(*e.accountId) : QString()),
            tr("Certificate serial: %1").arg(e.certSerial),
            tr("Workstation: %1").arg(e.workstation),
            tr("Action: %1 (%2)").arg(actionName(e.action), e.action),
            tr("Target: %1").arg(e.target),
            tr("Outcome: %1").arg(outcomeName(e.outcome)),
            tr("Details:"),
            detail,
            tr("Previous hash: %1").arg(e.prevHash),
            tr("Hash: %1").arg(e.hash)};
        ui->detailView->setPlainText(lines.join(u'\n'));
        if (d.hashOk && d.linkOk)
            setResult(ui->detailCheckLabel,
                      tr("This entry matches its hash and its link to the previous entry."), "ok");
        else
            setResult(ui->detailCheckLabel,
                      d.hashOk ? tr("This entry's link to the previous entry is broken.")
                               : tr("This entry has been changed: its content no longer matches its hash."),
                      "broken");
        Q_EMIT detailLoaded();
    });
}

void AuditLogPage::verifyChain()
{
    setBusy(true);
    setResult(ui->verifyResultLabel, tr("Verifying the whole chain…"), "");
    m_api.verifyChain(this, [this](const ApiResult& r, const AuditChainResult& v) {
        setBusy(false);
        if (!r.ok()) {
            setResult(ui->verifyResultLabel, r.userMessage(), "broken");
            return;
        }
        if (v.ok)
            setResult(
                ui->verifyResultLabel,
                tr("Chain intact: all %1 entries verified at %2.").arg(v.entries).arg(beijing(v.checkedAt)),
                "ok");
        else if (v.status == QLatin1String("truncated"))
            // Attack review (issue 11) finding 4: every link verifies, yet entries were cut off.
            setResult(ui->verifyResultLabel,
                      tr("Chain TRUNCATED: entries recorded in a checkpoint, backup or export are missing or "
                         "were replaced (%1).")
                          .arg(v.anchorProblem),
                      "broken");
        else if (v.firstBrokenSeq == 0)
            setResult(ui->verifyResultLabel, tr("Chain verification FAILED: %1").arg(v.reason), "broken");
        else
            setResult(ui->verifyResultLabel,
                      tr("Chain BROKEN at entry %1 (%2). The %3 entries before it verified.")
                          .arg(v.firstBrokenSeq)
                          .arg(v.reason)
                          .arg(v.entries),
                      "broken");
        Q_EMIT chainVerified(v);
    });
}

void AuditLogPage::exportTo(const QString& dir)
{
    setBusy(true);
    ui->exportResultLabel->setText(tr("Exporting…"));
    m_api.exportPeriod(filter(), this, [this, dir](const ApiResult& r, const AuditExport& e) {
        setBusy(false);
        if (!r.ok()) {
            ui->exportResultLabel->setText(QString());
            showError(r.userMessage());
            return;
        }
        QString error;
        const auto paths = AuditExportFiles::write(e, dir, &error);
        if (!paths) {
            showError(error);
            return;
        }
        ui->exportResultLabel->setText(
            tr("Report %1: %n entry(ies) in %2 with its signature file and PDF.", nullptr, int(e.entries))
                .arg(e.number, QDir::toNativeSeparators(paths->csv)));
        Q_EMIT exported(paths->csv);
    });
}

void AuditLogPage::checkExport(const QString& csvPath, const QString& sigPath)
{
    const auto sig = AuditExportFiles::readSignature(sigPath);
    if (!sig) {
        showError(
            tr("%1 is not a signature file of an audit export.").arg(QDir::toNativeSeparators(sigPath)));
        return;
    }
    const QString actual = AuditExportFiles::sha256Of(csvPath);
    m_api.verifyExport(
        sig->number, actual, sig->signature, this, [this, sig](const ApiResult& r, const QString& result) {
            if (!r.ok()) {
                showError(r.userMessage());
                return;
            }
            if (result == QLatin1String("genuine"))
                setResult(ui->exportResultLabel, tr("Report %1 is genuine and unchanged.").arg(sig->number),
                          "ok");
            else if (result == QLatin1String("unknown"))
                setResult(ui->exportResultLabel, tr("The server knows no report %1.").arg(sig->number),
                          "broken");
            else
                setResult(
                    ui->exportResultLabel,
                    tr("Report %1 does NOT match: the file or its signature was changed.").arg(sig->number),
                    "broken");
            Q_EMIT exportChecked(result);
        });
}

QString AuditLogPage::actionName(const QString& code)
{
    static const QList<std::pair<const char*, const char*>> names{
        {"query.walkin", QT_TR_NOOP("Walk-in query")},
        {"query.department", QT_TR_NOOP("Department query")},
        {"auth.login", QT_TR_NOOP("Login")},
        {"auth.logout", QT_TR_NOOP("Logout")},
        {"auth.password_change", QT_TR_NOOP("Password change")},
        {"access.denied", QT_TR_NOOP("Access refused")},
        {"audit.verify", QT_TR_NOOP("Audit chain verified")},
        {"audit.export", QT_TR_NOOP("Audit report exported")},
        {"audit.export_verify", QT_TR_NOOP("Audit report checked")},
        {"backup.create", QT_TR_NOOP("Backup made")},
        {"backup.verify", QT_TR_NOOP("Backup verified")},
        {"backup.restore", QT_TR_NOOP("Backup restored")},
        {"backup.prune", QT_TR_NOOP("Old backup removed")},
    };
    for (const auto& [c, name] : names)
        if (code == QLatin1String(c))
            return tr(name);
    return code;
}

QString AuditLogPage::outcomeName(const QString& code)
{
    if (code == QLatin1String("ok"))
        return tr("OK");
    if (code == QLatin1String("denied"))
        return tr("Denied");
    if (code == QLatin1String("failed"))
        return tr("Failed");
    if (code == QLatin1String("refused"))
        return tr("Refused");
    if (code == QLatin1String("broken"))
        return tr("Broken chain found");
    return code;
}

} // namespace cp::client
