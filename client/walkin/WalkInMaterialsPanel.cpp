#include "walkin/WalkInMaterialsPanel.h"

#include "UploadContent.h"
#include "common/CommonTerms.h"
#include "common/RequiredMaterialsList.h"
#include "ui_WalkInMaterialsPanel.h"
#include "walkin/WalkInApi.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>

namespace cp::client {

WalkInMaterialsPanel::WalkInMaterialsPanel(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::WalkInMaterialsPanel>())
{
    ui->setupUi(this);
    for (const CodeName& k : CommonTerms::materialKinds())
        ui->materialKindCombo->addItem(k.name, k.code);
    ui->materialsTable->setColumnCount(3);
    ui->materialsTable->setHorizontalHeaderLabels({tr("Kind"), tr("File"), tr("Size")});
    ui->materialsTable->verticalHeader()->hide();
    ui->materialsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->materialsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->materialsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(ui->attachButton, &QPushButton::clicked, this, &WalkInMaterialsPanel::chooseFile);
    clear();
}

WalkInMaterialsPanel::~WalkInMaterialsPanel() = default;

void WalkInMaterialsPanel::setRequired(const QStringList& kinds)
{
    m_required = kinds;
    refreshRequired();
}

void WalkInMaterialsPanel::setApplication(qint64 applicationId,
                                          const QList<cp::protocol::MaterialInfo>& attached)
{
    m_applicationId = applicationId;
    m_attached.clear();
    ui->materialsTable->setRowCount(0);
    for (const auto& m : attached)
        appendRow(m);
    m_attachingEnabled = true;
    refreshRequired();
    updateEnabled();
}

void WalkInMaterialsPanel::setAttachingEnabled(bool enabled)
{
    m_attachingEnabled = enabled;
    updateEnabled();
}

void WalkInMaterialsPanel::clear()
{
    m_stressed.clear();
    ui->materialsError->hide();
    setApplication(0, {});
}

QStringList WalkInMaterialsPanel::missing() const
{
    QStringList out;
    for (const QString& kind : m_required) {
        const bool present =
            std::any_of(m_attached.cbegin(), m_attached.cend(),
                        [&kind](const cp::protocol::MaterialInfo& m) { return m.kind == kind; });
        if (!present)
            out.append(kind);
    }
    return out;
}

void WalkInMaterialsPanel::focusAttachButton()
{
    ui->attachButton->setFocus(Qt::OtherFocusReason);
}

void WalkInMaterialsPanel::markMissing(const QStringList& kinds)
{
    m_stressed = kinds;
    refreshRequired();
}

void WalkInMaterialsPanel::refreshRequired()
{
    const QStringList stillMissing = missing();
    RequiredMaterialsList::fill(ui->requiredList, m_required, stillMissing, m_stressed,
                                &CommonTerms::materialKind);
    // The clerk usually attaches what is missing next: offer it first.
    if (!stillMissing.isEmpty()) {
        const int i = ui->materialKindCombo->findData(stillMissing.first());
        if (i >= 0)
            ui->materialKindCombo->setCurrentIndex(i);
    }
}

void WalkInMaterialsPanel::appendRow(const cp::protocol::MaterialInfo& m)
{
    m_attached.append(m);
    const int row = ui->materialsTable->rowCount();
    ui->materialsTable->insertRow(row);
    ui->materialsTable->setItem(row, 0, new QTableWidgetItem(CommonTerms::materialKind(m.kind)));
    auto* file = new QTableWidgetItem(m.fileName);
    file->setToolTip(tr("SHA-256: %1").arg(m.sha256));
    ui->materialsTable->setItem(row, 1, file);
    ui->materialsTable->setItem(row, 2, new QTableWidgetItem(QLocale().formattedDataSize(m.sizeBytes)));
}

void WalkInMaterialsPanel::chooseFile()
{
    // A window-modal dialog opened with open(): no nested event loop.
    auto* dialog = new QFileDialog(this, tr("Attach Scanned Material"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Scans (*.pdf *.jpg *.jpeg *.png)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const QString kind = ui->materialKindCombo->currentData().toString();
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, kind](const QString& path) { attachFile(path, kind); });
    dialog->open();
}

void WalkInMaterialsPanel::attachFile(const QString& path, const QString& kind)
{
    if (!m_api || m_applicationId == 0 || m_uploading)
        return;
    ui->materialsError->hide();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const QByteArray content = file.readAll();
    // The type the server accepts, recognised from the content (the server
    // checks that content and declared type agree).
    const QString mimeType = cp::sniffedContentType(content);
    if (mimeType.isEmpty()) {
        showError(
            tr("%1 is not a JPEG, PNG or PDF file. Please scan the document again in one of these formats.")
                .arg(QFileInfo(path).fileName()));
        return;
    }
    setUploading(true);
    m_api->addMaterial(m_applicationId, kind, QFileInfo(path).fileName(), mimeType, content, this,
                       [this](const ApiResult& r, const cp::protocol::MaterialInfo& info) {
                           setUploading(false);
                           if (!r.ok()) {
                               showError(r.userMessage());
                               return;
                           }
                           appendRow(info);
                           m_stressed.removeAll(info.kind);
                           refreshRequired();
                           Q_EMIT materialsChanged();
                       });
}

void WalkInMaterialsPanel::showError(const QString& message)
{
    ui->materialsError->setText(message);
    ui->materialsError->show();
}

void WalkInMaterialsPanel::setUploading(bool uploading)
{
    m_uploading = uploading;
    ui->attachButton->setText(uploading ? tr("Uploading…") : tr("&Attach scan…"));
    updateEnabled();
    Q_EMIT uploadingChanged(uploading);
}

void WalkInMaterialsPanel::updateEnabled()
{
    const bool can = m_applicationId != 0 && m_attachingEnabled && !m_uploading;
    ui->attachButton->setEnabled(can);
    ui->materialKindCombo->setEnabled(can);
    ui->attachButton->setToolTip(m_applicationId == 0 ? tr("Register the application first.")
                                                      : tr("JPEG, PNG or PDF scan of the document"));
}

} // namespace cp::client
