// Limits and one deadline for every open HTTPS connection (attack review, issue 11,
// finding 5: about 80 silent TCP connections locked every user out).
//
// Each accepted connection is registered here until it closes. Admission counts
// connections per client address and in all; a completed handshake also counts them
// per client certificate. One deadline covers the TLS handshake and the request
// line and headers together, however slowly the bytes trickle in (Poco's receive
// timeout applies to each recv only). Time queued for a worker thread does not count:
// that delay is the server's, not the client's. While the router handles a request
// there is no deadline; after the response the connection gets the keep-alive wait
// plus the deadline again for its next request.
//
// When a deadline passes, the watchdog thread shuts the descriptor down with
// ::shutdown(2). That wakes whichever thread is blocked in poll/recv on it without
// touching the OpenSSL object that thread is using (an SSL object is not
// thread-safe, and Poco's StreamSocket::shutdown() would call SSL_shutdown).
// An entry holds a copy of the socket, so the descriptor cannot be closed and
// reused while the watchdog may still shut it down.
#pragma once

#include <Poco/Net/StreamSocket.h>
#include <Poco/Thread.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace cp::server {

class ConnectionWatchdog
{
  public:
    using SteadyClock = std::chrono::steady_clock;

    struct Limits
    {
        std::chrono::milliseconds deadline{5000};  // TLS handshake + request headers, in total
        std::chrono::milliseconds keepAlive{5000}; // wait for the next request on a kept-alive connection
        int perAddress = 8;
        int perCertificate = 8;
        int total = 512;
    };

    enum class Admission { Admitted, AddressFull, ServerFull };

    struct Counters
    {
        long refusedAddress = 0;     // over the per-address limit
        long refusedCertificate = 0; // over the per-certificate limit
        long refusedServer = 0;      // over the total limit
        long cut = 0;                // deadline passed
    };

    explicit ConnectionWatchdog(Limits limits);
    ~ConnectionWatchdog(); // stops the thread
    ConnectionWatchdog(const ConnectionWatchdog&) = delete;
    ConnectionWatchdog& operator=(const ConnectionWatchdog&) = delete;

    void start();
    void stop();

    /// On accept: registers the connection and starts its deadline, unless a limit is reached.
    Admission admit(const Poco::Net::StreamSocket& socket, const std::string& address);
    /// After a verified handshake: counts the certificate (false when it already has its
    /// maximum) and stops the clock until a worker takes the connection.
    bool handshakeDone(const Poco::Net::StreamSocket& socket, const std::string& certificate);
    /// A worker thread took the connection: the clock runs again with the time that was left.
    void workerStarted(const Poco::Net::StreamSocket& socket);
    /// The request headers are in: no deadline while the request is handled.
    void requestStarted(const Poco::Net::StreamSocket& socket);
    /// The response is out: keep-alive wait plus the deadline for the next request.
    void responseSent(const Poco::Net::StreamSocket& socket);
    /// The connection ends; its address and certificate count one less.
    void release(const Poco::Net::StreamSocket& socket);

    /// Server stop: shuts down every connection not in the middle of a request.
    void cutIdle();
    /// Server stop, after the grace period: shuts down every connection.
    void cutAll();

    int openConnections() const;
    Counters counters() const;

  private:
    struct Entry
    {
        Poco::Net::StreamSocket socket; // keeps the descriptor open while registered
        std::string address;
        std::string certificate; // empty until the handshake is done
        std::optional<SteadyClock::time_point> deadline;
        SteadyClock::duration left{}; // while queued for a worker
        bool handling = false;        // a request is being handled
        bool cut = false;
    };
    using Key = const Poco::Net::SocketImpl*;

    void run();
    void cut(Entry& e); // with m_mutex held
    void logSummary();  // with m_mutex held

    const Limits m_limits;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<Key, Entry> m_entries;
    std::unordered_map<std::string, int> m_perAddress;
    std::unordered_map<std::string, int> m_perCertificate;
    Counters m_counters;
    Counters m_logged; // as of the last summary line
    std::string m_lastRefusedAddress;
    bool m_stopping = false;
    Poco::Thread m_thread{"credit-watchdog"}; // Poco threads block SIGPIPE
};

} // namespace cp::server
