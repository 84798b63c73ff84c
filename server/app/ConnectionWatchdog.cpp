#include "app/ConnectionWatchdog.h"

#include <Poco/Logger.h>
#include <Poco/Net/SocketImpl.h>

#include <sys/socket.h>

namespace cp::server {
namespace {

constexpr auto kSummaryInterval = std::chrono::seconds(10);

Poco::Logger& logger()
{
    return Poco::Logger::get("credit.http");
}

} // namespace

ConnectionWatchdog::ConnectionWatchdog(Limits limits) : m_limits(limits) {}

ConnectionWatchdog::~ConnectionWatchdog()
{
    stop();
}

void ConnectionWatchdog::start()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread.startFunc([this] { run(); });
}

void ConnectionWatchdog::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.isRunning())
        m_thread.join();
}

ConnectionWatchdog::Admission ConnectionWatchdog::admit(const Poco::Net::StreamSocket& socket,
                                                        const std::string& address)
{
    std::lock_guard lock(m_mutex);
    if (static_cast<int>(m_entries.size()) >= m_limits.total) {
        ++m_counters.refusedServer;
        m_lastRefusedAddress = address;
        return Admission::ServerFull;
    }
    int& count = m_perAddress[address];
    if (count >= m_limits.perAddress) {
        ++m_counters.refusedAddress;
        m_lastRefusedAddress = address;
        return Admission::AddressFull;
    }
    ++count;
    Entry e{socket, address, {}, SteadyClock::now() + m_limits.deadline, {}, false, false};
    m_entries.insert_or_assign(socket.impl(), std::move(e));
    m_wake.notify_one();
    return Admission::Admitted;
}

bool ConnectionWatchdog::handshakeDone(const Poco::Net::StreamSocket& socket, const std::string& certificate)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(socket.impl());
    if (it == m_entries.end() || it->second.cut)
        return false;
    Entry& e = it->second;
    int& count = m_perCertificate[certificate];
    if (count >= m_limits.perCertificate) {
        ++m_counters.refusedCertificate;
        m_lastRefusedAddress = e.address;
        return false;
    }
    ++count;
    e.certificate = certificate;
    e.left = *e.deadline - SteadyClock::now();
    e.deadline.reset(); // queued for a worker: the server's delay does not count
    return e.left > SteadyClock::duration::zero();
}

void ConnectionWatchdog::workerStarted(const Poco::Net::StreamSocket& socket)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(socket.impl());
    if (it == m_entries.end() || it->second.cut)
        return;
    it->second.deadline = SteadyClock::now() + it->second.left;
    m_wake.notify_one();
}

void ConnectionWatchdog::requestStarted(const Poco::Net::StreamSocket& socket)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(socket.impl());
    if (it == m_entries.end())
        return;
    it->second.deadline.reset();
    it->second.handling = true;
}

void ConnectionWatchdog::responseSent(const Poco::Net::StreamSocket& socket)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(socket.impl());
    if (it == m_entries.end() || it->second.cut)
        return;
    it->second.handling = false;
    it->second.deadline = SteadyClock::now() + m_limits.keepAlive + m_limits.deadline;
    m_wake.notify_one();
}

void ConnectionWatchdog::release(const Poco::Net::StreamSocket& socket)
{
    std::optional<Entry> gone; // the socket copy is dropped outside the lock
    {
        std::lock_guard lock(m_mutex);
        auto node = m_entries.extract(socket.impl());
        if (node.empty())
            return;
        gone = std::move(node.mapped());
        if (--m_perAddress[gone->address] <= 0)
            m_perAddress.erase(gone->address);
        if (!gone->certificate.empty() && --m_perCertificate[gone->certificate] <= 0)
            m_perCertificate.erase(gone->certificate);
    }
}

void ConnectionWatchdog::cutIdle()
{
    std::lock_guard lock(m_mutex);
    for (auto& [key, e] : m_entries)
        if (!e.handling)
            cut(e);
}

void ConnectionWatchdog::cutAll()
{
    std::lock_guard lock(m_mutex);
    for (auto& [key, e] : m_entries)
        cut(e);
}

int ConnectionWatchdog::openConnections() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_entries.size());
}

ConnectionWatchdog::Counters ConnectionWatchdog::counters() const
{
    std::lock_guard lock(m_mutex);
    return m_counters;
}

void ConnectionWatchdog::cut(Entry& e)
{
    e.deadline.reset();
    if (e.cut)
        return;
    e.cut = true;
    const auto fd = e.socket.impl()->sockfd();
    if (fd != POCO_INVALID_SOCKET)
        ::shutdown(fd, SHUT_RDWR); // wakes the blocked poll/recv; the owner closes
}

void ConnectionWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    auto nextSummary = SteadyClock::now() + kSummaryInterval;
    while (!m_stopping) {
        const auto now = SteadyClock::now();
        auto wakeAt = nextSummary;
        for (auto& [key, e] : m_entries) {
            if (!e.deadline)
                continue;
            if (*e.deadline <= now) {
                cut(e);
                ++m_counters.cut;
            } else if (*e.deadline < wakeAt) {
                wakeAt = *e.deadline;
            }
        }
        if (now >= nextSummary) {
            logSummary();
            nextSummary = now + kSummaryInterval;
            wakeAt = std::min(wakeAt, nextSummary);
        }
        m_wake.wait_until(lock, wakeAt);
    }
    logSummary();
}

void ConnectionWatchdog::logSummary()
{
    // One line per interval, not one per connection: a flood must not flood the log too.
    const Counters& c = m_counters;
    const Counters& l = m_logged;
    if (c.refusedAddress == l.refusedAddress && c.refusedCertificate == l.refusedCertificate &&
        c.refusedServer == l.refusedServer && c.cut == l.cut)
        return;
    const std::string last = m_lastRefusedAddress.empty() ? "-" : m_lastRefusedAddress;
    logger().warning("connections refused: %ld over the per-address limit, %ld over the per-certificate "
                     "limit, %ld with the server full (last from %s); %ld closed for not sending a "
                     "request within %ld ms",
                     c.refusedAddress - l.refusedAddress, c.refusedCertificate - l.refusedCertificate,
                     c.refusedServer - l.refusedServer, last, c.cut - l.cut,
                     static_cast<long>(m_limits.deadline.count()));
    m_logged = c;
}

} // namespace cp::server
