#include "NetworkMonitor.h"

#include "common/Log.h"

#include <QHostAddress>
#include <QNetworkInformation>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Postino {

namespace {

class InterfaceNetworkMonitor final : public NetworkMonitor
{
public:
    InterfaceNetworkMonitor(int pollMsec, QObject* parent, bool netlink)
        : NetworkMonitor(parent)
        , m_online(lookOnline())
    {
        m_poll.setInterval(qMax(100, pollMsec));
        if (netlink)
            openNetlink();
        connect(&m_poll, &QTimer::timeout, this, &InterfaceNetworkMonitor::look);
        m_poll.start();
    }

    ~InterfaceNetworkMonitor() override
    {
#ifdef Q_OS_LINUX
        delete m_notifier; // before its socket closes
        if (m_netlink >= 0)
            ::close(m_netlink);
#endif
    }

    bool isOnline() const override
    {
        return m_online;
    }
    QString backendName() const override
    {
        return QStringLiteral("interfaces");
    }

private:
    static bool usable(const QNetworkAddressEntry& entry)
    {
        const QHostAddress ip = entry.ip();
        if (ip.isNull() || ip.isLoopback())
            return false;
        return ip.protocol() == QAbstractSocket::IPv4Protocol || !ip.isLinkLocal();
    }

    static bool lookOnline()
    {
        const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface& i : all) {
            const QNetworkInterface::InterfaceFlags f = i.flags();
            if (f.testFlag(QNetworkInterface::IsLoopBack) || !f.testFlag(QNetworkInterface::IsUp)
                || !f.testFlag(QNetworkInterface::IsRunning))
                continue;
            const QList<QNetworkAddressEntry> entries = i.addressEntries();
            if (std::any_of(entries.begin(), entries.end(), usable))
                return true;
        }
        return false;
    }

    void look()
    {
        const bool online = lookOnline();
        if (online == m_online)
            return;
        m_online = online;
        qCDebug(lcOutbox) << "network" << (online ? "online" : "offline") << "by its interfaces";
        emit onlineChanged(online);
    }

    // The kernel's word that a link or an address changed, so that the monitor looks at once.
    void openNetlink()
    {
#ifdef Q_OS_LINUX
        m_netlink = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_ROUTE);
        if (m_netlink < 0) {
            qCDebug(lcOutbox) << "no netlink socket; the interfaces are looked at every" << m_poll.interval() << "ms";
            return;
        }
        sockaddr_nl address {};
        address.nl_family = AF_NETLINK;
        address.nl_groups = RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR;
        if (::bind(m_netlink, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            ::close(m_netlink);
            m_netlink = -1;
            return;
        }
        m_notifier = new QSocketNotifier(m_netlink, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[8192];
            while (::recv(m_netlink, buffer, sizeof buffer, 0) > 0) { } // only that something changed matters
            look();
        });
#endif
    }

    bool m_online;
    QTimer m_poll;
#ifdef Q_OS_LINUX
    int m_netlink = -1;
    QSocketNotifier* m_notifier = nullptr;
#endif
};

// The interfaces, and QNetworkInformation where it is asked and Qt has a backend: online only while both say so.
class SystemNetworkMonitor final : public NetworkMonitor
{
public:
    SystemNetworkMonitor(QNetworkInformation* info, std::unique_ptr<NetworkMonitor> interfaces, QObject* parent)
        : NetworkMonitor(parent)
        , m_info(info)
        , m_interfaces(std::move(interfaces))
    {
        if (m_info) {
            m_reachable = isReachable(m_info->reachability());
            connect(m_info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) {
                        m_reachable = isReachable(r);
                        update();
                    });
        }
        connect(m_interfaces.get(), &NetworkMonitor::onlineChanged, this, &SystemNetworkMonitor::update);
        m_online = lookOnline();
    }

    bool isOnline() const override { return m_online; }
    QString backendName() const override
    {
        return m_info ? QStringLiteral("qnetworkinformation:%1+interfaces").arg(m_info->backendName())
                      : m_interfaces->backendName();
    }

private:
    static bool isReachable(QNetworkInformation::Reachability r)
    {
        // Unknown means "cannot tell": do not hold mail back on a guess.
        return r != QNetworkInformation::Reachability::Disconnected;
    }

    [[nodiscard]] bool lookOnline() const { return m_reachable && m_interfaces->isOnline(); }

    void update()
    {
        const bool online = lookOnline();
        if (online == m_online)
            return;
        m_online = online;
        qCDebug(lcOutbox) << "network" << (online ? "online" : "offline") << "by" << backendName();
        emit onlineChanged(online);
    }

    QNetworkInformation* m_info;
    std::unique_ptr<NetworkMonitor> m_interfaces;
    bool m_reachable = true;
    bool m_online = true;
};

} // namespace

std::unique_ptr<NetworkMonitor> NetworkMonitor::createSystem(QObject* parent)
{
    const QString choice = qEnvironmentVariable("POSTINO_NETWORK_MONITOR");
    if (choice == QLatin1String("poll"))
        return createInterfaces(2000, parent, false);
#ifdef Q_OS_LINUX
    // The kernel's own word. Qt 6.4's glib backend (what a desktop without NetworkManager gets) saw a link
    // going down in a network namespace but never saw it come back, so that the outbox waited for ever.
    const bool askQt = choice == QLatin1String("qnetworkinformation");
#else
    const bool askQt = choice != QLatin1String("interfaces");
#endif
    std::unique_ptr<NetworkMonitor> interfaces = createInterfaces(5000);
    QNetworkInformation* info = nullptr;
    if (askQt && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        info = QNetworkInformation::instance();
    return std::make_unique<SystemNetworkMonitor>(info, std::move(interfaces), parent);
}

std::unique_ptr<NetworkMonitor> NetworkMonitor::createInterfaces(int pollMsec, QObject* parent, bool netlink)
{
    return std::make_unique<InterfaceNetworkMonitor>(pollMsec, parent, netlink);
}

} // namespace Postino
