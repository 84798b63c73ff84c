// The plumbing the list pages of the work areas share (archives, media, admin,
// …): filter choices, only the latest answer shown, the selected entry, and
// selecting an entry's row. The pages keep their own forms, texts and buttons.
#pragma once

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QList>
#include <QString>
#include <QTableWidget>
#include <QVariant>
#include <QWidget>
#include <functional>
#include <optional>
#include <utility>

namespace cp::client {

/// Only the answer of the latest request is shown: an older one may arrive after it.
class DeskLatestOnly
{
  public:
    /// done, run only if no later wrap() was made before the answer came.
    template <class F> auto wrap(F done)
    {
        const int generation = ++m_generation;
        return [this, generation, done = std::move(done)](const auto&... args) {
            if (generation == m_generation)
                done(args...);
        };
    }

  private:
    int m_generation = 0;
};

/// Adds the filter's (code, shown name) choices to the combo.
void deskAddChoices(QComboBox* combo, const QList<std::pair<QString, QString>>& choices);
/// Chooses data in the combo (whose change reloads the page), or reloads at once when it
/// is chosen already or not offered.
void deskChooseOrRefresh(QComboBox* combo, const QVariant& data, const std::function<void()>& refresh);
/// The label's text while it is shown; empty while it is hidden.
QString deskShownText(const QLabel* label);

/// The entry of the table's first selected row, if any.
template <class T> std::optional<T> deskSelectedEntry(const QTableWidget* table, const QList<T>& entries)
{
    const auto rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= entries.size())
        return std::nullopt;
    return entries[rows.first().row()];
}

/// Selects the row of the first entry that matches; false if none does.
template <class T, class Match> bool deskSelectRow(QTableWidget* table, const QList<T>& entries, Match match)
{
    for (int r = 0; r < entries.size(); ++r)
        if (match(entries[r])) {
            table->selectRow(r);
            return true;
        }
    return false;
}

/// A list page with an error label, and perhaps a reminder label and a filter combo
/// (bound once its form is set up): what errorText(), reminderText() and setFilter() show
/// and do is the same on every such page.
class DeskListPage : public QWidget
{
    Q_OBJECT
  public:
    using QWidget::QWidget;

    virtual void refresh() = 0;
    /// Chooses this filter code (which reloads), or reloads when it is chosen already.
    void setFilter(const QString& code);
    QString errorText() const { return deskShownText(m_errorLabel); }
    QString reminderText() const { return m_reminderLabel ? deskShownText(m_reminderLabel) : QString(); }

  protected:
    void bindDeskPage(QLabel* errorLabel, QLabel* reminderLabel = nullptr, QComboBox* filterCombo = nullptr);

  private:
    QLabel* m_errorLabel = nullptr;
    QLabel* m_reminderLabel = nullptr;
    QComboBox* m_filterCombo = nullptr;
};

/// Puts entry in the place of the entry with its id (the server's answer to a step).
template <class T> void deskReplaceById(QList<T>& entries, const T& entry)
{
    for (auto& e : entries)
        if (e.id == entry.id)
            e = entry;
}

} // namespace cp::client
