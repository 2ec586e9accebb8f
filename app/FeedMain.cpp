// vardinkorg-feed: JSON Lines from the telephony, voicemail and 1177 into the region store (no GUI; models
// only).
#include "FeedTool.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vardinkorg-feed"));
    return vk::FeedTool().run(QCoreApplication::arguments());
}
