#include "common/SerialWorker.h"

namespace Postino {

SerialWorker::SerialWorker(int maxThreads)
    : m_receiver(std::make_unique<ThreadInbox>())
{
    m_pool.setMaxThreadCount(qMax(1, maxThreads));
}

SerialWorker::~SerialWorker()
{
    m_pool.waitForDone(); // no job outlives the worker (nor its owner, whose member it is)
    // m_receiver goes now, and with it every result not yet delivered.
}

} // namespace Postino
