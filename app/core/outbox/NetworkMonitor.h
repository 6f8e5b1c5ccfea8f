#pragma once

#include <QObject>

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

    // QNetworkInformation's Reachability; with no backend, or while reachability is unknown, online.
    [[nodiscard]] static std::unique_ptr<NetworkMonitor> createSystem(QObject* parent = nullptr);

signals:
    void onlineChanged(bool online);
};

} // namespace Postino
