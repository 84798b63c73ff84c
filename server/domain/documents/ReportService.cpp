#include "domain/documents/ReportService.h"

#include "domain/DomainError.h"
#include "domain/LocalDate.h"
#include "domain/Sql.h"
#include "domain/documents/DocumentStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace cp::server {
namespace {

const QString kKeySetting = QStringLiteral("report_signing_key");
// Crockford-style alphabet: no I, L, O, U — read off paper and typed back.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kNumberRandomChars = 6;

} // namespace

QString ReportService::contentHash(const protocol::Report& report)
{
    const QByteArray canonical = QJsonDocument(report.content()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString ReportService::verificationCode(const QByteArray& key, const QString& number,
                                        const QString& contentHash)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        (number + QLatin1Char('\n') + contentHash).toUtf8(), key, QCryptographicHash::Sha256);
    // 80 bits as 16 base-32 characters, grouped by four.
    QString out;
    quint64 acc = 0;
    int bits = 0;
    int produced = 0;
    for (int i = 0; produced < 16; ++i) {
        acc = (acc << 8) | quint8(mac[i]);
        bits += 8;
        while (bits >= 5 && produced < 16) {
            bits -= 5;
            out += QLatin1Char(kAlphabet[(acc >> bits) & 31]);
            if (++produced % 4 == 0 && produced < 16)
                out += QLatin1Char('-');
        }
    }
    return out;
}

QString ReportService::normaliseCode(const QString& typed)
{
    QString plain;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.isLetterOrNumber())
            plain += c;
    }
    QString out;
    for (int i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += plain[i];
    }
    return out;
}

QByteArray ReportService::signingKey()
{
    DocumentStore store(m_db);
    if (const auto hex = store.setting(kKeySetting))
        return QByteArray::fromHex(hex->toLatin1());
    QByteArray key(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), key.size()) != 1)
        throw std::runtime_error("RAND_bytes failed");
    store.insertSetting(kKeySetting, QString::fromLatin1(key.toHex()), m_clock.now());
    return key;
}

QString ReportService::nextNumber(const QDate& day)
{
    const QString prefix = QStringLiteral("CR") + day.toString(QStringLiteral("yyyyMMdd"));
    // The counter keeps the day's order readable; 30 random bits make the next number
    // unguessable from this one (attack review, issue 11, finding 1).
    unsigned char random[4];
    if (RAND_bytes(random, sizeof random) != 1)
        throw std::runtime_error("RAND_bytes failed");
    quint32 bits =
        (quint32(random[0]) << 24) | (quint32(random[1]) << 16) | (quint32(random[2]) << 8) | random[3];
    QString tail;
    for (int i = 0; i < kNumberRandomChars; ++i, bits >>= 5)
        tail += QLatin1Char(kAlphabet[bits & 31]);
    return sql::nextDailyNumber(m_db, QStringLiteral("reports"), prefix, 5) + QLatin1Char('-') + tail;
}

QString ReportService::normaliseNumber(const QString& typed)
{
    QString plain;
    for (QChar c : typed.toUpper())
        if (c.isLetterOrNumber() && c.unicode() < 128)
            plain += c;
    // "CR" + 8 date digits + 5 counter digits, then the random part if any.
    constexpr int kFixed = 15;
    if (plain.size() != kFixed + kNumberRandomChars)
        return plain;
    QString tail = plain.mid(kFixed);
    for (QChar& c : tail) {
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
    }
    return plain.left(kFixed) + QLatin1Char('-') + tail;
}

protocol::Report ReportService::issue(protocol::Report report, std::optional<qint64> applicationId,
                                      std::optional<qint64> subjectId, qint64 issuedBy, const QString& kind)
{
    const QDateTime now = m_clock.now();
    report.issuedAt = protocol::fromWireTime(protocol::toWireTime(now));
    report.number = nextNumber(chinaDate(now));
    const QString hash = contentHash(report);
    report.verificationCode = verificationCode(signingKey(), report.number, hash);
    DocumentStore(m_db).insertReport(report, applicationId, subjectId, issuedBy, hash, kind);
    return report;
}

std::optional<protocol::Report> ReportService::byNumber(const QString& number)
{
    auto s = stored(number);
    if (!s)
        return std::nullopt;
    return s->report;
}

std::optional<StoredReport> ReportService::stored(const QString& number)
{
    return DocumentStore(m_db).report(normaliseNumber(number));
}

QString ReportService::verdict(const StoredReport& stored, const QString& code)
{
    // The stored content must still hash to what was signed, and the typed code must match.
    const QString expected = verificationCode(signingKey(), stored.report.number, stored.contentHash);
    const QString typed = normaliseCode(code);
    const bool codeOk = typed.size() == expected.size() &&
                        CRYPTO_memcmp(typed.toLatin1().constData(), expected.toLatin1().constData(),
                                      size_t(expected.size())) == 0;
    const bool contentOk = contentHash(stored.report) == stored.contentHash;
    return codeOk && contentOk ? QStringLiteral("genuine") : QStringLiteral("mismatch");
}

protocol::Report ReportService::recordHandover(const QString& number, const QString& receivedBy,
                                               qint64 recordedBy)
{
    auto report = byNumber(number);
    if (!report)
        throw DomainError(protocol::ErrorCode::NotFound, QStringLiteral("报告编号 %1 不存在。").arg(number));
    if (report->handedAt.isValid())
        throw DomainError(protocol::ErrorCode::InvalidState,
                          QStringLiteral("该报告已于 %1 交付 %2，不能重复登记。")
                              .arg(report->handedAt.toTimeZone(QTimeZone(8 * 3600))
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   report->handedTo));
    const QDateTime now = m_clock.now();
    DocumentStore(m_db).recordHandover(report->number, receivedBy, now, recordedBy);
    report->handedTo = receivedBy;
    report->handedAt = now;
    return *report;
}

} // namespace cp::server
