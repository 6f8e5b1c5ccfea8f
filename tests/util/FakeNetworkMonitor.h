#pragma once

#include "outbox/NetworkMonitor.h"

namespace Postino::Test {

// A network the test switches off and on (the production monitor is tested on a real link by CliOffline).
class FakeNetworkMonitor final : public NetworkMonitor
{
public:
    bool isOnline() const override { return m_online; }
    void set(bool online)
    {
        m_online = online;
        emit onlineChanged(online);
    }

private:
    bool m_online = true;
};

} // namespace Postino::Test
