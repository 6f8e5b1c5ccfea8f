#include "NetworkMonitor.h"

#include "common/Log.h"

#include <QNetworkInformation>

namespace Postino {

namespace {

class SystemNetworkMonitor final : public NetworkMonitor
{
public:
    explicit SystemNetworkMonitor(QObject* parent)
        : NetworkMonitor(parent)
    {
        if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
            qCDebug(lcOutbox) << "no network information backend; assuming online";
            return;
        }
        m_info = QNetworkInformation::instance();
        m_online = isReachable(m_info->reachability());
        connect(m_info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            const bool online = isReachable(r);
            if (online == m_online)
                return;
            m_online = online;
            qCDebug(lcOutbox) << "network" << (online ? "online" : "offline");
            emit onlineChanged(online);
        });
    }

    bool isOnline() const override { return m_online; }

private:
    static bool isReachable(QNetworkInformation::Reachability r)
    {
        // Unknown means "cannot tell": do not hold mail back on a guess.
        return r != QNetworkInformation::Reachability::Disconnected;
    }

    QNetworkInformation* m_info = nullptr;
    bool m_online = true;
};

} // namespace

std::unique_ptr<NetworkMonitor> NetworkMonitor::createSystem(QObject* parent)
{
    return std::make_unique<SystemNetworkMonitor>(parent);
}

} // namespace Postino
