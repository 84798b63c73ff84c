#include "backup/BackupPage.h"

#include "ui_BackupPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

namespace cp::client {

using namespace cp::protocol;

namespace {

enum Column { ColTime, ColKind, ColFile, ColSize, ColHash, ColVerified, ColStatus, ColCount };

QString beijing(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

const QColor kFailedInk(0x8c, 0x1d, 0x18);

} // namespace

BackupPage::BackupPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::BackupPage>()), m_api(api)
{
    ui->setupUi(this);
    QTableWidget* t = ui->backupsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels(
        {tr("Started"), tr("Kind"), tr("File"), tr("Size"), tr("SHA-256"), tr("Verified"), tr("State")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColHash, QHeaderView::Stretch);
    ui->targetEdit->setText(QStringLiteral("restored-%1.db")
                                .arg(QDateTime::currentDateTimeUtc()
                                         .toTimeZone(QTimeZone(8 * 3600))
                                         .toString(QStringLiteral("yyyyMMdd-HHmm"))));
    connect(ui->refreshButton, &QPushButton::clicked, this, &BackupPage::refresh);
    connect(ui->backupButton, &QPushButton::clicked, this, &BackupPage::backupNow);
    connect(ui->verifyButton, &QPushButton::clicked, this, &BackupPage::verifySelected);
    connect(ui->restoreButton, &QPushButton::clicked, this, &BackupPage::restoreSelected);
    connect(t, &QTableWidget::itemSelectionChanged, this, &BackupPage::updateButtons);
    connect(ui->targetEdit, &QLineEdit::textChanged, this, &BackupPage::updateButtons);
    refresh();
}

BackupPage::~BackupPage() = default;

void BackupPage::setBusy(bool busy)
{
    m_busy = busy;
    ui->backupButton->setEnabled(!busy);
    ui->refreshButton->setEnabled(!busy);
    updateButtons();
}

void BackupPage::showError(const QString& message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT failed(message);
}

std::optional<BackupInfo> BackupPage::selected() const
{
    const int row = ui->backupsTable->currentRow();
    if (row < 0 || row >= m_overview.backups.size())
        return std::nullopt;
    return m_overview.backups[row];
}

void BackupPage::updateButtons()
{
    const auto b = selected();
    const bool usable = !m_busy && b && b->status == QLatin1String("ok");
    ui->verifyButton->setEnabled(usable);
    ui->restoreButton->setEnabled(usable && !ui->targetEdit->text().trimmed().isEmpty());
}

void BackupPage::refresh()
{
    setBusy(true);
    m_api.overview(this, [this](const ApiResult& r, const BackupOverview& o) {
        setBusy(false);
        if (!r.ok()) {
            showError(r.userMessage());
            return;
        }
        showError({});
        m_overview = o;
        fill();
        Q_EMIT loaded();
    });
}

void BackupPage::fill()
{
    const qint64 days = m_overview.intervalSeconds / 86400;
    const QString interval = days * 86400 == m_overview.intervalSeconds
                                 ? tr("every %n day(s)", nullptr, int(days))
                                 : tr("every %n hour(s)", nullptr, int(m_overview.intervalSeconds / 3600));
    ui->scheduleLabel->setText(
        tr("Scheduled full backup %1; the newest %2 files are kept in %3 on the server. "
           "Last backup: %4. Next due: %5.")
            .arg(interval)
            .arg(m_overview.retention)
            .arg(m_overview.directory,
                 m_overview.lastBackupAt.isValid() ? beijing(m_overview.lastBackupAt) : tr("never"),
                 beijing(m_overview.nextDueAt)));
    QTableWidget* t = ui->backupsTable;
    t->setRowCount(0);
    const QLocale locale;
    for (int i = 0; i < m_overview.backups.size(); ++i) {
        const BackupInfo& b = m_overview.backups[i];
        QString verified = tr("not yet");
        if (b.verifyResult == QLatin1String("ok"))
            verified = tr("OK, %1").arg(beijing(b.verifiedAt));
        else if (b.verifyResult == QLatin1String("failed"))
            verified = tr("FAILED, %1").arg(beijing(b.verifiedAt));
        QString state = b.status;
        if (b.status == QLatin1String("ok"))
            state = tr("Available");
        else if (b.status == QLatin1String("pruned"))
            state = tr("Removed by retention");
        else if (b.status == QLatin1String("failed"))
            state = tr("Failed: %1").arg(b.error);
        const QStringList cells{beijing(b.startedAt),
                                b.kind == QLatin1String("scheduled") ? tr("Scheduled")
                                                                     : tr("Manual (%1)").arg(b.requestedBy),
                                b.fileName,
                                b.sizeBytes > 0 ? locale.formattedDataSize(b.sizeBytes) : QString(),
                                b.sha256,
                                verified,
                                state};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, b.id);
            if (b.status == QLatin1String("failed") || b.verifyResult == QLatin1String("failed"))
                item->setForeground(kFailedInk);
            t->setItem(i, c, item);
        }
    }
    updateButtons();
}

void BackupPage::backupNow()
{
    setBusy(true);
    ui->resultLabel->setText(tr("Backing up while the server keeps running…"));
    m_api.backupNow(this, [this](const ApiResult& r, const BackupInfo& b) {
        setBusy(false);
        if (!r.ok()) {
            ui->resultLabel->clear();
            showError(r.userMessage());
            return;
        }
        ui->resultLabel->setText(tr("Backup %1 made and verified (%2, SHA-256 %3).")
                                     .arg(b.fileName, QLocale().formattedDataSize(b.sizeBytes), b.sha256));
        Q_EMIT backedUp(b);
        refresh();
    });
}

void BackupPage::verifySelected()
{
    const auto b = selected();
    if (!b)
        return;
    setBusy(true);
    m_api.verify(b->id, this, [this](const ApiResult& r, const BackupInfo& v) {
        setBusy(false);
        if (!r.ok()) {
            showError(r.userMessage());
            return;
        }
        ui->resultLabel->setText(
            v.verifyResult == QLatin1String("ok")
                ? tr("Backup %1 verified: %2").arg(v.fileName, v.verifyDetail)
                : tr("Backup %1 FAILED verification: %2").arg(v.fileName, v.verifyDetail));
        Q_EMIT verified(v);
        refresh();
    });
}

void BackupPage::restoreSelected()
{
    const auto b = selected();
    if (!b)
        return;
    setBusy(true);
    m_api.restore(b->id, ui->targetEdit->text().trimmed(), this,
                  [this](const ApiResult& r, const RestoreResult& x) {
                      setBusy(false);
                      if (!r.ok()) {
                          showError(r.userMessage());
                          return;
                      }
                      showError({});
                      ui->resultLabel->setText(
                          tr("Restored into the new file %1 on the server: %2 tables, audit chain intact "
                             "(%3 entries). Stop the server and swap the files to use it.")
                              .arg(x.target)
                              .arg(x.tables)
                              .arg(x.auditEntries));
                      Q_EMIT restored(x);
                  });
}

} // namespace cp::client
