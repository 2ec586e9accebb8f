// vardinkorg-admin: schema migrations and administration of the region store (no GUI; links the models only).
#include "AdminTool.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vardinkorg-admin"));
    return vk::AdminTool().run(QCoreApplication::arguments());
}
