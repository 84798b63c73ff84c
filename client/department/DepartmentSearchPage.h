// 部门查询 — finding the subject: by citizen ID or unified social credit code
// (exact; the check digit is verified while typing with the shared validators),
// or by the beginning of or a part of the name; results come in pages of 20 with
// names and ID numbers of natural persons masked (seed 000 §16). Enter in the
// search field searches, Enter on a row opens the subject.
#pragma once

#include "DepartmentProtocol.h"

#include <QWidget>
#include <memory>

namespace Ui {
class DepartmentSearchPage;
}

namespace cp::client {

class DepartmentApi;

class DepartmentSearchPage : public QWidget
{
    Q_OBJECT
  public:
    explicit DepartmentSearchPage(QWidget* parent = nullptr);
    ~DepartmentSearchPage() override;

    void setApi(DepartmentApi* api) { m_api = api; }

    /// The mode chosen, or the detected one on "automatic": id | prefix | contains.
    QString effectiveMode() const;
    /// Searches for the text in the field, first page. False when the client
    /// refused the input itself (the message is shown at the field).
    bool search();
    void showPage(int page);
    void openCurrent();
    /// The keyboard focus back to the search field (after returning from a subject).
    void focusSearch();

    bool isLoading() const { return m_loading; }
    const cp::protocol::SubjectSearchResult& result() const { return m_result; }

  Q_SIGNALS:
    void openRequested(const cp::protocol::SubjectSummary& subject);
    void searched();

  protected:
    /// Enter presses the focused button, or searches from the mode list.
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void validateLive();
    void run(const QString& mode, const QString& query, int page);
    void fill();
    void updatePaging();
    void showQueryError(const QString& message);

    std::unique_ptr<Ui::DepartmentSearchPage> ui;
    DepartmentApi* m_api = nullptr;
    cp::protocol::SubjectSearchResult m_result;
    QString m_mode;  // of the results shown
    QString m_query; // likewise
    bool m_loading = false;
};

} // namespace cp::client
