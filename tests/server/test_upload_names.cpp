// Attack review (issue 11) finding 14: uploaded file names were accepted as "..",
// "run.desktop" or with U+202E, and the archive viewer opened scans by the uploader's
// extension. Over real mutual TLS, every upload path (walk-in materials; dispute,
// mark and revocation materials, which share one check) refuses control, bidi and
// invisible characters, path separators and leading dots, and every scan's name —
// as stored and as read back at the window, in the case and in the archive — carries
// the extension of the content type the server verified by the file's first bytes.
#include "ArchiveFixture.h"
#include "FileNames.h"

using namespace cp::test;

namespace {

QByteArray jpegBytes()
{
    return QByteArrayLiteral("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xFF\xD9");
}
QByteArray pngBytes()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR");
}

QJsonObject upload(const QString& name, const QString& mime, const QByteArray& bytes)
{
    return {{QStringLiteral("kind"), QStringLiteral("id_copy")},
            {QStringLiteral("fileName"), name},
            {QStringLiteral("mimeType"), mime},
            {QStringLiteral("contentBase64"), QString::fromLatin1(bytes.toBase64())}};
}

QString fieldOf(const ProbeReply& r)
{
    return errorDetails(r).value(QStringLiteral("field")).toString();
}
QString reasonOf(const ProbeReply& r)
{
    return errorDetails(r).value(QStringLiteral("reason")).toString();
}

} // namespace

class TestUploadNames : public QObject
{
    Q_OBJECT
    ArchiveDesk m_desk;

    HttpsProbe& clerk() { return m_desk.as(QStringLiteral("clerk")); }

    qint64 application()
    {
        return clerk()
            .post(QStringLiteral("/api/v1/walkin/applications"),
                  selfQuery(kPersonId, m_desk.personName).toJson())
            .json.value(QStringLiteral("id"))
            .toInteger();
    }
    ProbeReply attachNamed(qint64 app, const QString& name,
                           const QString& mime = QStringLiteral("application/pdf"),
                           const QByteArray& bytes = pdfBytes())
    {
        return clerk().post(QStringLiteral("/api/v1/walkin/applications/%1/materials").arg(app),
                            upload(name, mime, bytes));
    }
    QStringList namesAtTheWindow(qint64 app)
    {
        QStringList out;
        for (const auto& v : clerk()
                                 .get(QStringLiteral("/api/v1/walkin/applications/%1").arg(app))
                                 .json.value(QStringLiteral("materials"))
                                 .toArray())
            out << v.toObject().value(QStringLiteral("fileName")).toString();
        return out;
    }
    qint64 archiveItemOf(qint64 app)
    {
        return scalar(*m_desk.server,
                      QStringLiteral(
                          "SELECT id FROM archive_items WHERE source_kind = 'walkin' AND source_id = ?"),
                      {app})
            .toLongLong();
    }
    QJsonArray archivedMaterials(qint64 item)
    {
        return m_desk.item(item).value(QStringLiteral("materials")).toArray();
    }

  private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_desk.start(), qPrintable(m_desk.server->errorString())); }

    void dangerousNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("dot-dot") << QStringLiteral("..") << "LEADING_DOT";
        QTest::newRow("dot") << QStringLiteral(".") << "LEADING_DOT";
        QTest::newRow("hidden file") << QStringLiteral(".bashrc") << "LEADING_DOT";
        QTest::newRow("right-to-left override")
            << (QStringLiteral("scan") + QChar(0x202E) + QStringLiteral("fdp.exe")) << "FORMATTING_CHARACTER";
        QTest::newRow("right-to-left isolate")
            << (QStringLiteral("scan") + QChar(0x2067) + QStringLiteral("fdp.exe")) << "FORMATTING_CHARACTER";
        QTest::newRow("zero-width space")
            << (QStringLiteral("id") + QChar(0x200B) + QStringLiteral(".pdf")) << "FORMATTING_CHARACTER";
        QTest::newRow("line feed") << QStringLiteral("id\ncopy.pdf") << "CONTROL_CHARACTER";
        QTest::newRow("NUL") << (QStringLiteral("id") + QChar(0) + QStringLiteral(".pdf"))
                             << "CONTROL_CHARACTER";
        QTest::newRow("escape") << QStringLiteral("id\x1b[2J.pdf") << "CONTROL_CHARACTER";
        QTest::newRow("path") << QStringLiteral("../../etc/run.desktop") << "PATH_SEPARATOR";
        QTest::newRow("windows path") << QStringLiteral("..\\Startup\\run.lnk") << "PATH_SEPARATOR";
    }

    void dangerousNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const qint64 app = application();
        const auto r = attachNamed(app, name);
        QCOMPARE(r.status, 422);
        QCOMPARE(fieldOf(r), QStringLiteral("fileName"));
        QCOMPARE(reasonOf(r), reason);
        QVERIFY(namesAtTheWindow(app).isEmpty());

        // The same check on every dispute upload.
        auto in = disputeBy(kPersonId, m_desk.personName,
                            {addRecord(*m_desk.server, m_desk.person, QStringLiteral("A"),
                                       QStringLiteral("admin_penalty"), QStringLiteral("处罚"))});
        in.materials[1].fileName = name;
        const auto dispute = clerk().post(QStringLiteral("/api/v1/disputes"), in.toJson());
        QCOMPARE(dispute.status, 422);
        QCOMPARE(fieldOf(dispute), QStringLiteral("materials[1].fileName"));
        QCOMPARE(reasonOf(dispute), reason);
    }

    void storedNameTakesTheCheckedTypesExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("stored");
        QTest::newRow("launcher holding a PDF") << "run.desktop"
                                                << "application/pdf" << pdfBytes() << "run.desktop.pdf";
        QTest::newRow("executable holding a PDF") << "setup.exe"
                                                  << "application/pdf" << pdfBytes() << "setup.exe.pdf";
        QTest::newRow("another type's extension") << "photo.png"
                                                  << "application/pdf" << pdfBytes() << "photo.png.pdf";
        QTest::newRow("no extension")
            << QStringLiteral("身份证正面") << "image/png" << pngBytes() << QStringLiteral("身份证正面.png");
        QTest::newRow("jpeg spelled in capitals")
            << QStringLiteral("身份证.JPEG") << "image/jpeg" << jpegBytes() << QStringLiteral("身份证.jpg");
        QTest::newRow("right extension kept") << "id_copy.pdf"
                                              << "application/pdf" << pdfBytes() << "id_copy.pdf";
    }

    void storedNameTakesTheCheckedTypesExtension()
    {
        QFETCH(QString, name);
        QFETCH(QString, mime);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, stored);
        const qint64 app = application();
        const auto r = attachNamed(app, name, mime, bytes);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("fileName")).toString(), stored);
        QCOMPARE(namesAtTheWindow(app), QStringList{stored});
        QCOMPARE(
            scalar(*m_desk.server,
                   QStringLiteral("SELECT file_name FROM application_materials WHERE application_id = ?"),
                   {app})
                .toString(),
            stored);
    }

    // The scan as the archive shows it and the viewer fetches it; the dispute case too.
    void archiveAndCaseShowTheCheckedExtension()
    {
        const qint64 app = application();
        QCOMPARE(attachNamed(app, QStringLiteral("run.desktop")).status, 201);
        QCOMPARE(clerk().post(QStringLiteral("/api/v1/walkin/applications/%1/answer").arg(app), {}).status,
                 200);
        const qint64 item = archiveItemOf(app);
        const QJsonArray materials = archivedMaterials(item);
        QCOMPARE(materials.size(), 1);
        const QJsonObject m = materials.first().toObject();
        QCOMPARE(m.value(QStringLiteral("fileName")).toString(), QStringLiteral("run.desktop.pdf"));
        const auto scan = m_desk.as(QStringLiteral("archivist"))
                              .get(QStringLiteral("/api/v1/archives/items/%1/materials/%2")
                                       .arg(item)
                                       .arg(m.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(scan.status, 200);
        QCOMPARE(scan.json.value(QStringLiteral("fileName")).toString(), QStringLiteral("run.desktop.pdf"));
        QCOMPARE(scan.json.value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/pdf"));

        auto in = disputeBy(kPersonId, m_desk.personName,
                            {addRecord(*m_desk.server, m_desk.person, QStringLiteral("A"),
                                       QStringLiteral("admin_penalty"), QStringLiteral("处罚"))});
        in.materials[2].fileName = QStringLiteral("evidence.desktop");
        const auto accepted = clerk().post(QStringLiteral("/api/v1/disputes"), in.toJson());
        QCOMPARE(accepted.status, 201);
        QStringList names;
        for (const auto& v : caseOf(accepted).value(QStringLiteral("materials")).toArray())
            names << v.toObject().value(QStringLiteral("fileName")).toString();
        QVERIFY2(names.contains(QStringLiteral("evidence.desktop.pdf")), qPrintable(names.join(u',')));
    }

    // A name stored before the check (an older database) is neutralised on the way out.
    void olderStoredNamesAreNeutralisedWhenRead()
    {
        const qint64 app = application();
        QCOMPARE(attachNamed(app, QStringLiteral("id.pdf")).status, 201);
        const QString planted = QStringLiteral("../../scan") + QChar(0x202E) + QStringLiteral("fdp.desktop");
        insert(*m_desk.server,
               QStringLiteral("UPDATE application_materials SET file_name = ? WHERE application_id = ?"),
               {planted, app});
        const QString shown = namesAtTheWindow(app).value(0);
        QVERIFY2(shown.endsWith(QLatin1String(".pdf")), qPrintable(shown));
        QVERIFY(!cp::checkFileName(shown).has_value());
        QCOMPARE(shown, cp::safeFileName(planted, QStringLiteral("application/pdf")));
    }
};

QTEST_GUILESS_MAIN(TestUploadNames)
#include "test_upload_names.moc"
