// The login reminder of overdue archive loans (seed 004 §29 "务必定期归还"): the
// shell asks GET /api/v1/archives/reminders once after login and, when the user
// is the borrower or approver of an overdue loan (or an approver has decisions
// waiting), shows it in the status bar whatever module the user works in.
#pragma once

class QStatusBar;

namespace cp::client {

class ApiClient;

/// Adds a permanent status-bar label "archiveReminderLabel" when there is something to remind of.
void showArchiveReminders(ApiClient& api, QStatusBar* bar);

} // namespace cp::client
