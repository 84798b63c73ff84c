// Masking of personal data (SPEC §2; seed 000 §16: 涉及敏感数据的，将进行脱敏处理).
#include "Masking.h"

#include <QTest>

class TestMasking : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void masksIdNumber_data();
    void masksIdNumber();
    void masksPhone_data();
    void masksPhone();
    void masksPersonName_data();
    void masksPersonName();
    void neverSplitsSurrogatePairs_data();
    void neverSplitsSurrogatePairs();
};

void TestMasking::masksIdNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("citizen ID, SPEC example")
        << QStringLiteral("330102199001011234") << QStringLiteral("3301**********1234");
    QTest::newRow("check X kept") << QStringLiteral("11010519491231002X")
                                  << QStringLiteral("1101**********002X");
    QTest::newRow("USCC masked when asked")
        << QStringLiteral("91350100M000100Y43") << QStringLiteral("9135**********0Y43");
    QTest::newRow("longer value keeps 4 + 4")
        << QStringLiteral("ABCDEFGHIJKLMNOPQRST") << QStringLiteral("ABCD************QRST");
    QTest::newRow("15 chars keep a quarter: 3")
        << QStringLiteral("110105491231002") << QStringLiteral("110*********002");
    QTest::newRow("passport 9 chars keep 2") << QStringLiteral("E12345678") << QStringLiteral("E1*****78");
    QTest::newRow("8 chars keep 2") << QStringLiteral("12345678") << QStringLiteral("12****78");
    QTest::newRow("4 chars keep 1") << QStringLiteral("1234") << QStringLiteral("1**4");
    QTest::newRow("3 chars all masked") << QStringLiteral("123") << QStringLiteral("***");
    QTest::newRow("1 char masked") << QStringLiteral("7") << QStringLiteral("*");
    QTest::newRow("empty stays empty") << QString() << QString();
}

void TestMasking::masksIdNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cp::mask::idNumber(input), expected);
}

void TestMasking::masksPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("mobile 199") << QStringLiteral("19912345678") << QStringLiteral("199****5678");
    QTest::newRow("landline 4-digit area, 8-digit number")
        << QStringLiteral("0571-87654321") << QStringLiteral("0571-****4321");
    QTest::newRow("landline 3-digit area")
        << QStringLiteral("010-12345678") << QStringLiteral("010-****5678");
    QTest::newRow("landline 7-digit number")
        << QStringLiteral("0798-8123456") << QStringLiteral("0798-***3456");
    QTest::newRow("mobile with +86: keep last 4")
        << QStringLiteral("+86 138 1234 5678") << QStringLiteral("+** *** **** 5678");
    QTest::newRow("landline no dash: keep last 4")
        << QStringLiteral("057187654321") << QStringLiteral("********4321");
    QTest::newRow("extension letters masked")
        << QStringLiteral("87654321 ext 12") << QStringLiteral("******21 *** 12");
    QTest::newRow("short number keeps half") << QStringLiteral("8001") << QStringLiteral("**01");
    QTest::newRow("12 digits not a mobile")
        << QStringLiteral("138123456789") << QStringLiteral("********6789");
    QTest::newRow("fullwidth digits masked")
        << QString::fromUtf8("１３８１２３４５６７８") << QStringLiteral("***********");
    QTest::newRow("trailing newline is not a mobile")
        << QStringLiteral("13812345678\n") << QStringLiteral("*******5678\n");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::masksPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cp::mask::phone(input), expected);
}

void TestMasking::masksPersonName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("three characters") << QString::fromUtf8("张三丰") << QString::fromUtf8("张**");
    QTest::newRow("two characters") << QString::fromUtf8("李四") << QString::fromUtf8("李*");
    QTest::newRow("single character") << QString::fromUtf8("王") << QString::fromUtf8("王");
    QTest::newRow("compound surname") << QString::fromUtf8("欧阳娜娜") << QString::fromUtf8("欧***");
    QTest::newRow("minority name with middle dot")
        << QString::fromUtf8("买买提·艾力") << QString::fromUtf8("买**·**");
    QTest::newRow("katakana middle dot typed by IME")
        << QString::fromUtf8("阿依古丽・买买提") << QString::fromUtf8("阿***・***");
    QTest::newRow("Latin name with space") << QStringLiteral("John Smith") << QStringLiteral("J*** *****");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::masksPersonName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cp::mask::personName(input), expected);
}

void TestMasking::neverSplitsSurrogatePairs_data()
{
    // U+20BB7 𠮷 and U+2A6A5 𪚥 are outside the BMP: two UTF-16 units, one character.
    const QString ji = QString::fromUtf8("𠮷");
    const QString zhe = QString::fromUtf8("𪚥");
    QTest::addColumn<int>("kind"); // 0 name, 1 id number
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name starts outside BMP")
        << 0 << ji + QString::fromUtf8("野家") << ji + QStringLiteral("**");
    QTest::newRow("name masks non-BMP as one *")
        << 0 << QString::fromUtf8("王") + zhe << QString::fromUtf8("王*");
    QTest::newRow("single non-BMP name") << 0 << ji << ji;
    QTest::newRow("combining accent is one character")
        << 0 << QString::fromUtf8("Zoe\u0301 Li") << QStringLiteral("Z** **");
    QTest::newRow("id with non-BMP at both ends")
        << 1 << ji + QStringLiteral("23") + zhe << ji + QStringLiteral("**") + zhe;
}

void TestMasking::neverSplitsSurrogatePairs()
{
    QFETCH(int, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = kind == 0 ? cp::mask::personName(input) : cp::mask::idNumber(input);
    QCOMPARE(out, expected);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).isHighSurrogate())
            QVERIFY(i + 1 < out.size() && out.at(++i).isLowSurrogate());
        else
            QVERIFY(!out.at(i).isLowSurrogate());
    }
}

QTEST_APPLESS_MAIN(TestMasking)
#include "test_masking.moc"
