// The HTTPS listener: accepting, TLS handshakes and Poco's worker pool
// (attack review, issue 11, finding 5).
//
// Poco's HTTPServer hands every accepted connection to a pool thread before the TLS
// handshake, so connections that send nothing, or drip their ClientHello, hold the
// pool and lock every user out. Here one front-door thread accepts and runs all TLS
// handshakes non-blocking; a connection reaches the pool (Poco's TCPServerDispatcher
// running HTTPServerConnection, as inside HTTPServer) only once its client
// certificate is verified. The ConnectionWatchdog bounds handshake plus request
// headers with one deadline and counts connections per address and certificate;
// connections over a limit are closed at once.
#pragma once

#include "app/ConnectionWatchdog.h"
#include "app/ServerConfig.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Thread.h>
#include <Poco/ThreadPool.h>

#include <QtGlobal>
#include <atomic>
#include <map>
#include <memory>

namespace Poco::Net {
class TCPServerDispatcher;
}

namespace cp::server {

class HttpsListener
{
  public:
    HttpsListener(Poco::Net::Context::Ptr context, const HttpConfig& config,
                  Poco::Net::HTTPRequestHandlerFactory::Ptr handlers);
    ~HttpsListener(); // stops
    HttpsListener(const HttpsListener&) = delete;
    HttpsListener& operator=(const HttpsListener&) = delete;

    /// Binds and listens on the configured address, then starts accepting.
    void start();
    /// Stops accepting, closes idle connections, lets running requests finish
    /// (bounded), then closes whatever is left.
    void stop();
    quint16 port() const { return m_port; }

    const ConnectionWatchdog& watchdog() const { return m_watchdog; }

  private:
    struct Handshake
    {
        Poco::Net::SecureStreamSocket socket;
        bool wantWrite = false;
    };
    void run();
    void acceptPending();
    void advance(Poco::Net::SecureStreamSocket socket, bool hangUp);
    void hand(Poco::Net::SecureStreamSocket& socket); // a verified connection to the pool
    void drop(const Poco::Net::StreamSocket& socket);

    Poco::Net::Context::Ptr m_context;
    HttpConfig m_config;
    ConnectionWatchdog m_watchdog;
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_handlers; // the router behind the watchdog's request phases
    Poco::ThreadPool m_pool;
    Poco::Net::TCPServerDispatcher* m_dispatcher = nullptr; // reference-counted by Poco
    Poco::Net::SecureServerSocket m_socket;
    std::map<poco_socket_t, Handshake> m_handshakes; // front-door thread only
    Poco::Thread m_frontDoor{"credit-front-door"};
    std::atomic<bool> m_stopping{false};
    quint16 m_port = 0;
};

} // namespace cp::server
