// shared/FileNames (attack review, issue 11 finding 14): which uploaded names are
// refused, and the name a scan is stored, shown, saved and opened under.
#include "FileNames.h"

#include <QtTest>

using namespace cp;

class TestFileNames : public QObject
{
    Q_OBJECT
  private Q_SLOTS:
    void checksNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // empty = accepted
        QTest::newRow("plain") << QStringLiteral("身份证复印件.pdf") << QString();
        QTest::newRow("spaces and brackets") << QStringLiteral("授权委托书 (1).jpg") << QString();
        QTest::newRow("emoji outside the BMP")
            << (QStringLiteral("扫描") + QString::fromUcs4(U"\U0001F4C4") + QStringLiteral(".pdf"))
            << QString();
        QTest::newRow("empty") << QString() << "EMPTY";
        QTest::newRow("blank") << QStringLiteral("   ") << "EMPTY";
        QTest::newRow("too long") << QString(kMaxFileNameLength + 1, u'a') << "TOO_LONG";
        QTest::newRow("longest") << QString(kMaxFileNameLength, u'a') << QString();
        QTest::newRow("dot") << QStringLiteral(".") << "LEADING_DOT";
        QTest::newRow("dot-dot") << QStringLiteral("..") << "LEADING_DOT";
        QTest::newRow("spaced dot-dot") << QStringLiteral(" ..") << "LEADING_DOT";
        QTest::newRow("hidden") << QStringLiteral(".profile") << "LEADING_DOT";
        QTest::newRow("slash") << QStringLiteral("a/b.pdf") << "PATH_SEPARATOR";
        QTest::newRow("backslash") << QStringLiteral("a\\b.pdf") << "PATH_SEPARATOR";
        QTest::newRow("tab") << QStringLiteral("a\tb.pdf") << "CONTROL_CHARACTER";
        QTest::newRow("DEL") << QStringLiteral("a\x7f.pdf") << "CONTROL_CHARACTER";
        QTest::newRow("C1 control") << (QStringLiteral("a") + QChar(0x85) + QStringLiteral(".pdf"))
                                    << "CONTROL_CHARACTER";
        QTest::newRow("line separator")
            << (QStringLiteral("a") + QChar(0x2028) + QStringLiteral(".pdf")) << "CONTROL_CHARACTER";
        QTest::newRow("lone high surrogate")
            << (QStringLiteral("a") + QChar(0xD83D) + QStringLiteral(".pdf")) << "CONTROL_CHARACTER";
        QTest::newRow("lone low surrogate") << (QStringLiteral("a") + QChar(0xDC00)) << "CONTROL_CHARACTER";
        QTest::newRow("non-character") << (QStringLiteral("a") + QChar(0xFFFF)) << "CONTROL_CHARACTER";
        QTest::newRow("RLO") << (QStringLiteral("scan") + QChar(0x202E) + QStringLiteral("fdp.exe"))
                             << "FORMATTING_CHARACTER";
        QTest::newRow("LRE") << (QStringLiteral("a") + QChar(0x202A) + QStringLiteral(".pdf"))
                             << "FORMATTING_CHARACTER";
        QTest::newRow("RLI") << (QStringLiteral("a") + QChar(0x2067) + QStringLiteral(".pdf"))
                             << "FORMATTING_CHARACTER";
        QTest::newRow("ALM") << (QStringLiteral("a") + QChar(0x061C) + QStringLiteral(".pdf"))
                             << "FORMATTING_CHARACTER";
        QTest::newRow("RLM") << (QStringLiteral("a") + QChar(0x200F) + QStringLiteral(".pdf"))
                             << "FORMATTING_CHARACTER";
        QTest::newRow("zero-width joiner")
            << (QStringLiteral("a") + QChar(0x200D) + QStringLiteral(".pdf")) << "FORMATTING_CHARACTER";
        QTest::newRow("word joiner") << (QStringLiteral("a") + QChar(0x2060) + QStringLiteral(".pdf"))
                                     << "FORMATTING_CHARACTER";
    }

    void checksNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const auto found = checkFileName(name);
        QCOMPARE(found ? fileNameProblemCode(*found) : QString(), problem);
        if (found)
            QVERIFY(!fileNameProblemZh(*found).isEmpty());
    }

    void extensionComesFromTheContentType()
    {
        QCOMPARE(extensionForContentType(u"application/pdf"), QStringLiteral("pdf"));
        QCOMPARE(extensionForContentType(u"image/jpeg"), QStringLiteral("jpg"));
        QCOMPARE(extensionForContentType(u"image/png"), QStringLiteral("png"));
        QCOMPARE(extensionForContentType(u"application/x-desktop"), QString());
        QCOMPARE(extensionForContentType(u""), QString());
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("safe");
        QTest::newRow("kept") << "id.pdf"
                              << "application/pdf"
                              << "id.pdf";
        QTest::newRow("case folded") << "ID.PDF"
                                     << "application/pdf"
                                     << "ID.pdf";
        QTest::newRow("jpeg") << "a.jpeg"
                              << "image/jpeg"
                              << "a.jpg";
        QTest::newRow("launcher") << "run.desktop"
                                  << "application/pdf"
                                  << "run.desktop.pdf";
        QTest::newRow("other type") << "a.pdf"
                                    << "image/png"
                                    << "a.pdf.png";
        QTest::newRow("no extension") << "scan"
                                      << "image/png"
                                      << "scan.png";
        QTest::newRow("unknown type") << "a.sh"
                                      << "text/x-shellscript"
                                      << "a.sh.bin";
        QTest::newRow("dot-dot") << ".."
                                 << "application/pdf"
                                 << "scan.pdf";
        QTest::newRow("only the extension") << ".pdf"
                                            << "application/pdf"
                                            << "scan.pdf";
        QTest::newRow("path") << "../../etc/passwd"
                              << "application/pdf"
                              << "_.._etc_passwd.pdf";
        QTest::newRow("trailing dots") << "a.pdf. . "
                                       << "application/pdf"
                                       << "a.pdf";
        QTest::newRow("RLO") << (QStringLiteral("scan") + QChar(0x202E) + QStringLiteral("fdp.exe"))
                             << "application/pdf"
                             << "scan_fdp.exe.pdf";
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b.pdf"))
                             << "application/pdf"
                             << "a_b.pdf";
        QTest::newRow("lone surrogate")
            << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral(".png")) << "image/png"
            << "a_.png";
        QTest::newRow("emoji kept") << (QString::fromUcs4(U"\U0001F4C4") + QStringLiteral(".pdf"))
                                    << "application/pdf"
                                    << (QString::fromUcs4(U"\U0001F4C4") + QStringLiteral(".pdf"));
    }

    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, mime);
        QFETCH(QString, safe);
        const QString out = safeFileName(name, mime);
        QCOMPARE(out, safe);
        QVERIFY2(!checkFileName(out).has_value(), qPrintable(out));
        QCOMPARE(safeFileName(out, mime), out); // idempotent
    }

    void safeNamesStayWithinTheLimit()
    {
        const QString longName = QString(200, u'名') + QStringLiteral(".desktop");
        const QString out = safeFileName(longName, u"application/pdf");
        QVERIFY(out.size() <= kMaxFileNameLength);
        QVERIFY(out.endsWith(QLatin1String(".pdf")));
        // A surrogate pair is never cut in half at the limit.
        QString pairs;
        while (pairs.size() < 2 * kMaxFileNameLength)
            pairs += QString::fromUcs4(U"\U0001F4C4");
        const QString cut = safeFileName(pairs, u"image/png");
        QVERIFY(cut.size() <= kMaxFileNameLength);
        QVERIFY(!checkFileName(cut).has_value());
    }
};

QTEST_APPLESS_MAIN(TestFileNames)
#include "test_file_names.moc"
