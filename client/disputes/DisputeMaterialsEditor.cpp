#include "disputes/DisputeMaterialsEditor.h"

#include "DisputeMaterials.h"
#include "UploadContent.h"
#include "common/RequiredMaterialsList.h"
#include "disputes/DisputeTerms.h"
#include "ui_DisputeMaterialsEditor.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>

namespace cp::client {

DisputeMaterialsEditor::DisputeMaterialsEditor(QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::DisputeMaterialsEditor>())
{
    ui->setupUi(this);
    for (const CodeName& k : DisputeTerms::materialKinds())
        ui->materialKindCombo->addItem(k.name, k.code);
    QTableWidget* t = ui->materialsTable;
    t->setColumnCount(3);
    t->setHorizontalHeaderLabels({tr("Kind"), tr("File"), tr("Size")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(ui->attachButton, &QPushButton::clicked, this, &DisputeMaterialsEditor::chooseFile);
    connect(ui->removeButton, &QPushButton::clicked, this, &DisputeMaterialsEditor::removeSelected);
    connect(t, &QTableWidget::itemSelectionChanged, this,
            [this] { ui->removeButton->setEnabled(ui->materialsTable->currentRow() >= 0); });
    refresh();
}

DisputeMaterialsEditor::~DisputeMaterialsEditor() = default;

void DisputeMaterialsEditor::setRequired(const QStringList& kinds)
{
    m_required = kinds;
    refresh();
}

void DisputeMaterialsEditor::clear()
{
    m_materials.clear();
    m_stressed.clear();
    ui->materialsError->hide();
    refresh();
    Q_EMIT materialsChanged();
}

QStringList DisputeMaterialsEditor::missing() const
{
    QStringList out;
    for (const QString& kind : m_required)
        if (std::none_of(m_materials.cbegin(), m_materials.cend(),
                         [&kind](const auto& m) { return m.kind == kind; }))
            out.append(kind);
    return out;
}

void DisputeMaterialsEditor::markMissing(const QStringList& kinds)
{
    m_stressed = kinds;
    refresh();
}

std::optional<QString> DisputeMaterialsEditor::attachFile(const QString& path, const QString& kind)
{
    ui->materialsError->hide();
    const QString name = QFileInfo(path).fileName();
    auto fail = [this](const QString& message) {
        showError(message);
        return std::optional<QString>(message);
    };
    if (m_materials.size() >= cp::protocol::kMaxDisputeMaterials)
        return fail(tr("An application takes at most %1 files.").arg(cp::protocol::kMaxDisputeMaterials));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.size() > cp::protocol::kMaxDisputeMaterialBytes)
        return fail(tr("%1 is %2; a scan may be at most %3.")
                        .arg(name, QLocale().formattedDataSize(file.size()),
                             QLocale().formattedDataSize(cp::protocol::kMaxDisputeMaterialBytes)));
    const QByteArray content = file.readAll();
    if (content.isEmpty())
        return fail(tr("%1 is empty.").arg(name));
    const QString mimeType = cp::sniffedContentType(content);
    if (mimeType.isEmpty())
        return fail(tr("%1 is not a JPEG, PNG or PDF file. Please scan the document again in one of these "
                       "formats.")
                        .arg(name));
    qint64 total = content.size();
    for (const auto& m : std::as_const(m_materials))
        total += m.content.size();
    if (total > cp::protocol::kMaxDisputeMaterialsTotalBytes)
        return fail(
            tr("With %1 the scans would exceed %2 in all.")
                .arg(name, QLocale().formattedDataSize(cp::protocol::kMaxDisputeMaterialsTotalBytes)));

    cp::protocol::DisputeMaterialUpload m;
    m.kind = kind;
    m.fileName = name;
    m.mimeType = mimeType;
    m.content = content;
    m_materials.append(m);
    m_stressed.removeAll(kind);
    refresh();
    Q_EMIT materialsChanged();
    return std::nullopt;
}

void DisputeMaterialsEditor::removeSelected()
{
    const int row = ui->materialsTable->currentRow();
    if (row < 0 || row >= m_materials.size())
        return;
    m_materials.removeAt(row);
    refresh();
    Q_EMIT materialsChanged();
}

void DisputeMaterialsEditor::chooseFile()
{
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

void DisputeMaterialsEditor::refresh()
{
    QTableWidget* t = ui->materialsTable;
    t->setRowCount(0);
    for (int i = 0; i < m_materials.size(); ++i) {
        const auto& m = m_materials[i];
        t->insertRow(i);
        t->setItem(i, 0, new QTableWidgetItem(DisputeTerms::materialKind(m.kind)));
        t->setItem(i, 1, new QTableWidgetItem(m.fileName));
        t->setItem(i, 2, new QTableWidgetItem(QLocale().formattedDataSize(m.content.size())));
    }
    ui->removeButton->setEnabled(false);

    const QStringList stillMissing = missing();
    RequiredMaterialsList::fill(ui->requiredList, m_required, stillMissing, m_stressed,
                                &DisputeTerms::materialKind);
    // The clerk usually attaches what is missing next: offer it first.
    if (!stillMissing.isEmpty()) {
        const int i = ui->materialKindCombo->findData(stillMissing.first());
        if (i >= 0)
            ui->materialKindCombo->setCurrentIndex(i);
    }
}

void DisputeMaterialsEditor::showError(const QString& message)
{
    ui->materialsError->setText(message);
    ui->materialsError->show();
}

} // namespace cp::client
