// Names of uploaded scans (attack review, issue 11 finding 14). An uploaded name is
// a label, never a path and never a file type: it may not hold control characters,
// bidirectional or invisible formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE
// shows "scan<U+202E>fdp.exe" as "scanexe.pdf"), path separators, or start with a
// dot ("." and ".."), and is at most kMaxFileNameLength characters. The extension a scan is stored, shown,
// saved and opened with is always the one of the content type the server verified by
// the file's first bytes: "run.desktop" holding a PDF becomes "run.desktop.pdf".
// The server refuses bad names (checkFileName) and stores safeFileName(); the client
// uses the same functions for what it offers to save and opens in a viewer.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace cp {

inline constexpr int kMaxFileNameLength = 128; // UTF-16 code units, as the rest of the API counts

enum class FileNameProblem {
    Empty,
    TooLong,
    ControlCharacter, // C0/C1 controls, line and paragraph separators, broken surrogates
    Formatting,    // bidirectional overrides and isolates, zero-width and other invisible format characters
    PathSeparator, // '/' or '\'
    LeadingDot,    // ".", "..", hidden files
};

QString fileNameProblemCode(FileNameProblem p); // "EMPTY", "TOO_LONG", … (details.reason)
QString fileNameProblemZh(FileNameProblem p);   // Simplified Chinese, for the server's refusal
std::optional<FileNameProblem> checkFileName(QStringView name);

/// "pdf", "jpg" or "png" for the accepted content types; empty for anything else.
QString extensionForContentType(QStringView mimeType);

/// The name to store, show and save under: every character checkFileName refuses replaced
/// by '_', leading dots and surrounding spaces dropped, and the extension that of the
/// content type (an unknown type gets "bin"); at most kMaxFileNameLength long. A name that
/// passed checkFileName keeps its text; only its extension may change.
QString safeFileName(QStringView name, QStringView mimeType);

} // namespace cp
