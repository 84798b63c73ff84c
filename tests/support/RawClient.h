// Hand-made clients for attack tests: a plain TCP socket bound to a chosen loopback
// source address (127.0.0.2, 127.0.0.3 … stand for other workstations; the whole
// 127.0.0.0/8 is on lo) and a blocking OpenSSL client on top of it, so a test sends
// exactly the bytes it wants when it wants: nothing at all, a ClientHello byte by
// byte, half a request, or a large body in bounded chunks.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace cp::test {

struct TestPki;

class RawSocket
{
  public:
    RawSocket() = default;
    ~RawSocket();
    RawSocket(RawSocket&& other) noexcept;
    RawSocket& operator=(RawSocket&& other) noexcept;
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    /// Connects from sourceAddress (any port) to 127.0.0.1:port.
    bool connect(const QString& sourceAddress, quint16 port);
    bool send(const QByteArray& bytes);
    /// True if the server closed the connection (end of stream or reset) within waitMs.
    /// Bytes the server sent are read and discarded.
    bool closedWithin(int waitMs);
    int fd() const { return m_fd; }

  private:
    int m_fd = -1;
};

/// A real ClientHello (what OpenSSL's client sends first), to be dripped byte by byte.
QByteArray makeClientHello();

/// A parsed HTTP/1.1 response.
struct RawResponse
{
    int status = 0; // 0 = no complete response
    QByteArray headers;
    QJsonObject json;
    QString errorCode() const; // json.error.code
};

class RawTlsClient
{
  public:
    explicit RawTlsClient(RawSocket socket);
    ~RawTlsClient();
    RawTlsClient(const RawTlsClient&) = delete;
    RawTlsClient& operator=(const RawTlsClient&) = delete;

    /// Mutual TLS with users/<user>.pem and .key of the test PKI, trusting its CA.
    bool handshake(const TestPki& pki, const QString& user, int timeoutMs = 5000);
    /// False once the server has closed or reset the connection.
    bool write(const QByteArray& bytes);
    /// Reads one response (headers and Content-Length body) within timeoutMs.
    RawResponse readResponse(int timeoutMs);
    /// True if the server closed the connection within waitMs (data before the end is discarded).
    bool closedWithin(int waitMs);

  private:
    void setTimeouts(int milliseconds);

    RawSocket m_socket;
    SSL_CTX* m_ctx = nullptr;
    SSL* m_ssl = nullptr;
};

} // namespace cp::test
