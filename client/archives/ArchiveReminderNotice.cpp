#include "archives/ArchiveReminderNotice.h"

#include "archives/ArchiveTerms.h"
#include "archives/ArchivesApi.h"

#include <QLabel>
#include <QStatusBar>

namespace cp::client {

void showArchiveReminders(ApiClient& api, QStatusBar* bar)
{
    ArchivesApi(api).reminders(
        bar, [bar](const ApiResult& r, const cp::protocol::ArchiveReminders& reminders) {
            const QString text = r.ok() ? ArchiveTerms::reminderText(reminders) : QString();
            if (text.isEmpty())
                return;
            auto* label = new QLabel(text, bar);
            label->setObjectName(QStringLiteral("archiveReminderLabel"));
            label->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }"));
            label->setToolTip(text);
            bar->addPermanentWidget(label);
        });
}

} // namespace cp::client
