// shared/UploadContent: the type of an uploaded scan from its magic bytes, as
// the client declares it and the server checks it.
#include "UploadContent.h"

#include <QtTest>

using namespace cp;

class TestUploadContent : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void sniffsTheAcceptedTypes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("type"); // empty = not accepted
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0rest", 8) << QStringLiteral("image/jpeg");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\nrest", 12) << QStringLiteral("image/png");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("application/pdf");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("text") << QByteArray("hello") << QString();
        QTest::newRow("short jpeg") << QByteArray("\xFF\xD8", 2) << QString();
        QTest::newRow("png without its line ends") << QByteArray("\x89PNG") << QString();
        QTest::newRow("pdf without dash") << QByteArray("%PDF1.7") << QString();
        QTest::newRow("gif") << QByteArray("GIF89a") << QString();
        QTest::newRow("magic not at the start") << QByteArray(" %PDF-1.7") << QString();
    }
    void sniffsTheAcceptedTypes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, type);
        QCOMPARE(sniffedContentType(content), type);
    }

    void contentMustMatchTheDeclaredType_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<bool>("matches");
        const QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
        const QByteArray png("\x89PNG\r\n\x1A\n", 8);
        const QByteArray pdf("%PDF-1.4");
        QTest::newRow("jpeg as jpeg") << jpeg << QStringLiteral("image/jpeg") << true;
        QTest::newRow("png as png") << png << QStringLiteral("image/png") << true;
        QTest::newRow("pdf as pdf") << pdf << QStringLiteral("application/pdf") << true;
        QTest::newRow("pdf as jpeg") << pdf << QStringLiteral("image/jpeg") << false;
        QTest::newRow("jpeg as png") << jpeg << QStringLiteral("image/png") << false;
        QTest::newRow("png as pdf") << png << QStringLiteral("application/pdf") << false;
        QTest::newRow("jpeg as image/jpg") << jpeg << QStringLiteral("image/jpg") << false;
        QTest::newRow("text as text") << QByteArray("x") << QStringLiteral("text/plain") << false;
        QTest::newRow("nothing declared") << pdf << QString() << false;
        QTest::newRow("empty content, empty type") << QByteArray() << QString() << false;
    }
    void contentMustMatchTheDeclaredType()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, declared);
        QFETCH(bool, matches);
        QCOMPARE(contentMatchesType(content, declared), matches);
    }
};

QTEST_APPLESS_MAIN(TestUploadContent)
#include "test_upload_content.moc"
