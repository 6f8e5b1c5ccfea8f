#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Postino {

// Whether the machine is online, so the outbox waits while it is not and retries as soon as it is.
class NetworkMonitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~NetworkMonitor() override = default;

    [[nodiscard]] virtual bool isOnline() const = 0;
    // Which way this monitor tells: "qnetworkinformation:<backend>" or "interfaces".
    [[nodiscard]] virtual QString backendName() const { return {}; }

    // On Linux the interfaces monitor below (Qt 6.4's glib backend missed a link coming back); elsewhere online
    // while QNetworkInformation's Reachability is not Disconnected (unknown: online) and the interfaces say so.
    // POSTINO_NETWORK_MONITOR: "qnetworkinformation" asks Qt on Linux too, "interfaces" only the interfaces,
    // "poll" the interfaces every 2 s without the kernel's notices (for tests of that path).
    [[nodiscard]] static std::unique_ptr<NetworkMonitor> createSystem(QObject* parent = nullptr);

    // The fallback: online while some interface other than loopback is up and running and has an address
    // (an IPv4 one, or an IPv6 one that is not link-local). It looks again as soon as the kernel reports a
    // change of links or addresses (a netlink socket, on Linux), and every pollMsec in any case.
    [[nodiscard]] static std::unique_ptr<NetworkMonitor>
    createInterfaces(int pollMsec = 5000, QObject* parent = nullptr, bool netlink = true);

signals:
    void onlineChanged(bool online);
};

} // namespace Postino
