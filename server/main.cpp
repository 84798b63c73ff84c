#include "app/ServerApp.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    // QtCore is used for QtSql and JSON; no event loop runs, Poco serves.
    QCoreApplication qt(argc, argv);
    cp::server::ServerApp app;
    return app.run(argc, argv);
}
