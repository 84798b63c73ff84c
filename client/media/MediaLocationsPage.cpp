#include "media/MediaLocationsPage.h"

#include "common/DeskListPage.h"
#include "media/MediaLocationDialog.h"
#include "ui_MediaLocationsPage.h"

#include <QHeaderView>

namespace cp::client {

namespace {
enum Column { ColCode, ColName, ColLevels, ColActive, ColMedia, ColCount };
}

MediaLocationsPage::MediaLocationsPage(ApiClient& api, QWidget* parent)
    : QWidget(parent), ui(std::make_unique<Ui::MediaLocationsPage>()), m_api(api)
{
    ui->setupUi(this);
    QTableWidget* t = ui->locationsTable;
    t->setColumnCount(ColCount);
    t->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Levels it may hold"), tr("In use"), tr("Media")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    connect(ui->refreshButton, &QPushButton::clicked, this, &MediaLocationsPage::refresh);
    connect(ui->addButton, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(ui->editButton, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(t, &QTableWidget::itemActivated, this, [this] { openDialog(true); });
    connect(t, &QTableWidget::itemSelectionChanged, this,
            [this] { ui->editButton->setEnabled(ui->locationsTable->currentRow() >= 0); });
    ui->editButton->setEnabled(false);
    refresh();
}

MediaLocationsPage::~MediaLocationsPage() = default;

void MediaLocationsPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    ui->refreshButton->setEnabled(false);
    ui->errorLabel->hide();
    auto fail = [this](const ApiResult& r) {
        m_loading = false;
        ui->refreshButton->setEnabled(true);
        ui->errorLabel->setText(r.userMessage());
        ui->errorLabel->show();
    };
    m_api.levels(this, [this, fail](const ApiResult& r, const QList<cp::protocol::MediaLevel>& levels) {
        if (!r.ok())
            return fail(r);
        m_levels = levels;
        m_api.locations(this,
                        [this, fail](const ApiResult& r, const QList<cp::protocol::MediaLocation>& list) {
                            if (!r.ok())
                                return fail(r);
                            m_loading = false;
                            ui->refreshButton->setEnabled(true);
                            m_locations = list;
                            fill();
                            Q_EMIT loaded();
                        });
    });
}

void MediaLocationsPage::fill()
{
    QHash<QString, QString> names;
    for (const auto& l : std::as_const(m_levels))
        names.insert(l.code, l.name);
    QTableWidget* t = ui->locationsTable;
    t->setRowCount(0);
    for (int i = 0; i < m_locations.size(); ++i) {
        const auto& loc = m_locations[i];
        QStringList levels;
        for (const QString& code : loc.levels)
            levels << names.value(code, code);
        const QStringList cells{loc.code, loc.name, levels.join(tr(", ")), loc.active ? tr("Yes") : tr("No"),
                                QString::number(loc.mediaCount)};
        t->insertRow(i);
        for (int c = 0; c < ColCount; ++c)
            t->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    ui->countLabel->setText(tr("%n location(s).", nullptr, int(m_locations.size())));
    ui->editButton->setEnabled(t->currentRow() >= 0);
}

bool MediaLocationsPage::select(const QString& code)
{
    return deskSelectRow(ui->locationsTable, m_locations, [&](const auto& e) { return e.code == code; });
}

void MediaLocationsPage::openDialog(bool edit)
{
    const int row = ui->locationsTable->currentRow();
    if (edit && (row < 0 || row >= m_locations.size()))
        return;
    auto* d =
        new MediaLocationDialog(m_api, m_levels, edit ? std::optional(m_locations[row]) : std::nullopt, this);
    connect(d, &MediaLocationDialog::saved, this, [this] { refresh(); });
    d->open();
}

} // namespace cp::client
