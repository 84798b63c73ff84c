#include "domain/audit/AuditCheckpoints.h"

#include "Protocol.h"
#include "domain/Sql.h"
#include "domain/audit/AuditKey.h"
#include "domain/audit/AuditLog.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

#include <stdexcept>

namespace cp::server {
namespace {

constexpr auto kMagic = "cp-audit-checkpoint-v1";

/// The signed part of a line: everything before " sig=".
QByteArray signedPart(qint64 seq, const QString& link, const QString& alg, const QDateTime& at)
{
    return QStringLiteral("%1 seq=%2 link=%3 alg=%4 at=%5")
        .arg(QLatin1String(kMagic))
        .arg(seq)
        .arg(link, alg, protocol::toWireTime(at))
        .toUtf8();
}

std::optional<AuditCheckpoint> parse(const QByteArray& line, int number, const AuditKey& key)
{
    const qsizetype sig = line.lastIndexOf(" sig=");
    if (!line.startsWith(QByteArray(kMagic) + ' ') || sig < 0)
        return std::nullopt;
    AuditCheckpoint c;
    c.line = number;
    bool seqOk = false;
    for (const QByteArray& token : line.left(sig).split(' ')) {
        const qsizetype eq = token.indexOf('=');
        const QByteArray name = token.left(eq);
        const QString value = QString::fromUtf8(token.mid(eq + 1));
        if (name == "seq")
            c.seq = value.toLongLong(&seqOk);
        else if (name == "link")
            c.link = value;
        else if (name == "alg")
            c.alg = value;
        else if (name == "at")
            c.at = protocol::fromWireTime(value);
    }
    if (!seqOk || c.link.isEmpty() || !c.at.isValid())
        return std::nullopt;
    // Re-encode and compare: only the exact bytes that were signed are accepted.
    const QByteArray part = line.left(sig);
    c.signatureOk = part == signedPart(c.seq, c.link, c.alg, c.at) &&
                    key.verifyCheckpoint(part, QString::fromLatin1(line.mid(sig + 5)));
    return c;
}

} // namespace

bool AuditCheckpointFile::exists() const
{
    return QFileInfo(m_path).isFile();
}

AuditCheckpoint AuditCheckpointFile::append(const AuditKey& key, qint64 seq, const QString& link,
                                            const QString& alg, const QDateTime& at)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        throw std::runtime_error("cannot create the audit checkpoint directory " + dir.toStdString());
    const QDateTime when = protocol::fromWireTime(protocol::toWireTime(at));
    const QByteArray part = signedPart(seq, link, alg, when);
    const QByteArray line = part + " sig=" + key.signCheckpoint(part).toLatin1() + '\n';
    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0640);
    if (fd < 0)
        throw std::runtime_error("cannot open the audit checkpoint file " + m_path.toStdString());
    // One write of a short line with O_APPEND: lines of two processes never interleave.
    const bool ok =
        ::write(fd, line.constData(), size_t(line.size())) == ssize_t(line.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        throw std::runtime_error("cannot write the audit checkpoint file " + m_path.toStdString());
    return AuditCheckpoint{0, seq, link, alg, when, true};
}

QList<AuditCheckpoint> AuditCheckpointFile::read(const AuditKey& key) const
{
    QList<AuditCheckpoint> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    int number = 0;
    while (!f.atEnd()) {
        QByteArray line = f.readLine(4096);
        ++number;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        // An unreadable line is kept as a failed one: a damaged file must not pass unnoticed.
        out.append(parse(line, number, key).value_or(AuditCheckpoint{number, 0, {}, {}, {}, false}));
    }
    return out;
}

QString AuditCheckpointFile::publishPublicKey(const AuditKey& key) const
{
    const QString path = QDir(QFileInfo(m_path).absolutePath()).filePath(QLatin1String(kPublicKeyName));
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(key.checkpointPublicKeyPem()) < 0)
        throw std::runtime_error("cannot write " + path.toStdString());
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

AuditCheckpointer::AuditCheckpointer(store::Database& db, const Clock& clock, CheckpointPolicy policy)
    : m_db(db), m_clock(clock), m_policy(policy)
{
}

std::optional<AuditCheckpoint> AuditCheckpointer::tick()
{
    return write(true);
}

std::optional<AuditCheckpoint> AuditCheckpointer::flush()
{
    return write(false);
}

std::optional<AuditCheckpoint> AuditCheckpointer::write(bool onlyWhenDue)
{
    const AuditTrust trust = auditTrust();
    if (trust.checkpointFile.isEmpty() || !trust.key)
        return std::nullopt;
    const std::lock_guard lock(m_mutex);
    AuditCheckpointFile file(trust.checkpointFile);
    if (!file.exists()) // removed or moved aside: start it again with the current head
        m_last.reset();
    else if (!m_lastRead) {
        for (const AuditCheckpoint& c : file.read(*trust.key))
            if (c.signatureOk)
                m_last = c;
        m_lastRead = true;
    }
    QSqlDatabase db = m_db.connection();
    const AuditLog::Head head = AuditLog::head(db); // committed entries only
    if (m_last && m_last->seq == head.seq && m_last->link == head.link)
        return std::nullopt;
    const QDateTime now = m_clock.now();
    if (onlyWhenDue && m_last) {
        const bool entriesDue = head.seq - m_last->seq >= m_policy.everyEntries;
        const bool timeDue = m_last->at.addSecs(qint64(m_policy.everyMinutes) * 60) <= now;
        if (!entriesDue && !timeDue)
            return std::nullopt;
    }
    QString alg = QStringLiteral("genesis");
    if (head.seq > 0) {
        auto q = sql::select(db, QStringLiteral("SELECT alg FROM audit_log WHERE seq = ?"), {head.seq});
        if (q.next())
            alg = q.text("alg");
    }
    m_last = file.append(*trust.key, head.seq, head.link, alg, now);
    return m_last;
}

} // namespace cp::server
