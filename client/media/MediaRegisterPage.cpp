#include "media/MediaRegisterPage.h"

#include "common/DeskListPage.h"
#include "media/CarryOutRequestDialog.h"
#include "media/MediaPrint.h"
#include "media/MediumChainDialog.h"
#include "media/MediumDialog.h"
#include "media/MediumEventDialog.h"
#include "ui_MediaRegisterPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QStandardPaths>
#include <algorithm>

namespace cp::client {

using cp::protocol::Medium;

namespace {

enum Column { ColSerial, ColType, ColCapacity, ColLevel, ColState, ColWhere, ColWho, ColCount };

const QColor kOverdueRow(0xfd, 0xec, 0xea);
const QColor kOverdueInk(0x8c, 0x1d, 0x18);

} // namespace

MediaRegisterPage::MediaRegisterPage(ApiClient& api, const QString& operatorName, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::MediaRegisterPage>()), m_api(api), m_operatorName(operatorName)
{
    ui->setupUi(this);
    QTableWidget* t = ui->mediaTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels({tr("Serial no."), tr("Type"), tr("Capacity"), tr("Level"), tr("State"),
                                  tr("Where now"), tr("Who has it")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColWhere, QHeaderView::Stretch);

    connect(ui->refreshButton, &QPushButton::clicked, this, &MediaRegisterPage::refresh);
    for (QComboBox* c : {ui->stateCombo, ui->levelCombo, ui->custodianCombo})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox* c : {ui->stateCombo, ui->levelCombo, ui->custodianCombo})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                loadList();
        });
    connect(t, &QTableWidget::itemSelectionChanged, this, &MediaRegisterPage::updateButtons);
    connect(t, &QTableWidget::itemActivated, this, &MediaRegisterPage::openChain);
    connect(ui->registerButton, &QPushButton::clicked, this, &MediaRegisterPage::openRegister);
    connect(ui->editButton, &QPushButton::clicked, this, &MediaRegisterPage::openEdit);
    connect(ui->eventButton, &QPushButton::clicked, this, &MediaRegisterPage::openEvent);
    connect(ui->carryRequestButton, &QPushButton::clicked, this, &MediaRegisterPage::openCarryRequest);
    connect(ui->chainButton, &QPushButton::clicked, this, &MediaRegisterPage::openChain);
    connect(ui->pdfButton, &QPushButton::clicked, this, &MediaRegisterPage::chooseSavePath);
    updateButtons();
    refresh();
}

MediaRegisterPage::~MediaRegisterPage() = default;

void MediaRegisterPage::showError(const ApiResult& r)
{
    m_loading = false;
    ui->refreshButton->setEnabled(true);
    ui->errorLabel->setText(r.userMessage());
    ui->errorLabel->show();
}

void MediaRegisterPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    ui->refreshButton->setEnabled(false);
    ui->errorLabel->hide();
    // The forms pick from these lists; the server checks every pick again.
    m_api.levels(this, [this](const ApiResult& r, const QList<cp::protocol::MediaLevel>& levels) {
        if (!r.ok())
            return showError(r);
        m_ref.levels = levels;
        m_api.people(this, [this](const ApiResult& r, const QList<cp::protocol::MediaPerson>& people) {
            if (!r.ok())
                return showError(r);
            m_ref.people = people;
            m_api.locations(this,
                            [this](const ApiResult& r, const QList<cp::protocol::MediaLocation>& locations) {
                                if (!r.ok())
                                    return showError(r);
                                m_ref.locations = locations;
                                fillFilters();
                                m_loading = false;
                                loadList();
                            });
        });
    });
}

void MediaRegisterPage::fillFilters()
{
    m_filling = true;
    const QVariant state = ui->stateCombo->currentData();
    const QVariant level = ui->levelCombo->currentData();
    const QVariant custodian = ui->custodianCombo->currentData();
    ui->stateCombo->clear();
    ui->stateCombo->addItem(tr("All but destroyed"), QString());
    for (const auto& s : MediaTerms::states())
        ui->stateCombo->addItem(s.name, s.code);
    ui->stateCombo->addItem(tr("Carried out, overdue"), QStringLiteral("overdue"));
    ui->stateCombo->addItem(tr("All, destroyed too"), QStringLiteral("all"));
    ui->levelCombo->clear();
    ui->levelCombo->addItem(tr("All levels"), QString());
    for (const auto& l : m_ref.levels)
        ui->levelCombo->addItem(l.name, l.code);
    ui->custodianCombo->clear();
    ui->custodianCombo->addItem(tr("Anyone"), qint64(0));
    for (const auto& p : m_ref.people)
        ui->custodianCombo->addItem(p.name, p.id);
    for (auto [combo, value] : {std::pair{ui->stateCombo, state}, std::pair{ui->levelCombo, level},
                                std::pair{ui->custodianCombo, custodian}})
        combo->setCurrentIndex(value.isValid() ? std::max(0, combo->findData(value)) : 0);
    m_filling = false;
}

void MediaRegisterPage::loadList()
{
    if (m_loading)
        return;
    m_loading = true;
    ui->refreshButton->setEnabled(false);
    MediaQuery q;
    q.state = ui->stateCombo->currentData().toString();
    q.level = ui->levelCombo->currentData().toString();
    q.custodianId = ui->custodianCombo->currentData().toLongLong();
    m_api.media(q, this, [this](const ApiResult& r, const QList<Medium>& media) {
        if (!r.ok())
            return showError(r);
        m_loading = false;
        ui->refreshButton->setEnabled(true);
        ui->errorLabel->hide();
        m_media = media;
        fill();
        Q_EMIT loaded();
    });
}

void MediaRegisterPage::fill()
{
    const auto selected = current();
    QTableWidget* t = ui->mediaTable;
    t->setRowCount(0);
    for (int i = 0; i < m_media.size(); ++i) {
        const Medium& m = m_media[i];
        const QStringList cells{m.serial,
                                MediaTerms::type(m.type),
                                m.capacity,
                                m.levelName,
                                MediaTerms::state(m.state),
                                MediaTerms::whereNow(m),
                                MediaTerms::whoHasIt(m)};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, m.id);
            if (m.overdue) {
                item->setBackground(kOverdueRow);
                item->setForeground(kOverdueInk);
            }
            t->setItem(i, c, item);
        }
    }
    const auto overdue =
        std::count_if(m_media.begin(), m_media.end(), [](const Medium& m) { return m.overdue; });
    ui->countLabel->setText(
        overdue > 0 ? tr("%n medium/media shown, %1 out past the return date.", nullptr, int(m_media.size()))
                          .arg(overdue)
                    : tr("%n medium/media shown.", nullptr, int(m_media.size())));
    if (selected)
        select(selected->id);
    updateButtons();
}

std::optional<Medium> MediaRegisterPage::current() const
{
    const int row = ui->mediaTable->currentRow();
    if (row < 0 || row >= m_media.size() || !ui->mediaTable->item(row, 0)->isSelected())
        return std::nullopt;
    return m_media[row];
}

bool MediaRegisterPage::select(qint64 mediumId)
{
    return deskSelectRow(ui->mediaTable, m_media, [&](const auto& e) { return e.id == mediumId; });
}

void MediaRegisterPage::updateButtons()
{
    const bool chosen = current().has_value();
    for (QPushButton* b : {ui->editButton, ui->eventButton, ui->carryRequestButton, ui->chainButton})
        b->setEnabled(chosen);
}

void MediaRegisterPage::openRegister()
{
    auto* d = new MediumDialog(m_api, m_ref, std::nullopt, this);
    connect(d, &MediumDialog::saved, this, [this](const Medium& m) {
        loadList();
        connect(
            this, &MediaRegisterPage::loaded, this, [this, id = m.id] { select(id); },
            Qt::SingleShotConnection);
    });
    d->open();
}

void MediaRegisterPage::openEdit()
{
    const auto m = current();
    if (!m)
        return;
    auto* d = new MediumDialog(m_api, m_ref, m, this);
    connect(d, &MediumDialog::saved, this, [this] { loadList(); });
    d->open();
}

void MediaRegisterPage::openEvent()
{
    const auto m = current();
    if (!m)
        return;
    QList<Medium> replacements;
    for (const Medium& other : std::as_const(m_media))
        if (other.id != m->id && other.state == QLatin1String("in_store"))
            replacements << other;
    auto* d = new MediumEventDialog(m_api, m_ref, *m, replacements, this);
    connect(d, &MediumEventDialog::recorded, this, [this] { loadList(); });
    d->open();
}

void MediaRegisterPage::openCarryRequest()
{
    const auto m = current();
    if (!m)
        return;
    auto* d = new CarryOutRequestDialog(m_api, m_ref, *m, this);
    d->open();
}

void MediaRegisterPage::openChain()
{
    const auto m = current();
    if (!m)
        return;
    auto* d = new MediumChainDialog(m_api, m->id, m_operatorName, this);
    d->open();
}

QString MediaRegisterPage::filterText() const
{
    return tr("State: %1 · Level: %2 · Custodian: %3")
        .arg(ui->stateCombo->currentText(), ui->levelCombo->currentText(), ui->custodianCombo->currentText());
}

std::optional<QString> MediaRegisterPage::saveRegisterPdf(const QString& path)
{
    const auto error = MediaPrint::writePdf(
        MediaPrint::registerHtml(m_media, filterText(), m_operatorName, QDateTime::currentDateTimeUtc()),
        tr("Storage Media Register"), path);
    if (error) {
        ui->errorLabel->setText(*error);
        ui->errorLabel->show();
    }
    return error;
}

void MediaRegisterPage::chooseSavePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Save Register as PDF"),
                                   QDir(dir).filePath(tr("media-register.pdf")), tr("PDF files (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveRegisterPdf(path); });
    dialog->open();
}

} // namespace cp::client
