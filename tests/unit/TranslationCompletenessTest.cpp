// Swedish is the product's language: every tr() string in app/, ui/ and models/ must have a finished Swedish
// translation. The test runs lupdate over the current sources into a copy of the .ts file, so a string added
// to the code without a translation fails here even before anyone refreshes the checked-in file.
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Unfinished {
    QStringList sources;
    int messages = 0;
};

Unfinished unfinishedEntries(const QString& tsPath) {
    Unfinished result;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.sources << QStringLiteral("<cannot open %1>").arg(tsPath);
        return result;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++result.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                continue;
            }
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty()) {
                result.sources << source;
            }
        }
    }
    if (xml.hasError()) {
        result.sources << QStringLiteral("<XML error: %1>").arg(xml.errorString());
    }
    return result;
}

} // namespace

TEST(Translations, SwedishIsCompleteForCurrentSources) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("vardinkorg_sv.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(VK_TS_SV), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h")};
    arguments << QStringLiteral(VK_TRANSLATABLE_DIRS).split(QLatin1Char('|'));
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(VK_LUPDATE), arguments);
    ASSERT_TRUE(lupdate.waitForFinished(60000)) << "lupdate did not finish";
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    const Unfinished unfinished = unfinishedEntries(copy);
    EXPECT_GT(unfinished.messages, 10) << "lupdate found suspiciously few strings";
    EXPECT_TRUE(unfinished.sources.isEmpty())
        << "Untranslated Swedish entries (run the update_translations target and translate them):\n"
        << unfinished.sources.join(QLatin1Char('\n')).toStdString();
}

TEST(Translations, EnglishFileExists) {
    EXPECT_TRUE(QFile::exists(QStringLiteral(VK_TS_EN)));
}
