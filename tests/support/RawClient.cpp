#include "RawClient.h"

#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <memory>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cp::test {
namespace {

void ignoreSigpipe()
{
    // A write to a connection the server reset must fail, not kill the test.
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

bool waitReadable(int fd, int waitMs)
{
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, waitMs) > 0;
}

} // namespace

RawSocket::~RawSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

RawSocket::RawSocket(RawSocket&& other) noexcept : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

RawSocket& RawSocket::operator=(RawSocket&& other) noexcept
{
    std::swap(m_fd, other.m_fd);
    return *this;
}

bool RawSocket::connect(const QString& sourceAddress, quint16 port)
{
    ignoreSigpipe();
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0)
        return false;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    if (::inet_pton(AF_INET, sourceAddress.toLatin1().constData(), &local.sin_addr) != 1 ||
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0)
        return false;
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return ::connect(m_fd, reinterpret_cast<sockaddr*>(&server), sizeof server) == 0;
}

bool RawSocket::send(const QByteArray& bytes)
{
    return ::send(m_fd, bytes.constData(), bytes.size(), MSG_NOSIGNAL) == bytes.size();
}

bool RawSocket::closedWithin(int waitMs)
{
    QElapsedTimer t;
    t.start();
    char buf[4096];
    while (t.elapsed() <= waitMs) {
        if (!waitReadable(m_fd, int(std::max<qint64>(0, waitMs - t.elapsed()))))
            return false;
        const auto n = ::recv(m_fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
            return true;
    }
    return false;
}

QByteArray makeClientHello()
{
    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx(SSL_CTX_new(TLS_client_method()), &SSL_CTX_free);
    std::unique_ptr<SSL, decltype(&SSL_free)> ssl(SSL_new(ctx.get()), &SSL_free);
    BIO* in = BIO_new(BIO_s_mem());
    BIO* out = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl.get(), in, out); // ssl owns both
    SSL_connect(ssl.get());          // wants to read the ServerHello: the ClientHello is in `out`
    char* data = nullptr;
    const long n = BIO_get_mem_data(out, &data);
    QByteArray hello(data, int(n));
    ERR_clear_error();
    return hello;
}

QString RawResponse::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

RawTlsClient::RawTlsClient(RawSocket socket) : m_socket(std::move(socket)) {}

RawTlsClient::~RawTlsClient()
{
    if (m_ssl)
        SSL_free(m_ssl);
    if (m_ctx)
        SSL_CTX_free(m_ctx);
}

void RawTlsClient::setTimeouts(int milliseconds)
{
    timeval tv{milliseconds / 1000, (milliseconds % 1000) * 1000};
    ::setsockopt(m_socket.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(m_socket.fd(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool RawTlsClient::handshake(const TestPki& pki, const QString& user, int timeoutMs)
{
    m_ctx = SSL_CTX_new(TLS_client_method());
    const QByteArray cert = pki.userCert(user).toLocal8Bit();
    const QByteArray key = pki.userKey(user).toLocal8Bit();
    const QByteArray ca = pki.caCert().toLocal8Bit();
    if (!m_ctx || SSL_CTX_use_certificate_file(m_ctx, cert.constData(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_use_PrivateKey_file(m_ctx, key.constData(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_load_verify_locations(m_ctx, ca.constData(), nullptr) != 1)
        return false;
    SSL_CTX_set_verify(m_ctx, SSL_VERIFY_PEER, nullptr);
    m_ssl = SSL_new(m_ctx);
    SSL_set_fd(m_ssl, m_socket.fd());
    setTimeouts(timeoutMs);
    const bool ok = SSL_connect(m_ssl) == 1;
    ERR_clear_error();
    return ok;
}

bool RawTlsClient::write(const QByteArray& bytes)
{
    setTimeouts(5000);
    const bool ok = SSL_write(m_ssl, bytes.constData(), bytes.size()) == bytes.size();
    ERR_clear_error();
    return ok;
}

RawResponse RawTlsClient::readResponse(int timeoutMs)
{
    RawResponse r;
    QByteArray data;
    QElapsedTimer t;
    t.start();
    qsizetype headerEnd = -1;
    qint64 length = -1;
    char buf[16384];
    while (t.elapsed() < timeoutMs) {
        if (SSL_pending(m_ssl) == 0 && !waitReadable(m_socket.fd(), int(timeoutMs - t.elapsed())))
            break;
        setTimeouts(std::max(1, int(timeoutMs - t.elapsed())));
        const int n = SSL_read(m_ssl, buf, sizeof buf);
        ERR_clear_error();
        if (n <= 0)
            break;
        data.append(buf, n);
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            r.headers = data.left(headerEnd);
            for (const QByteArray& line : r.headers.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
        }
        if (headerEnd >= 0 && length >= 0 && data.size() >= headerEnd + 4 + length)
            break;
    }
    if (headerEnd < 0 || (length >= 0 && data.size() < headerEnd + 4 + length))
        return r;
    const QList<QByteArray> statusLine = r.headers.left(r.headers.indexOf("\r\n")).split(' ');
    r.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    r.json = QJsonDocument::fromJson(data.mid(headerEnd + 4)).object();
    return r;
}

bool RawTlsClient::closedWithin(int waitMs)
{
    QElapsedTimer t;
    t.start();
    char buf[4096];
    while (t.elapsed() <= waitMs) {
        const int left = int(std::max<qint64>(0, waitMs - t.elapsed()));
        if (SSL_pending(m_ssl) == 0 && !waitReadable(m_socket.fd(), left))
            return false;
        setTimeouts(std::max(1, int(waitMs - t.elapsed())));
        const int n = SSL_read(m_ssl, buf, sizeof buf);
        const int err = SSL_get_error(m_ssl, n);
        ERR_clear_error();
        if (n <= 0)
            return err != SSL_ERROR_WANT_READ; // end of stream, close_notify or reset
    }
    return false;
}

} // namespace cp::test
