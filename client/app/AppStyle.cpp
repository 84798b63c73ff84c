#include "app/AppStyle.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>

namespace cp::client {
namespace {

void chooseFont(QApplication& app)
{
    // Windows desks have YaHei; Linux desks the Noto/Source Han CJK fonts.
    const QStringList preferred{QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"),
                                QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                QStringLiteral("WenQuanYi Micro Hei")};
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : preferred) {
        if (installed.contains(family)) {
            QFont font = QApplication::font();
            font.setFamily(family);
            app.setFont(font);
            return;
        }
    }
}

} // namespace

void applyAppStyle(QApplication& app)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    chooseFont(app);
    QFile qss(QStringLiteral(":/style/client.qss"));
    if (qss.open(QIODevice::ReadOnly | QIODevice::Text))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

} // namespace cp::client
