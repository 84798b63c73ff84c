#include "app/HttpsListener.h"

#include "app/TlsContext.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/Net/TCPServerDispatcher.h>
#include <openssl/err.h>

#include <poll.h>
#include <vector>

namespace cp::server {
namespace {

using Poco::Net::SecureStreamSocket;
using Poco::Net::StreamSocket;

// The connection the current worker thread is serving (set for the length of its run()).
thread_local const StreamSocket* tConnection = nullptr;

constexpr int kAcceptBurst = 64;         // connections accepted per wake-up before polling again
constexpr int kPollMilliseconds = 200;   // how soon the front door notices stop()
constexpr int kGraceMilliseconds = 5000; // running requests may finish within this on stop()

/// Tells the watchdog when a request's headers are in and when its response is out.
class PhaseHandler final : public Poco::Net::HTTPRequestHandler
{
  public:
    PhaseHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner, ConnectionWatchdog& watchdog)
        : m_inner(std::move(inner)), m_watchdog(watchdog)
    {
    }
    void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override
    {
        m_inner->handleRequest(req, resp);
        if (tConnection)
            m_watchdog.responseSent(*tConnection);
    }

  private:
    std::unique_ptr<Poco::Net::HTTPRequestHandler> m_inner;
    ConnectionWatchdog& m_watchdog;
};

/// Poco asks the factory for a handler once the request headers are read.
class RequestPhases final : public Poco::Net::HTTPRequestHandlerFactory
{
  public:
    RequestPhases(Poco::Net::HTTPRequestHandlerFactory::Ptr inner, ConnectionWatchdog& watchdog)
        : m_inner(std::move(inner)), m_watchdog(watchdog)
    {
    }
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override
    {
        if (tConnection)
            m_watchdog.requestStarted(*tConnection);
        std::unique_ptr<Poco::Net::HTTPRequestHandler> inner(m_inner->createRequestHandler(request));
        if (!inner)
            return nullptr;
        return new PhaseHandler(std::move(inner), m_watchdog);
    }
    /// What HTTPServer::stopAll does: each HTTPServerConnection ends after its current request.
    void stopConnections() { serverStopped(this, false); }

  private:
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_inner;
    ConnectionWatchdog& m_watchdog;
};

/// Poco's HTTP connection loop, unchanged, inside the watchdog's bookkeeping.
class WatchedConnection final : public Poco::Net::HTTPServerConnection
{
  public:
    WatchedConnection(const StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                      Poco::Net::HTTPRequestHandlerFactory::Ptr handlers, ConnectionWatchdog& watchdog)
        : HTTPServerConnection(socket, std::move(params), std::move(handlers)), m_watchdog(watchdog)
    {
    }
    void run() override
    {
        struct Served
        {
            WatchedConnection& c;
            explicit Served(WatchedConnection& conn) : c(conn)
            {
                tConnection = &c.socket();
                c.m_watchdog.workerStarted(c.socket());
            }
            ~Served()
            {
                tConnection = nullptr;
                c.m_watchdog.release(c.socket());
            }
        } served(*this);
        HTTPServerConnection::run();
    }

  private:
    ConnectionWatchdog& m_watchdog;
};

class WatchedConnectionFactory final : public Poco::Net::TCPServerConnectionFactory
{
  public:
    WatchedConnectionFactory(Poco::Net::HTTPServerParams::Ptr params,
                             Poco::Net::HTTPRequestHandlerFactory::Ptr handlers, ConnectionWatchdog& watchdog)
        : m_params(std::move(params)), m_handlers(std::move(handlers)), m_watchdog(watchdog)
    {
    }
    Poco::Net::TCPServerConnection* createConnection(const StreamSocket& socket) override
    {
        return new WatchedConnection(socket, m_params, m_handlers, m_watchdog);
    }

  private:
    Poco::Net::HTTPServerParams::Ptr m_params;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_handlers;
    ConnectionWatchdog& m_watchdog;
};

ConnectionWatchdog::Limits limitsOf(const HttpConfig& c)
{
    ConnectionWatchdog::Limits l;
    l.deadline = std::chrono::seconds(c.headerDeadlineSeconds);
    l.keepAlive = std::chrono::seconds(c.keepAliveSeconds);
    l.perAddress = c.maxConnectionsPerAddress;
    l.perCertificate = c.maxConnectionsPerCertificate;
    l.total = c.maxConnections;
    return l;
}

Poco::Net::HTTPServerParams::Ptr paramsOf(const HttpConfig& c)
{
    // Only verified connections reach the pool; the keep-alive wait of an idle one is
    // still a pool thread, so it stays short (STACK-NOTES).
    Poco::Net::HTTPServerParams::Ptr params(new Poco::Net::HTTPServerParams);
    params->setMaxThreads(c.maxThreads);
    params->setMaxQueued(c.maxQueued);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(c.keepAliveSeconds, 0));
    params->setMaxKeepAliveRequests(1000);
    params->setTimeout(Poco::Timespan(c.receiveTimeoutSeconds, 0));
    params->setServerName("credit-server");
    return params;
}

} // namespace

HttpsListener::HttpsListener(Poco::Net::Context::Ptr context, const HttpConfig& config,
                             Poco::Net::HTTPRequestHandlerFactory::Ptr handlers)
    : m_context(std::move(context)), m_config(config), m_watchdog(limitsOf(config)),
      m_handlers(new RequestPhases(std::move(handlers), m_watchdog)),
      m_pool("credit-http", 2, config.maxThreads, 60), m_socket(m_context)
{
    const auto params = paramsOf(m_config);
    m_dispatcher = new Poco::Net::TCPServerDispatcher(
        new WatchedConnectionFactory(params, m_handlers, m_watchdog), m_pool, params);
}

HttpsListener::~HttpsListener()
{
    stop();
    m_dispatcher->release();
}

void HttpsListener::start()
{
    m_socket.bind(Poco::Net::SocketAddress(m_config.host, static_cast<Poco::UInt16>(m_config.port)), true);
    m_socket.listen(64);
    m_socket.setBlocking(false); // accept() must not wait for a connection that went away
    m_port = m_socket.address().port();
    m_watchdog.start();
    m_frontDoor.startFunc([this] { run(); });
}

void HttpsListener::stop()
{
    if (m_stopping.exchange(true))
        return;
    if (m_frontDoor.isRunning())
        m_frontDoor.join();
    m_socket.close();
    m_watchdog.cutIdle(); // keep-alive waits, header reads and queued connections end now
    static_cast<RequestPhases&>(*m_handlers).stopConnections(); // the constructor made it one
    for (int waited = 0; waited < kGraceMilliseconds && m_dispatcher->currentConnections() > 0; waited += 25)
        Poco::Thread::sleep(25);
    m_watchdog.cutAll();
    m_dispatcher->stop();
    m_pool.joinAll();
    m_watchdog.stop();
}

void HttpsListener::run()
{
    std::vector<pollfd> fds;
    std::vector<SecureStreamSocket> polled;
    while (!m_stopping) {
        fds.assign(1, pollfd{m_socket.impl()->sockfd(), POLLIN, 0});
        polled.clear();
        for (const auto& [fd, h] : m_handshakes) {
            fds.push_back(pollfd{fd, static_cast<short>(h.wantWrite ? POLLOUT : POLLIN), 0});
            polled.push_back(h.socket);
        }
        if (::poll(fds.data(), fds.size(), kPollMilliseconds) <= 0)
            continue; // timeout or EINTR
        for (size_t i = 1; i < fds.size(); ++i)
            if (fds[i].revents != 0)
                advance(polled[i - 1], (fds[i].revents & (POLLHUP | POLLERR)) != 0);
        if (fds[0].revents & POLLIN)
            acceptPending();
    }
    for (auto& [fd, h] : m_handshakes)
        drop(h.socket);
    m_handshakes.clear();
}

void HttpsListener::acceptPending()
{
    for (int i = 0; i < kAcceptBurst; ++i) {
        Poco::Net::SocketAddress peer;
        StreamSocket accepted;
        try {
            accepted = m_socket.acceptConnection(peer);
        } catch (const Poco::Exception&) {
            return; // nothing (more) to accept
        }
        if (m_watchdog.admit(accepted, peer.host().toString()) != ConnectionWatchdog::Admission::Admitted) {
            accepted.setLinger(true, 0); // reset at once: no TIME_WAIT left behind by a flood
            accepted.close();
            continue;
        }
        accepted.setNoDelay(true); // as Poco's TCPServer does: no Nagle delay on small TLS records
        SecureStreamSocket secure(accepted);
        // Nothing on this thread may wait for one client: non-blocking, and zero
        // timeouts so Poco's retry poll inside the handshake returns at once.
        secure.setBlocking(false);
        secure.setReceiveTimeout(Poco::Timespan(0));
        secure.setSendTimeout(Poco::Timespan(0));
        m_handshakes.insert_or_assign(secure.impl()->sockfd(), Handshake{secure, false});
    }
}

void HttpsListener::advance(SecureStreamSocket socket, bool hangUp)
{
    const auto fd = socket.impl()->sockfd();
    int rc = 0;
    ERR_clear_error();
    try {
        rc = socket.completeHandshake();
    } catch (const Poco::TimeoutException&) {
        // Poco's zero-timeout poll found no more bytes. (A full send buffer would also
        // land here; the client then sends nothing either and the deadline ends it.)
        rc = SecureStreamSocket::ERR_SSL_WANT_READ;
    } catch (const std::exception&) {
        rc = 0; // refused certificate, protocol error, closed, or cut by the watchdog
    }
    ERR_clear_error(); // Poco leaves OpenSSL's per-thread error queue as it finds it
    const bool wantRead = rc == SecureStreamSocket::ERR_SSL_WANT_READ;
    const bool wantWrite = rc == SecureStreamSocket::ERR_SSL_WANT_WRITE;
    if ((wantRead || wantWrite) && !hangUp) {
        if (const auto it = m_handshakes.find(fd); it != m_handshakes.end())
            it->second.wantWrite = wantWrite;
        return;
    }
    m_handshakes.erase(fd);
    if (rc == 1)
        hand(socket);
    else
        drop(socket);
}

void HttpsListener::hand(SecureStreamSocket& socket)
{
    std::string certificate;
    try {
        certificate = certificateFingerprint(socket.peerCertificate());
    } catch (const Poco::Exception&) {
        drop(socket);
        return;
    }
    if (!m_watchdog.handshakeDone(socket, certificate)) {
        drop(socket);
        return;
    }
    socket.setBlocking(true);
    // A client that stops reading its response must not hold the worker either.
    socket.setSendTimeout(Poco::Timespan(m_config.receiveTimeoutSeconds, 0));
    const int refused = m_dispatcher->refusedConnections();
    m_dispatcher->enqueue(socket);
    if (m_dispatcher->refusedConnections() != refused) // queue full
        drop(socket);
}

void HttpsListener::drop(const StreamSocket& socket)
{
    m_watchdog.release(socket); // first: the watchdog must not shut down a closed descriptor
    StreamSocket s(socket);
    try {
        s.close();
    } catch (const Poco::Exception&) {
    }
    ERR_clear_error();
}

} // namespace cp::server
