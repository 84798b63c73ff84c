// Citizen ID (GB 11643-1999) and unified social credit code (GB 32100-2015) checks.
// SPEC §2: subjects are identified by these numbers, with their check digits.
// Every vector below was verified with an independent Python implementation of the
// two standards; real codes are published ones (business licences shown online).
#include "Validators.h"

#include <QSet>
#include <QTest>

using cp::IdCheck;
using cp::IdKind;

Q_DECLARE_METATYPE(cp::IdCheck)

namespace {
// Fixed "today" so birth-date limits do not move with the test machine's clock.
const QDate kToday(2026, 11, 25);
} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void acceptsValidCitizenIds_data();
    void acceptsValidCitizenIds();
    void rejectsInvalidCitizenIds_data();
    void rejectsInvalidCitizenIds();
    void rejectsBirthDateAfterToday();
    void usesCurrentDateWithoutInjectedToday();
    void computesCitizenCheckDigit_data();
    void computesCitizenCheckDigit();

    void acceptsValidCreditCodes_data();
    void acceptsValidCreditCodes();
    void rejectsInvalidCreditCodes_data();
    void rejectsInvalidCreditCodes();
    void computesCreditCheckChar_data();
    void computesCreditCheckChar();

    void checksRegionCodeSyntax_data();
    void checksRegionCodeSyntax();
    void normalisesWhitespaceAndCase();
    void givesDistinctCodesAndChineseExplanations();
};

void TestValidators::acceptsValidCitizenIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("GB 11643 example, check X") << QStringLiteral("11010519491231002X");
    QTest::newRow("lowercase x normalised") << QStringLiteral("11010519491231002x");
    QTest::newRow("surrounding whitespace") << QStringLiteral("  11010519491231002X\t");
    QTest::newRow("Hangzhou 1990") << QStringLiteral("330102199001011234");
    QTest::newRow("Shanghai 1985") << QStringLiteral("310104198512314565");
    QTest::newRow("leap day 2000-02-29") << QStringLiteral("640102200002290026");
    QTest::newRow("leap day 2024-02-29") << QStringLiteral("510101202402298880");
    QTest::newRow("first day accepted 1900-01-01") << QStringLiteral("530127190001017779");
    QTest::newRow("Hong Kong region 81") << QStringLiteral("810000197001010036");
    QTest::newRow("Taiwan region 71") << QStringLiteral("710000200001010010");
    QTest::newRow("born today") << QStringLiteral("110105202611250016");
}

void TestValidators::acceptsValidCitizenIds()
{
    QFETCH(QString, id);
    QCOMPARE(cp::checkCitizenId(id, kToday), IdCheck::Ok);
}

void TestValidators::rejectsInvalidCitizenIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<IdCheck>("expected");
    QTest::newRow("empty") << QString() << IdCheck::Empty;
    QTest::newRow("only spaces") << QStringLiteral("   ") << IdCheck::Empty;
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << IdCheck::WrongLength;
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << IdCheck::WrongLength;
    QTest::newRow("old 15-digit ID") << QStringLiteral("110105491231002") << IdCheck::WrongLength;
    QTest::newRow("letter as check") << QStringLiteral("11010519491231002A") << IdCheck::BadCharacter;
    QTest::newRow("X not last") << QStringLiteral("1101051949123100X2") << IdCheck::BadCharacter;
    QTest::newRow("letter O for zero") << QStringLiteral("11010519491231O02X") << IdCheck::BadCharacter;
    QTest::newRow("fullwidth digits")
        << QString::fromUtf8("１１０１０５１９４９１２３１００２Ｘ") << IdCheck::BadCharacter;
    QTest::newRow("inner space") << QStringLiteral("110105 1949123102X") << IdCheck::BadCharacter;
    QTest::newRow("region starts 0") << QStringLiteral("010105194912310026") << IdCheck::BadRegion;
    QTest::newRow("region starts 9") << QStringLiteral("910105194912310029") << IdCheck::BadRegion;
    QTest::newRow("GB 11643 example born 1880")
        << QStringLiteral("440524188001010014") << IdCheck::BadBirthDate;
    QTest::newRow("February 30") << QStringLiteral("110105194902300020") << IdCheck::BadBirthDate;
    QTest::newRow("2023-02-29 not leap") << QStringLiteral("110105202302290014") << IdCheck::BadBirthDate;
    QTest::newRow("check X expected, 1 given")
        << QStringLiteral("110105194912310021") << IdCheck::BadCheckDigit;
    QTest::newRow("last digit off by one") << QStringLiteral("330102199001011235") << IdCheck::BadCheckDigit;
    QTest::newRow("two digits swapped") << QStringLiteral("330102199001101234") << IdCheck::BadCheckDigit;
    QTest::newRow("digit given, X expected")
        << QStringLiteral("110105194912310020") << IdCheck::BadCheckDigit;
}

void TestValidators::rejectsInvalidCitizenIds()
{
    QFETCH(QString, id);
    QFETCH(IdCheck, expected);
    QCOMPARE(cp::checkCitizenId(id, kToday), expected);
}

void TestValidators::rejectsBirthDateAfterToday()
{
    // 2026-11-26 with a correct check digit: refused on 2026-11-25, accepted a day later.
    const QString tomorrow = QStringLiteral("110105202611260011");
    QCOMPARE(cp::checkCitizenId(tomorrow, kToday), IdCheck::BadBirthDate);
    QCOMPARE(cp::checkCitizenId(tomorrow, kToday.addDays(1)), IdCheck::Ok);
}

void TestValidators::usesCurrentDateWithoutInjectedToday()
{
    QVERIFY(cp::isValidCitizenId(u"11010519491231002X"));
    QVERIFY(!cp::isValidCitizenId(u"110105194912310021"));
    // Born in 9999: in the future whatever the machine's clock says.
    QCOMPARE(cp::checkCitizenId(u"11010599991231001X"), IdCheck::BadBirthDate);
}

void TestValidators::computesCitizenCheckDigit_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("expected"); // empty = nullopt
    QTest::newRow("X") << QStringLiteral("11010519491231002") << QStringLiteral("X");
    QTest::newRow("4") << QStringLiteral("33010219900101123") << QStringLiteral("4");
    QTest::newRow("0") << QStringLiteral("51010120240229888") << QStringLiteral("0");
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QString();
    QTest::newRow("18 digits") << QStringLiteral("110105194912310021") << QString();
    QTest::newRow("non-digit") << QStringLiteral("1101051949123100A") << QString();
}

void TestValidators::computesCitizenCheckDigit()
{
    QFETCH(QString, first17);
    QFETCH(QString, expected);
    const auto check = cp::citizenIdCheckDigit(first17);
    if (expected.isEmpty()) {
        QVERIFY(!check.has_value());
    } else {
        QVERIFY(check.has_value());
        QCOMPARE(*check, expected.at(0));
    }
}

void TestValidators::acceptsValidCreditCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("real, letters inside") << QStringLiteral("91350100M000100Y43");
    QTest::newRow("real, check L") << QStringLiteral("91110000600037341L");
    QTest::newRow("real, Shenzhen") << QStringLiteral("914403001922038216");
    QTest::newRow("real, X before check G") << QStringLiteral("9144030071526726XG");
    QTest::newRow("real, Hangzhou") << QStringLiteral("91330100799655058B");
    QTest::newRow("real, public institution 12") << QStringLiteral("12100000400000624D");
    QTest::newRow("social organisation 51") << QStringLiteral("51110000500000001E");
    QTest::newRow("farmers' cooperative 93") << QStringLiteral("93410100MA9F000016");
    QTest::newRow("other authority Y") << QStringLiteral("Y1110000MC00000013");
    QTest::newRow("agriculture authority N") << QStringLiteral("N2330100MA2000001B");
    QTest::newRow("check 0 (31 -> 0)") << QStringLiteral("913501000000000240");
    QTest::newRow("check Y (value 30)") << QStringLiteral("91350100000000014Y");
    QTest::newRow("lowercase normalised") << QStringLiteral("91350100m000100y43");
    QTest::newRow("whitespace and lowercase") << QStringLiteral(" 91110000600037341l\n");
}

void TestValidators::acceptsValidCreditCodes()
{
    QFETCH(QString, code);
    QCOMPARE(cp::checkCreditCode(code), IdCheck::Ok);
    QVERIFY(cp::isValidCreditCode(code));
}

void TestValidators::rejectsInvalidCreditCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<IdCheck>("expected");
    QTest::newRow("empty") << QString() << IdCheck::Empty;
    QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4") << IdCheck::WrongLength;
    QTest::newRow("19 characters") << QStringLiteral("91350100M000100Y433") << IdCheck::WrongLength;
    QTest::newRow("old 15-digit registration no.")
        << QStringLiteral("110108000000016") << IdCheck::WrongLength;
    // GB 32100 leaves out I, O, Z, S, V (look like 1, 0, 2, 5, U).
    QTest::newRow("forbidden I") << QStringLiteral("91350100I000100Y43") << IdCheck::BadCharacter;
    QTest::newRow("forbidden O") << QStringLiteral("91350100O000100Y43") << IdCheck::BadCharacter;
    QTest::newRow("forbidden Z") << QStringLiteral("91350100Z000100Y43") << IdCheck::BadCharacter;
    QTest::newRow("forbidden S") << QStringLiteral("91350100S000100Y43") << IdCheck::BadCharacter;
    QTest::newRow("forbidden V") << QStringLiteral("91350100V000100Y43") << IdCheck::BadCharacter;
    QTest::newRow("forbidden lowercase o") << QStringLiteral("91350100o000100Y43") << IdCheck::BadCharacter;
    QTest::newRow("forbidden check char O") << QStringLiteral("91350100M000100Y4O") << IdCheck::BadCharacter;
    QTest::newRow("punctuation") << QStringLiteral("91350100-000100Y43") << IdCheck::BadCharacter;
    // Right check character, wrong position: no registration authority "0";
    // positions 3-8 are the administrative division code, digits only.
    QTest::newRow("authority 0") << QStringLiteral("0135010000000100YY") << IdCheck::BadCharacter;
    QTest::newRow("letter in region") << QStringLiteral("91A50100M000100Y42") << IdCheck::BadCharacter;
    QTest::newRow("wrong check 3 -> 4") << QStringLiteral("91350100M000100Y44") << IdCheck::BadCheckDigit;
    QTest::newRow("wrong check L -> K") << QStringLiteral("91110000600037341K") << IdCheck::BadCheckDigit;
    QTest::newRow("digits swapped") << QStringLiteral("91110000600073341L") << IdCheck::BadCheckDigit;
    QTest::newRow("citizen ID given") << QStringLiteral("11010519491231002X") << IdCheck::BadCheckDigit;
}

void TestValidators::rejectsInvalidCreditCodes()
{
    QFETCH(QString, code);
    QFETCH(IdCheck, expected);
    QCOMPARE(cp::checkCreditCode(code), expected);
    QVERIFY(!cp::isValidCreditCode(code));
}

void TestValidators::computesCreditCheckChar_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("expected"); // empty = nullopt
    QTest::newRow("3") << QStringLiteral("91350100M000100Y4") << QStringLiteral("3");
    QTest::newRow("L") << QStringLiteral("91110000600037341") << QStringLiteral("L");
    QTest::newRow("0 when sum mod 31 is 0") << QStringLiteral("91350100000000024") << QStringLiteral("0");
    QTest::newRow("Y") << QStringLiteral("91350100000000014") << QStringLiteral("Y");
    QTest::newRow("forbidden I") << QStringLiteral("91350100I000100Y4") << QString();
    QTest::newRow("lowercase not normalised here") << QStringLiteral("91350100m000100y4") << QString();
    QTest::newRow("16 characters") << QStringLiteral("91350100M000100Y") << QString();
}

void TestValidators::computesCreditCheckChar()
{
    QFETCH(QString, first17);
    QFETCH(QString, expected);
    const auto check = cp::creditCodeCheckChar(first17);
    if (expected.isEmpty()) {
        QVERIFY(!check.has_value());
    } else {
        QVERIFY(check.has_value());
        QCOMPARE(*check, expected.at(0));
    }
}

void TestValidators::checksRegionCodeSyntax_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Beijing Chaoyang") << QStringLiteral("110105") << true;
    QTest::newRow("Hangzhou") << QStringLiteral("330100") << true;
    QTest::newRow("Macau 82") << QStringLiteral("820000") << true;
    QTest::newRow("first digit 0") << QStringLiteral("010105") << false;
    QTest::newRow("first digit 9") << QStringLiteral("910000") << false;
    QTest::newRow("5 digits") << QStringLiteral("11010") << false;
    QTest::newRow("7 digits") << QStringLiteral("1101050") << false;
    QTest::newRow("letter") << QStringLiteral("11010A") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidators::checksRegionCodeSyntax()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(cp::isValidRegionCode(code), valid);
}

void TestValidators::normalisesWhitespaceAndCase()
{
    QCOMPARE(cp::normaliseIdNumber(u"  11010519491231002x \n"), QStringLiteral("11010519491231002X"));
    QCOMPARE(cp::normaliseIdNumber(u"91350100m000100y43"), QStringLiteral("91350100M000100Y43"));
    QCOMPARE(cp::normaliseIdNumber(u""), QString());
}

void TestValidators::givesDistinctCodesAndChineseExplanations()
{
    const QList<IdCheck> all{IdCheck::Ok,           IdCheck::Empty,     IdCheck::WrongLength,
                             IdCheck::BadCharacter, IdCheck::BadRegion, IdCheck::BadBirthDate,
                             IdCheck::BadCheckDigit};
    QSet<QString> codes;
    QSet<QString> texts;
    for (IdCheck c : all) {
        codes.insert(cp::idCheckCode(c));
        texts.insert(cp::idCheckZh(c));
        QVERIFY(!cp::idCheckZh(c, IdKind::CitizenId).isEmpty());
        QVERIFY(!cp::idCheckZh(c, IdKind::CreditCode).isEmpty());
    }
    QCOMPARE(codes.size(), all.size());
    QCOMPARE(texts.size(), all.size());
    QCOMPARE(cp::idCheckCode(IdCheck::BadCheckDigit), QStringLiteral("BAD_CHECK_DIGIT"));
    QCOMPARE(cp::idCheckCode(IdCheck::WrongLength), QStringLiteral("WRONG_LENGTH"));
    QCOMPARE(cp::idCheckZh(IdCheck::WrongLength, IdKind::CitizenId), QString::fromUtf8("身份证号码应为18位"));
    QCOMPARE(cp::idCheckZh(IdCheck::WrongLength, IdKind::CreditCode),
             QString::fromUtf8("统一社会信用代码应为18位"));
    QVERIFY(cp::idCheckZh(IdCheck::BadCheckDigit).contains(QString::fromUtf8("校验位不正确")));
}

QTEST_APPLESS_MAIN(TestValidators)
#include "test_validators.moc"
