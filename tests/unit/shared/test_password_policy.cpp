// Password policy, SPEC §8: ≥ 10 characters mixing letters, digits and special
// characters; seed 000 §10 / 003 附件1.六 (complexity, lockout), seed 004 §20–21.
#include "PasswordPolicy.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using cp::PasswordPolicy;
using cp::PasswordProblem;
using Problems = QList<cp::PasswordProblem>;

Q_DECLARE_METATYPE(cp::PasswordProblem)

namespace {
QSet<QString> keySet(const QJsonObject& o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}
} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void acceptsStrongPasswords_data();
    void acceptsStrongPasswords();
    void reportsEveryProblem_data();
    void reportsEveryProblem();
    void countsCharactersNotUtf16Units();
    void honoursRelaxedAndStricterPolicies();
    void roundTripsJsonWithCamelCaseKeys();
    void keepsDefaultsForMissingOrMistypedKeys();
    void givesStableCodesAndChineseTexts();
    void statesPolicyLengthInChinese();
    void refusesPoliciesBelowSpec_data();
    void refusesPoliciesBelowSpec();
};

void TestPasswordPolicy::acceptsStrongPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ASCII mix, exactly 10") << QStringLiteral("Abcdefg1!x");
    QTest::newRow("long passphrase") << QStringLiteral("correct-horse-battery-staple-42");
    QTest::newRow("Chinese characters count as letters") << QString::fromUtf8("信用平台2026年#安全");
    QTest::newRow("fullwidth punctuation is special") << QString::fromUtf8("abcdefgh9！");
    QTest::newRow("yuan sign is special") << QString::fromUtf8("abcdefgh9￥");
}

void TestPasswordPolicy::acceptsStrongPasswords()
{
    QFETCH(QString, password);
    QCOMPARE(cp::checkPassword(password, PasswordPolicy{}), Problems{});
}

void TestPasswordPolicy::reportsEveryProblem_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<Problems>("expected");
    QTest::newRow("empty") << QString()
                           << Problems{PasswordProblem::TooShort, PasswordProblem::NoLetter,
                                       PasswordProblem::NoDigit, PasswordProblem::NoSpecial};
    QTest::newRow("9 characters") << QStringLiteral("Abcdef1!x") << Problems{PasswordProblem::TooShort};
    QTest::newRow("digits and special only")
        << QStringLiteral("1234567890!") << Problems{PasswordProblem::NoLetter};
    QTest::newRow("letters and special only")
        << QStringLiteral("Abcdefghij!") << Problems{PasswordProblem::NoDigit};
    QTest::newRow("letters and digits only")
        << QStringLiteral("Abcdefghij1") << Problems{PasswordProblem::NoSpecial};
    QTest::newRow("Chinese and digits only")
        << QString::fromUtf8("信用平台安全管理2026") << Problems{PasswordProblem::NoSpecial};
    QTest::newRow("space inside") << QStringLiteral("Abcdef 1!xy")
                                  << Problems{PasswordProblem::HasWhitespaceOrControl};
    QTest::newRow("space does not count as special")
        << QStringLiteral("Abcdefgh 12")
        << Problems{PasswordProblem::NoSpecial, PasswordProblem::HasWhitespaceOrControl};
    QTest::newRow("tab") << QStringLiteral("Abcdef\t1!xy")
                         << Problems{PasswordProblem::HasWhitespaceOrControl};
    QTest::newRow("newline") << QStringLiteral("Abcdef1!xy\n")
                             << Problems{PasswordProblem::HasWhitespaceOrControl};
    QTest::newRow("ideographic space")
        << QString::fromUtf8("Abcdef1!xy\u3000") << Problems{PasswordProblem::HasWhitespaceOrControl};
    QTest::newRow("control character")
        << QStringLiteral("Abcdef1!xy\x01") << Problems{PasswordProblem::HasWhitespaceOrControl};
    QTest::newRow("zero-width joiner")
        << QString::fromUtf8("Abcdef1!xy\u200D") << Problems{PasswordProblem::HasWhitespaceOrControl};
    QTest::newRow("lone surrogate") << QStringLiteral("Abcdef1!xy") + QChar(0xD800)
                                    << Problems{PasswordProblem::HasWhitespaceOrControl};
}

void TestPasswordPolicy::reportsEveryProblem()
{
    QFETCH(QString, password);
    QFETCH(Problems, expected);
    QCOMPARE(cp::checkPassword(password, PasswordPolicy{}), expected);
}

void TestPasswordPolicy::countsCharactersNotUtf16Units()
{
    // "𠮷" (U+20BB7) is one letter but two UTF-16 units: 9 characters are too short
    // even though the QString has 10 units.
    const QString nine = QString::fromUtf8("𠮷bcdef1!x");
    QCOMPARE(nine.size(), 10);
    QCOMPARE(cp::checkPassword(nine, PasswordPolicy{}), Problems{PasswordProblem::TooShort});
    // A non-BMP letter alone satisfies "letter".
    QCOMPARE(cp::checkPassword(QString::fromUtf8("𠮷123456789!"), PasswordPolicy{}), Problems{});
}

void TestPasswordPolicy::honoursRelaxedAndStricterPolicies()
{
    PasswordPolicy strict;
    strict.minLength = 14;
    QCOMPARE(cp::checkPassword(QStringLiteral("Abcdefg1!x"), strict), Problems{PasswordProblem::TooShort});

    PasswordPolicy lettersOnly;
    lettersOnly.requireDigit = false;
    lettersOnly.requireSpecial = false;
    QCOMPARE(cp::checkPassword(QStringLiteral("Abcdefghij"), lettersOnly), Problems{});
    // Whitespace is refused whatever the policy.
    QCOMPARE(cp::checkPassword(QStringLiteral("Abcde fghij"), lettersOnly),
             Problems{PasswordProblem::HasWhitespaceOrControl});
}

void TestPasswordPolicy::roundTripsJsonWithCamelCaseKeys()
{
    PasswordPolicy p;
    p.minLength = 12;
    p.requireLetter = false;
    p.requireDigit = true;
    p.requireSpecial = false;
    p.maxAgeDays = 0;
    p.lockoutThreshold = 3;
    p.lockoutMinutes = 60;
    p.idleTimeoutMinutes = 15;
    const QJsonObject o = p.toJson();
    const QStringList keys{QStringLiteral("minLength"),      QStringLiteral("requireLetter"),
                           QStringLiteral("requireDigit"),   QStringLiteral("requireSpecial"),
                           QStringLiteral("maxAgeDays"),     QStringLiteral("lockoutThreshold"),
                           QStringLiteral("lockoutMinutes"), QStringLiteral("idleTimeoutMinutes")};
    QCOMPARE(keySet(o), QSet<QString>(keys.cbegin(), keys.cend()));
    QCOMPARE(o.value(QStringLiteral("minLength")).toInt(), 12);
    QCOMPARE(o.value(QStringLiteral("requireLetter")).toBool(), false);

    // Through text, as it travels.
    const auto parsed = QJsonDocument::fromJson(QJsonDocument(o).toJson()).object();
    const PasswordPolicy back = PasswordPolicy::fromJson(parsed);
    QCOMPARE(back.minLength, 12);
    QCOMPARE(back.requireLetter, false);
    QCOMPARE(back.requireDigit, true);
    QCOMPARE(back.requireSpecial, false);
    QCOMPARE(back.maxAgeDays, 0);
    QCOMPARE(back.lockoutThreshold, 3);
    QCOMPARE(back.lockoutMinutes, 60);
    QCOMPARE(back.idleTimeoutMinutes, 15);
}

void TestPasswordPolicy::keepsDefaultsForMissingOrMistypedKeys()
{
    const PasswordPolicy defaults;
    const PasswordPolicy empty = PasswordPolicy::fromJson({});
    QCOMPARE(empty.toJson(), defaults.toJson());

    const PasswordPolicy partial = PasswordPolicy::fromJson(
        {{QStringLiteral("lockoutThreshold"), 7},
         {QStringLiteral("minLength"), QStringLiteral("12")}, // a string, not a number: ignored
         {QStringLiteral("requireSpecial"), 0}});             // a number, not a bool: ignored
    QCOMPARE(partial.lockoutThreshold, 7);
    QCOMPARE(partial.minLength, defaults.minLength);
    QCOMPARE(partial.requireSpecial, true);
    QCOMPARE(partial.idleTimeoutMinutes, defaults.idleTimeoutMinutes);
}

void TestPasswordPolicy::givesStableCodesAndChineseTexts()
{
    const QList<PasswordProblem> all{PasswordProblem::TooShort, PasswordProblem::NoLetter,
                                     PasswordProblem::NoDigit, PasswordProblem::NoSpecial,
                                     PasswordProblem::HasWhitespaceOrControl};
    const QStringList wire{QStringLiteral("TOO_SHORT"), QStringLiteral("NO_LETTER"),
                           QStringLiteral("NO_DIGIT"), QStringLiteral("NO_SPECIAL"),
                           QStringLiteral("HAS_WHITESPACE_OR_CONTROL")};
    QSet<QString> texts;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(cp::passwordProblemCode(all[i]), wire[i]);
        QCOMPARE(cp::passwordProblemFromCode(wire[i]), std::optional(all[i]));
        texts.insert(cp::passwordProblemZh(all[i]));
    }
    QCOMPARE(texts.size(), all.size());
    QVERIFY(!cp::passwordProblemFromCode(QStringLiteral("too_short")).has_value());
}

void TestPasswordPolicy::statesPolicyLengthInChinese()
{
    QCOMPARE(cp::passwordProblemZh(PasswordProblem::TooShort), QString::fromUtf8("至少需要 10 个字符"));
    PasswordPolicy p;
    p.minLength = 12;
    QCOMPARE(cp::passwordProblemZh(PasswordProblem::TooShort, p), QString::fromUtf8("至少需要 12 个字符"));
    QCOMPARE(cp::passwordProblemZh(PasswordProblem::NoDigit, p),
             cp::passwordProblemZh(PasswordProblem::NoDigit));
}

void TestPasswordPolicy::refusesPoliciesBelowSpec_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("problems");
    QTest::newRow("defaults") << QJsonObject{} << 0;
    QTest::newRow("stricter") << QJsonObject{{QStringLiteral("minLength"), 16}} << 0;
    QTest::newRow("never expires allowed") << QJsonObject{{QStringLiteral("maxAgeDays"), 0}} << 0;
    QTest::newRow("8 characters") << QJsonObject{{QStringLiteral("minLength"), 8}} << 1;
    QTest::newRow("no special") << QJsonObject{{QStringLiteral("requireSpecial"), false}} << 1;
    QTest::newRow("no lockout") << QJsonObject{{QStringLiteral("lockoutThreshold"), 0}} << 1;
    QTest::newRow("no idle timeout") << QJsonObject{{QStringLiteral("idleTimeoutMinutes"), 0}} << 1;
    QTest::newRow("several") << QJsonObject{{QStringLiteral("minLength"), 6},
                                            {QStringLiteral("lockoutMinutes"), 0}}
                             << 2;
}

void TestPasswordPolicy::refusesPoliciesBelowSpec()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, problems);
    QCOMPARE(cp::policyProblemsZh(PasswordPolicy::fromJson(json)).size(), problems);
}

QTEST_APPLESS_MAIN(TestPasswordPolicy)
#include "test_password_policy.moc"
