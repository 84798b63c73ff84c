// Passwords are stored as scrypt hashes with a per-user salt (SPEC §8).
#include "PasswordPolicy.h"
#include "domain/auth/PasswordHasher.h"

#include <QElapsedTimer>
#include <QtTest>

using cp::server::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void verifiesTheRightPasswordOnly()
    {
        const QString h = PasswordHasher::hash(QStringLiteral("Desk#2026secure"));
        QVERIFY(PasswordHasher::verify(QStringLiteral("Desk#2026secure"), h));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Desk#2026securE"), h));
        QVERIFY(!PasswordHasher::verify(QString(), h));
    }

    void storesCostAndSaltWithTheHash()
    {
        const QString h = PasswordHasher::hash(QStringLiteral("Desk#2026secure"));
        const QStringList parts = h.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts[0], QStringLiteral("scrypt"));
        QVERIFY(parts[1].toInt() >= 16); // N >= 65536
        QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), 16);
        QVERIFY(!h.contains(QStringLiteral("Desk#2026secure")));
    }

    void samePasswordGetsDifferentSalts()
    {
        const QString a = PasswordHasher::hash(QStringLiteral("Desk#2026secure"));
        const QString b = PasswordHasher::hash(QStringLiteral("Desk#2026secure"));
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(QStringLiteral("Desk#2026secure"), b));
    }

    void chineseAndEmojiPasswordsRoundTrip()
    {
        const QString pw = QStringLiteral("信用平台#2026密码😀");
        QVERIFY(PasswordHasher::verify(pw, PasswordHasher::hash(pw)));
    }

    void malformedStoredHashNeverVerifies_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("Desk#2026secure");
        QTest::newRow("wrong scheme") << QStringLiteral("md5$16$8$2$AAAA$BBBB");
        QTest::newRow("absurd cost") << QStringLiteral("scrypt$40$8$2$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
        QTest::newRow("short hash") << QStringLiteral("scrypt$16$8$2$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
    }
    void malformedStoredHashNeverVerifies()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Desk#2026secure"), stored));
    }

    void generatedInitialPasswordsSatisfyThePolicy()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString pw = PasswordHasher::generateInitialPassword();
            QVERIFY2(cp::checkPassword(pw, cp::PasswordPolicy{}).isEmpty(), qPrintable(pw));
            seen.insert(pw);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_MAIN(TestPasswordHasher)
#include "test_password_hasher.moc"
