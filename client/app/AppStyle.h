// The client's look: Fusion, a CJK font that renders Chinese and Latin alike,
// and the style sheet in resources/client.qss.
#pragma once

class QApplication;

namespace cp::client {

void applyAppStyle(QApplication& app);

} // namespace cp::client
