#include "CommandLine.h"

#include <gtest/gtest.h>

namespace {

vk::CommandLine parse(std::initializer_list<const char*> arguments) {
    QStringList list{QStringLiteral("vardinkorg")};
    for (const char* argument : arguments) {
        list << QString::fromUtf8(argument);
    }
    return vk::CommandLine::parse(list);
}

} // namespace

TEST(CommandLine, AcceptsLanguageAndScreenshot) {
    const vk::CommandLine options = parse({"--lang", "SV", "--screenshot", "/tmp/x.png"});
    EXPECT_TRUE(options.error.isEmpty());
    EXPECT_EQ(options.language, QStringLiteral("sv"));
    EXPECT_EQ(options.screenshotPath, QStringLiteral("/tmp/x.png"));
}

TEST(CommandLine, RejectsUnknownLanguageAndStrayArguments) {
    EXPECT_FALSE(parse({"--lang", "de"}).error.isEmpty());
    EXPECT_FALSE(parse({"stray"}).error.isEmpty());
    EXPECT_FALSE(parse({"--no-such-option"}).error.isEmpty());
}

TEST(CommandLine, VersionAndScreenshotDetection) {
    EXPECT_TRUE(parse({"--version"}).showVersion);
    char program[] = "vardinkorg";
    char shot[] = "--screenshot=out.png";
    char version[] = "--version";
    char lang[] = "--lang";
    char* withShot[] = {program, shot};
    char* withVersion[] = {program, version};
    char* plain[] = {program, lang};
    EXPECT_TRUE(vk::CommandLine::runsHeadless(2, withShot));
    EXPECT_TRUE(vk::CommandLine::runsHeadless(2, withVersion));
    EXPECT_FALSE(vk::CommandLine::runsHeadless(2, plain));
}
